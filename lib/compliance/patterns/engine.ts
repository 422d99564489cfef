import type { TermWhen } from '../../lexicon/schema';
import type { ProductCategory } from '../productCategory';
import type { PatternFile, PatternRule } from './schema';
import { normalizeTerm } from '../../match/normalize';

/** A class word found by the checker's scan, in normalized offsets. */
export interface ClassHit {
  start: number;
  end: number;
  /** Index into `CompiledPatterns.words`. */
  word: number;
  /** True when the hit was found only after collapsing spelled-out letters (B E S T). */
  evaded: boolean;
}

export interface PatternMatch {
  rule: PatternRule;
  start: number;
  end: number;
  /** Normalized [start, end) of each part that matched, in rule order (absent optional parts are null). */
  parts: Array<[number, number] | null>;
}

export interface PatternContext {
  productCategory: ProductCategory;
  platform?: string;
  field?: string;
}

export interface PatternResult {
  flags: PatternMatch[];
  /** Normalized spans inside which no finding is reported. */
  allows: Array<[number, number]>;
}

export interface CompiledPatterns {
  /** Distinct normalized class words, for the checker's automaton. */
  readonly words: readonly string[];
  readonly ruleCount: number;
  /** Per word: 2 = heads a rule or leads one (always needed), 1 = only a later part (needed near a head). */
  readonly wordRole: Uint8Array;
  evaluate(text: string, hits: ClassHit[], context: PatternContext): PatternResult;
}

/** Sentence punctuation a pattern never spans: a claim and its object sit in one clause. */
function isClauseBreak(c: number): boolean {
  return (
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0xff1b ||
    c === 0xff0c ||
    c === 0x3001 ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x0a ||
    c === 0x0d
  );
}

const CJK_DIGITS = new Set([...'一二两三四五六七八九十百千万'].map((c) => c.charCodeAt(0)));
/** Units after a Chinese numeral that make it a measured value (最多三档, 最长十二小时), not a count in a name (四件套). */
const CJK_UNITS = new Set([...'档级倍米斤克升度分秒时天年月周人层节次台寸码位瓦转挡公'].map((c) => c.charCodeAt(0)));
function isValueAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (c >= 0x30 && c <= 0x39) return true;
  if (!CJK_DIGITS.has(c)) return false;
  let q = p + 1;
  while (q < text.length && CJK_DIGITS.has(text.charCodeAt(q))) q++;
  return CJK_UNITS.has(text.charCodeAt(q)) || text.startsWith('小时', q);
}

/** The override that applies to `category`, if any (shared by lexicon terms and pattern rules). */
export function resolveWhen(when: readonly TermWhen[], category: ProductCategory): TermWhen | undefined {
  for (const w of when) {
    if (
      w.productCategories.length > 0
        ? w.productCategories.includes(category)
        : w.exceptProductCategories.length > 0 && !w.exceptProductCategories.includes(category)
    )
      return w;
  }
  return undefined;
}

interface CompiledRule {
  rule: PatternRule;
  parts: Array<{ cls: number; maxGap: number; optional: boolean }>;
  notFollowed: number[];
  notPreceded: number[];
  lead: { cls: number; maxGap: number } | null;
}

/** Compile pattern files: class words are normalized like lexicon terms; rules refer to classes by index. */
export function compilePatterns(files: readonly PatternFile[]): CompiledPatterns {
  const classIndex = new Map<string, number>();
  const wordIndex = new Map<string, number>();
  const words: string[] = [];
  const wordClasses: number[][] = [];
  const classOf = (fileId: string, name: string): number => {
    const key = `${fileId}/${name}`;
    let i = classIndex.get(key);
    if (i === undefined) {
      i = classIndex.size;
      classIndex.set(key, i);
    }
    return i;
  };
  const rules: CompiledRule[] = [];
  /** For a word made by joining the parts of a fixed rule (最 + 柔软), the length of each part. */
  const comboParts = new Map<number, number[]>();
  const addWord = (form: string, cls: number): number => {
    let w = wordIndex.get(form);
    if (w === undefined) {
      w = words.length;
      wordIndex.set(form, w);
      words.push(form);
      wordClasses.push([]);
    }
    const list = wordClasses[w] as number[];
    if (!list.includes(cls)) list.push(cls);
    return w;
  };
  for (const file of files) {
    const forms = new Map<string, string[]>();
    for (const [name, wordClass] of Object.entries(file.classes))
      forms.set(name, [...new Set(wordClass.words.map(normalizeTerm).filter((f) => f.trim() !== ''))]);
    // A rule whose parts all follow each other directly is compiled into the automaton as joined words
    // (最柔软, 第一品牌): its part classes then need no hits of their own, which keeps the scan lean.
    const isFixed = (rule: PatternRule): boolean =>
      rule.parts.length > 1 &&
      rule.parts.every((p, i) => (i === 0 || p.maxGap === 0) && !p.optional) &&
      !rule.lead &&
      !rule.evadedOnly &&
      rule.focus === undefined &&
      rule.parts.reduce((n, p) => n * (forms.get(p.class)?.length ?? 0), 1) <= 5000;
    const used = new Set<string>();
    for (const rule of file.rules) {
      if (!isFixed(rule)) for (const p of rule.parts) used.add(p.class);
      for (const c of [...(rule.notFollowedBy?.classes ?? []), ...rule.notPrecededBy, ...(rule.lead ? [rule.lead.class] : [])]) used.add(c);
    }
    for (const name of used) {
      const cls = classOf(file.id, name);
      for (const form of forms.get(name) ?? []) addWord(form, cls);
    }
    for (const rule of file.rules) {
      let parts = rule.parts.map((p) => ({ cls: classOf(file.id, p.class), maxGap: p.maxGap, optional: p.optional }));
      if (isFixed(rule)) {
        const cls = classOf(file.id, `${rule.id}#joined`);
        let joined: Array<{ text: string; lengths: number[] }> = [{ text: '', lengths: [] }];
        for (const part of rule.parts)
          joined = joined.flatMap((j) => (forms.get(part.class) ?? []).map((f) => ({ text: j.text + f, lengths: [...j.lengths, f.length] })));
        for (const j of joined) comboParts.set(addWord(j.text, cls), j.lengths);
        parts = [{ cls, maxGap: 0, optional: false }];
      }
      rules.push({
        rule,
        parts,
        notFollowed: (rule.notFollowedBy?.classes ?? []).map((c) => classOf(file.id, c)),
        notPreceded: rule.notPrecededBy.map((c) => classOf(file.id, c)),
        lead: rule.lead ? { cls: classOf(file.id, rule.lead.class), maxGap: rule.lead.maxGap } : null,
      });
    }
  }
  const classCount = classIndex.size;
  // Flat membership table and, per class, the rules it heads: evaluation touches only head hits.
  const member = new Uint8Array(words.length * classCount);
  wordClasses.forEach((list, w) => list.forEach((cls) => (member[w * classCount + cls] = 1)));
  const rulesByHead: number[][] = Array.from({ length: classCount }, () => []);
  rules.forEach((r, i) => {
    const head = r.parts[0];
    if (head) rulesByHead[head.cls]?.push(i);
  });
  const headWord = new Uint8Array(words.length);
  wordClasses.forEach((list, w) => (headWord[w] = list.some((cls) => (rulesByHead[cls]?.length ?? 0) > 0) ? 1 : 0));
  /** Per word, the rules it heads (through any of its classes), in class order. */
  const rulesOfWord = wordClasses.map((list) => Int32Array.from(list.flatMap((cls) => rulesByHead[cls] ?? [])));
  /** Per word, the part lengths of a joined word (see comboParts), or undefined. */
  const comboLengths: Array<number[] | undefined> = words.map((_, w) => comboParts.get(w));

  const wordRole = new Uint8Array(words.length).fill(1);
  const leadClasses = new Set(rules.flatMap((r) => [...(r.lead ? [r.lead.cls] : []), ...r.notPreceded]));
  wordClasses.forEach((list, w) => {
    if (headWord[w] === 1 || list.some((cls) => leadClasses.has(cls))) wordRole[w] = 2;
  });

  // A hit spans at most twice its word (spelled-out: b e s t), which bounds backward look-ups.
  const maxHitLength = 2 * words.reduce((m, w) => Math.max(m, w.length), 0);
  const lastEndBuffer = new Int32Array(rules.length);
  const activeCache = new Map<string, boolean[]>();
  const activeRules = (context: PatternContext): boolean[] => {
    const key = `${context.productCategory}|${context.platform ?? ''}|${context.field ?? ''}`;
    let active = activeCache.get(key);
    if (!active) {
      active = computeActive(context);
      activeCache.set(key, active);
    }
    return active;
  };
  const computeActive = (context: PatternContext): boolean[] =>
    rules.map(({ rule }) => {
      if (rule.productCategories.length > 0 && !rule.productCategories.includes(context.productCategory)) return false;
      if (rule.exceptProductCategories.includes(context.productCategory)) return false;
      if (context.platform && rule.platforms.length > 0 && !rule.platforms.includes(context.platform as never)) return false;
      if (context.field && rule.fields.length > 0 && !rule.fields.includes(context.field as never)) return false;
      return !(rule.when.length > 0 && resolveWhen(rule.when, context.productCategory)?.skip);
    });

  /** `hits` is sorted in place (the checker's own array). */
  function evaluate(text: string, hits: ClassHit[], context: PatternContext): PatternResult {
    const result: PatternResult = { flags: [], allows: [] };
    if (!hits.some((h) => headWord[h.word] === 1)) return result;
    const active = activeRules(context);
    // Hits in text order, the longest first at one offset (好评率 before 好评).
    const sorted = sortByStart(hits);
    const inClass = (hit: ClassHit, cls: number): boolean => member[hit.word * classCount + cls] === 1;
    /** First index in `sorted` whose start is >= from. */
    const lowerBound = (from: number): number => {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((sorted[mid] as ClassHit).start < from) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    /** Longest hit of `cls` starting within [from, from + gap], nearest first, without crossing a clause break. */
    // Allow rules read across 、 (高血压、孕妇等人群慎用); flag rules stay inside one phrase.
    // `after`: an index in `sorted` at or before the first hit starting at `from` (the head's own).
    const next = (from: number, cls: number, gap: number, acrossList: boolean, after: number): ClassHit | undefined => {
      let checked = from;
      let i = after;
      while (i < sorted.length && (sorted[i] as ClassHit).start < from) i++;
      for (; i < sorted.length; i++) {
        const hit = sorted[i] as ClassHit;
        if (hit.start > from + gap) return undefined;
        for (; checked < hit.start; checked++) {
          const c = text.charCodeAt(checked);
          if (isClauseBreak(c) && !(acrossList && c === 0x3001)) return undefined;
        }
        if (inClass(hit, cls)) return hit; // sorted longest first at a start
      }
      return undefined;
    };
    /** Some hit of one of `classes` ends exactly at `at` (so it starts at most maxHitLength before). */
    const endsAt = (at: number, classes: readonly number[]): boolean => {
      for (let i = lowerBound(at - maxHitLength); i < sorted.length; i++) {
        const h = sorted[i] as ClassHit;
        if (h.start >= at) return false;
        if (h.end === at && classes.some((cls) => inClass(h, cls))) return true;
      }
      return false;
    };
    const lastEnd = lastEndBuffer.fill(-1); // reused: no backing store allocated per call
    for (let at = 0; at < sorted.length; at++) {
      const head = sorted[at] as ClassHit;
      if (headWord[head.word] !== 1) continue;
      const headed = rulesOfWord[head.word] as Int32Array;
      for (let r = 0; r < headed.length; r++) {
        const index = headed[r] as number;
        if (!active[index] || head.start < (lastEnd[index] ?? -1)) continue; // one match per stretch of text
        const match = tryRule(rules[index] as CompiledRule, head, at);
        if (match) lastEnd[index] = match.end;
      }
    }
    return result;

    function tryRule(compiled: CompiledRule, head: ClassHit, at: number): { end: number } | undefined {
      const { rule } = compiled;
      const lengths = comboLengths[head.word];
      const parts: Array<[number, number] | null> = [];
      if (lengths) {
        let at = head.start;
        for (const length of lengths) parts.push([at, (at += length)]);
      } else parts.push([head.start, head.end]);
      let end = head.end;
      let evaded = head.evaded;
      for (let k = 1; k < compiled.parts.length; k++) {
        const part = compiled.parts[k] as CompiledRule['parts'][number];
        const hit = next(end, part.cls, part.maxGap, rule.action === 'allow', at);
        if (hit) {
          parts.push([hit.start, hit.end]);
          end = hit.end;
          evaded ||= hit.evaded;
        } else if (part.optional) parts.push(null);
        else return undefined;
      }
      if (rule.evadedOnly && !evaded) return undefined;
      if (rule.requireValueWithin !== undefined && !valueFollows(text, end, rule.requireValueWithin)) return undefined;
      if (compiled.notFollowed.some((cls) => next(end, cls, rule.notFollowedBy?.within ?? 0, false, at))) return undefined;
      if (compiled.notPreceded.length > 0 && endsAt(head.start, compiled.notPreceded)) return undefined;
      for (const tail of rule.extendWith) {
        if (text.startsWith(tail, end)) {
          end += tail.length;
          break;
        }
      }
      let start = head.start;
      if (compiled.lead) {
        const lead = compiled.lead;
        // The nearest lead word ending within maxGap before the head, in the same clause.
        for (let i = lowerBound(head.start - lead.maxGap - MAX_LEAD_LENGTH); i < sorted.length; i++) {
          const h = sorted[i] as ClassHit;
          if (h.start >= head.start) break;
          if (h.end <= head.start && h.end >= head.start - lead.maxGap && h.start < start && inClass(h, lead.cls) && !hasClauseBreak(text, h.end, head.start))
            start = h.start;
        }
      }
      if (rule.action === 'allow') {
        let from = head.start;
        for (let k = 0; k < rule.coversBefore && from > 0; k++) {
          const c = text.charCodeAt(from - 1);
          if (isClauseBreak(c) || c === 0x20) break;
          from--;
        }
        result.allows.push([from, end]);
      } else {
        const focus = rule.focus !== undefined ? parts[rule.focus - 1] : undefined;
        result.flags.push({ rule, start: focus ? focus[0] : start, end: focus ? focus[1] : end, parts });
      }
      return { end };
    }
  }

  return { words, ruleCount: rules.length, wordRole, evaluate };
}

/**
 * Sort hits by start, the longest first at one start (stable). The scan reports them by end, so each is
 * only a word's length out of place: insertion sort, with a full sort when that does not hold (evasions).
 */
function sortByStart(hits: ClassHit[]): ClassHit[] {
  let budget = 8 * hits.length + 64;
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i] as ClassHit;
    let j = i - 1;
    for (; j >= 0; j--) {
      const p = hits[j] as ClassHit;
      if (p.start < h.start || (p.start === h.start && p.end >= h.end)) break;
      hits[j + 1] = p;
      if (--budget < 0) {
        hits[j] = h;
        return hits.sort((a, b) => a.start - b.start || b.end - a.end);
      }
    }
    hits[j + 1] = h;
  }
  return hits;
}

/** Longest lead word considered (能够有效, 有助于): bounds the backward look-up. */
const MAX_LEAD_LENGTH = 8;

function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (isClauseBreak(text.charCodeAt(p))) return true;
  return false;
}

function valueFollows(text: string, from: number, within: number): boolean {
  for (let p = from; p < text.length && p < from + within; p++) {
    if (isValueAt(text, p)) return true;
    const c = text.charCodeAt(p);
    if (isClauseBreak(c) && c !== 0x2c) return false;
  }
  return false;
}

/** Fill `{1}`…`{4}` of a suggestion with the parts as typed (an absent optional part is empty). */
export function fillSuggestion(template: string, partTexts: readonly string[]): string {
  let pieces = suggestionPieces.get(template);
  if (!pieces) {
    // Even indexes are literal text, odd ones a part number (1-4).
    pieces = template.split(/\{([1-4])\}/);
    if (suggestionPieces.size > 10_000) suggestionPieces.clear();
    suggestionPieces.set(template, pieces);
  }
  if (pieces.length === 1) return template;
  let out = '';
  for (let i = 0; i < pieces.length; i++) out += i % 2 === 0 ? pieces[i] : (partTexts[Number(pieces[i]) - 1] ?? '');
  return out;
}
const suggestionPieces = new Map<string, string[]>();
