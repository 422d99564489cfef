import type { Finding, Platform, Severity } from '../types';
import { severityRank } from '../types';
import type { FieldRole, Lexicon, LexiconTerm, TermWhen } from '../lexicon/schema';
import { compileExceptionPattern, customLexicon, LexiconError, type CustomTermInput } from '../lexicon/load';
import { buildAutomaton, type Automaton } from '../match/automaton';
import { normalize, normalizeTerm, originalRange } from '../match/normalize';
import { spelledOutWindows } from '../match/spelledOut';
import { compileSafePattern } from '../lexicon/safePattern';
import { COMPLIANCE_RULES, fillMessage, type ComplianceLocale } from './rules';
import { DEFAULT_PRODUCT_CATEGORY, type ProductCategory } from './productCategory';
import { compilePatterns, fillSuggestion, resolveWhen, type ClassHit, type PatternMatch } from './patterns/engine';
import type { PatternFile } from './patterns/schema';

export interface CompileOptions {
  lexicons: readonly Lexicon[];
  /** The user's own terms, merged over the lexicons (category defaults to 'custom'). */
  customTerms?: readonly CustomTermInput[];
  /** Texts that silence any hit lying inside them (registered trademarks, shop names). */
  allow?: readonly string[];
  /** Pattern rules and word classes (the shipped ones: `shippedPatterns()`). */
  patterns?: readonly PatternFile[];
  /** Lexicons whose exception patterns are vetted and run as native RegExp; all others run in RE2JS. */
  trusted?: (lexicon: Lexicon) => boolean;
}

export interface CheckOptions {
  /** Unset: terms of every platform apply. Set: terms for all platforms plus those listing this one. */
  platform?: Platform;
  /** Unset: terms of every field apply. Set: terms for all fields plus those listing this one. */
  field?: FieldRole;
  locale?: ComplianceLocale;
  /** Product category: selects rules and messages. Default 'general'. */
  category?: ProductCategory;
}

export interface ComplianceChecker {
  check(text: string, options?: CheckOptions): Finding[];
  readonly termCount: number;
  readonly patternCount: number;
}

/** How far after a head word a later part of a pattern rule can start (4 parts × gap ≤ 24 is never reached in practice). */
const PART_REACH = 48;

/** How far around a hit an exception pattern looks, in normalized characters. */
const PATTERN_WINDOW = 32;

interface Exception {
  text: string;
  /** Offsets at which the pattern occurs inside `text`. */
  offsets: number[];
}

interface Entry {
  term: LexiconTerm;
  ruleId: string;
  /** Exceptions that can contain each of the entry's patterns, by pattern index. */
  exceptions: Map<number, Exception[]>;
  exceptionPatterns: ExceptionPattern[];
}

/** A native RegExp (shipped, vetted) or a linear-time RE2JS pattern (anything else). */
type ExceptionPattern = RegExp | { matches(text: string): Array<[number, number]> };

interface Candidate {
  start: number;
  end: number;
  entry: Entry;
  /** The term as resolved for the category (product-category override or pattern rule). */
  term?: LexiconTerm;
  /** Pattern findings: the matched parts; suggestions are filled from them only for kept candidates. */
  parts?: ReadonlyArray<readonly [number, number] | null>;
}

function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** True when [start, end) lies inside an occurrence of one of `contexts` in `text`. */
function insideAny(text: string, start: number, end: number, contexts: readonly Exception[]): boolean {
  for (const context of contexts) {
    for (const offset of context.offsets) {
      const from = start - offset;
      if (from >= 0 && from + context.text.length >= end && text.startsWith(context.text, from)) return true;
    }
  }
  return false;
}

function matchesPattern(text: string, start: number, end: number, patterns: readonly ExceptionPattern[]): boolean {
  if (patterns.length === 0) return false;
  const from = Math.max(0, start - PATTERN_WINDOW);
  const window = text.slice(from, Math.min(text.length, end + PATTERN_WINDOW));
  const s = start - from;
  const e = end - from;
  for (const pattern of patterns) {
    if (!(pattern instanceof RegExp)) {
      if (pattern.matches(window).some(([ms, me]) => ms <= s && me >= e)) return true;
      continue;
    }
    pattern.lastIndex = 0;
    for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
      if (m.index <= s && m.index + m[0].length >= e) return true;
      if (m.index > s) break;
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return false;
}

/**
 * Compile lexicons, custom terms and an allowlist into a checker: one automaton over every term and
 * variant, normalized. Throws a LexiconError when a custom term is invalid (callers validate user input
 * with `customLexicon` first, where it is a value).
 */
export function compileChecker(options: CompileOptions): ComplianceChecker {
  const lexicons = [...options.lexicons];
  const trusted = options.trusted ?? (() => false);
  const custom = customLexicon(options.customTerms ?? []);
  if (!custom.ok) throw custom.error;
  if (custom.lexicon) lexicons.push(custom.lexicon);

  const patternIndex = new Map<string, number>();
  const patterns: string[] = [];
  const patternEntries: Entry[][] = [];
  let termCount = 0;
  const patternOf = (form: string): number => {
    let index = patternIndex.get(form);
    if (index === undefined) {
      index = patterns.length;
      patternIndex.set(form, index);
      patterns.push(form);
      patternEntries.push([]);
    }
    return index;
  };

  for (const lexicon of lexicons) {
    for (const term of lexicon.terms) {
      termCount++;
      const exceptionPatterns: ExceptionPattern[] = [];
      const isTrusted = trusted(lexicon);
      for (const source of term.exceptionPatterns) {
        const compiled = isTrusted ? compileExceptionPattern(source) : compileSafePattern(source);
        if (typeof compiled === 'string' || ('ok' in compiled && !compiled.ok)) {
          const reason = typeof compiled === 'string' ? compiled : compiled.error;
          throw new LexiconError([`${lexicon.id} term "${term.text}": field "exceptionPatterns" has an invalid regular expression (${reason})`], lexicon.id);
        }
        exceptionPatterns.push('ok' in compiled ? compiled.pattern : compiled);
      }
      const entry: Entry = { term, ruleId: COMPLIANCE_RULES[term.category].id, exceptions: new Map(), exceptionPatterns };
      const exceptionTexts = term.exceptions.map(normalizeTerm);
      const forms = new Set([term.text, ...term.variants].map(normalizeTerm).filter((f) => f.trim() !== ''));
      for (const form of forms) {
        const index = patternOf(form);
        patternEntries[index]?.push(entry);
        const contexts = exceptionTexts.map((text) => ({ text, offsets: occurrences(text, form) })).filter((c) => c.offsets.length > 0);
        if (contexts.length > 0) entry.exceptions.set(index, contexts);
      }
    }
  }

  // Pattern-rule class words share the automaton: one scan finds terms and class words alike.
  const compiledPatterns = compilePatterns(options.patterns ?? []);
  const wordIndexes = compiledPatterns.words.map((form) => patternOf(form));
  const wordOfPattern = new Int32Array(patterns.length).fill(-1);
  wordIndexes.forEach((pattern, word) => (wordOfPattern[pattern] = word));
  const ruleEntries = new Map<string, Entry>();
  const { wordRole } = compiledPatterns;

  const automaton: Automaton = buildAutomaton(patterns);
  const boundaryLeft = patterns.map((p) => isWordUnit(p.charCodeAt(0)));
  const boundaryRight = patterns.map((p) => isWordUnit(p.charCodeAt(p.length - 1)));
  const allowTexts = [...new Set((options.allow ?? []).map(normalizeTerm).filter((a) => a.trim() !== ''))];
  const allowByPattern = new Map<number, Exception[]>();
  const allowFor = (pattern: number): Exception[] => {
    let contexts = allowByPattern.get(pattern);
    if (!contexts) {
      const form = patterns[pattern] ?? '';
      contexts = allowTexts.map((text) => ({ text, offsets: occurrences(text, form) })).filter((c) => c.offsets.length > 0);
      allowByPattern.set(pattern, contexts);
    }
    return contexts;
  };

  function check(text: string, checkOptions: CheckOptions = {}): Finding[] {
    if (text.length === 0 || patterns.length === 0) return [];
    const { platform, field, locale = 'zh-CN', category = DEFAULT_PRODUCT_CATEGORY } = checkOptions;
    const normalized = normalize(text);
    const n = normalized.text;
    const candidates: Candidate[] = [];
    const classHits: ClassHit[] = [];
    let lastHead = -PART_REACH - 1;
    const onHit = (scanned: string, start: number, end: number, pattern: number, evaded: boolean): void => {
      if (boundaryLeft[pattern] && start > 0 && isWordUnit(scanned.charCodeAt(start - 1))) return;
      if (boundaryRight[pattern] && end < scanned.length && isWordUnit(scanned.charCodeAt(end))) return;
      const word = wordOfPattern[pattern] ?? -1;
      if (word >= 0) {
        // A word that is only a later part of a rule matters only shortly after a head word.
        const role = wordRole[word] ?? 1;
        if (role === 2) {
          classHits.push({ start, end, word, evaded });
          if (start > lastHead) lastHead = start;
        } else if (start - lastHead <= PART_REACH) classHits.push({ start, end, word, evaded });
      }
      const entries = patternEntries[pattern];
      if (entries === undefined || entries.length === 0) return;
      let allowed: boolean | undefined;
      for (const entry of entries) {
        const { term } = entry;
        if (platform && term.platforms.length > 0 && !term.platforms.includes(platform)) continue;
        if (field && term.fields.length > 0 && !term.fields.includes(field)) continue;
        const contexts = entry.exceptions.get(pattern);
        if (contexts && insideAny(n, start, end, contexts)) continue;
        if (matchesPattern(n, start, end, entry.exceptionPatterns)) continue;
        allowed ??= allowTexts.length > 0 && insideAny(n, start, end, allowFor(pattern));
        if (allowed) return;
        const override = term.when ? resolveWhen(term.when, category) : undefined;
        if (override?.skip) continue;
        candidates.push({ start, end, entry, term: override ? withOverride(term, override) : undefined });
      }
    };
    automaton.scan(n, (start, end, pattern) => onHit(n, start, end, pattern, false));
    // Spelled-out evasions (B E S T, F.D.A.): scan a window around each joined run, keep hits that touch it.
    for (const window of spelledOutWindows(n)) {
      const { text: w, toSource, run } = window;
      automaton.scan(w, (start, end, pattern) => {
        if (start >= run[1] || end <= run[0]) return;
        if (boundaryLeft[pattern] && start > 0 && isWordUnit(w.charCodeAt(start - 1))) return;
        if (boundaryRight[pattern] && end < w.length && isWordUnit(w.charCodeAt(end))) return;
        const s = toSource[start] ?? 0;
        onHit(n, s, (toSource[end - 1] ?? s) + 1, pattern, true);
      });
    }
    let allows: Array<[number, number]> = [];
    if (classHits.length > 0) {
      const result = compiledPatterns.evaluate(n, classHits, { productCategory: category, platform, field });
      allows = result.allows;
      for (const match of result.flags) candidates.push(patternCandidate(match, category));
    }
    if (candidates.length === 0) return [];
    const kept = allows.length === 0 ? candidates : outsideAllows(candidates, allows);
    if (kept.length === 0) return [];
    return toFindings(resolveOverlaps(kept), normalized, locale);
  }

  /** A pattern rule's match as a candidate: the rule stands in for a lexicon term. */
  function patternCandidate(match: PatternMatch, category: ProductCategory): Candidate {
    const { rule } = match;
    let entry = ruleEntries.get(rule.id);
    if (!entry) {
      const term: LexiconTerm = {
        text: rule.id,
        variants: [],
        category: rule.category ?? 'custom',
        severity: rule.severity ?? 'warning',
        basis: rule.basis ?? '',
        message: rule.message,
        suggestions: rule.suggestions,
        exceptions: [],
        exceptionPatterns: [],
        platforms: rule.platforms,
        fields: rule.fields,
        lang: 'zh',
        when: rule.when,
      };
      entry = { term, ruleId: COMPLIANCE_RULES[term.category].id, exceptions: new Map(), exceptionPatterns: [] };
      ruleEntries.set(rule.id, entry);
    }
    const override = rule.when.length > 0 ? resolveWhen(rule.when, category) : undefined;
    return { start: match.start, end: match.end, entry, term: override ? withOverride(entry.term, override) : undefined, parts: match.parts };
  }

  return { check, termCount, patternCount: patterns.length };
}

/** Candidates not lying inside an allow span: allows sorted by start with a running furthest end, binary searched. */
function outsideAllows(candidates: Candidate[], allows: Array<[number, number]>): Candidate[] {
  allows.sort((a, b) => a[0] - b[0]);
  const reach: number[] = new Array<number>(allows.length);
  let furthest = -1;
  allows.forEach(([, end], i) => (reach[i] = furthest = Math.max(furthest, end)));
  return candidates.filter((c) => {
    let lo = 0;
    let hi = allows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((allows[mid] as [number, number])[0] <= c.start) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 || (reach[lo - 1] ?? -1) < c.end;
  });
}

/** Which accepted span covers each normalized unit (-1: none), reused across calls and reset after each. */
let owner = new Int32Array(0);

/** Longest match wins; on a tie the earlier one. Hits on the same span all stay (one per rule). */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  if (candidates.length === 1) return candidates;
  let maxEnd = 0;
  for (const c of candidates) if (c.end > maxEnd) maxEnd = c.end;
  if (owner.length < maxEnd) owner = new Int32Array(Math.max(maxEnd, owner.length * 2)).fill(-1);
  candidates.sort((ca, cb) => cb.end - cb.start - (ca.end - ca.start) || ca.start - cb.start || ca.end - cb.end);
  const kept: Candidate[] = [];
  const accepted: Candidate[] = []; // by span id
  for (const c of candidates) {
    const at = owner[c.start] ?? -1;
    if (at >= 0) {
      const span = accepted[at] as Candidate;
      if (span.start === c.start && span.end === c.end) kept.push(c);
      continue;
    }
    let free = true;
    for (let k = c.start + 1; k < c.end; k++) {
      if ((owner[k] ?? -1) >= 0) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    owner.fill(accepted.length, c.start, c.end);
    accepted.push(c);
    kept.push(c);
  }
  for (const c of accepted) owner.fill(-1, c.start, c.end);
  return kept;
}

/** The term as a product-category override changes it (category, severity, message). */
function withOverride(term: LexiconTerm, override: TermWhen): LexiconTerm {
  return {
    ...term,
    category: override.category ?? term.category,
    severity: override.severity ?? term.severity,
    message: override.message ?? (override.category ? undefined : term.message),
  };
}

function toFindings(candidates: Candidate[], normalized: ReturnType<typeof normalize>, locale: ComplianceLocale): Finding[] {
  // Ranges and rule ids first; sorted by (start, end, ruleId), a duplicate is the next neighbour.
  const items = candidates.map((candidate, order) => {
    const term = candidate.term ?? candidate.entry.term;
    const ruleId = candidate.term ? COMPLIANCE_RULES[term.category].id : candidate.entry.ruleId;
    const range = originalRange(normalized, candidate.start, candidate.end);
    return { candidate, term, ruleId, start: range.start, end: range.end, order };
  });
  items.sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) || a.order - b.order);
  const findings: Finding[] = [];
  for (let i = 0; i < items.length;) {
    // Of the items on one span and rule, the most severe; on a tie the first found.
    let best = items[i] as (typeof items)[number];
    let k = i + 1;
    for (; k < items.length; k++) {
      const next = items[k] as (typeof items)[number];
      if (next.start !== best.start || next.end !== best.end || next.ruleId !== best.ruleId) break;
      if (severityRank(next.term.severity) < severityRank(best.term.severity)) best = next;
    }
    i = k;
    const { candidate, term, ruleId, start, end } = best;
    const severity: Severity = term.severity;
    const match = normalized.original.slice(start, end);
    const template = term.message ? (locale === 'en' ? term.message.en : term.message.zh) : COMPLIANCE_RULES[term.category].messages[locale];
    const { parts } = candidate;
    findings.push({
      ruleId,
      severity,
      start,
      end,
      match,
      message: fillMessage(template, { match, term: term.text }),
      basis: term.basis,
      suggestions: parts
        ? term.suggestions.map((t) =>
            fillSuggestion(
              t,
              parts.map((p) => (p ? normalized.text.slice(p[0], p[1]) : '')),
            ),
          )
        : [...term.suggestions],
      category: term.category,
      term: term.text,
    });
  }
  return findings;
}
