import type { Finding, Platform, Severity } from '../types';
import { severityRank } from '../types';
import type { FieldRole, Lexicon, LexiconTerm } from '../lexicon/schema';
import { compileExceptionPattern, customLexicon, LexiconError, type CustomTermInput } from '../lexicon/load';
import { buildAutomaton, type Automaton } from '../match/automaton';
import { normalize, normalizeTerm, originalRange } from '../match/normalize';
import { COMPLIANCE_RULES, fillMessage, type ComplianceLocale } from './rules';

export interface CompileOptions {
  lexicons: readonly Lexicon[];
  /** The user's own terms, merged over the lexicons (category defaults to 'custom'). */
  customTerms?: readonly CustomTermInput[];
  /** Texts that silence any hit lying inside them (registered trademarks, shop names). */
  allow?: readonly string[];
}

export interface CheckOptions {
  /** Unset: terms of every platform apply. Set: terms for all platforms plus those listing this one. */
  platform?: Platform;
  /** Unset: terms of every field apply. Set: terms for all fields plus those listing this one. */
  field?: FieldRole;
  locale?: ComplianceLocale;
}

export interface ComplianceChecker {
  check(text: string, options?: CheckOptions): Finding[];
  readonly termCount: number;
  readonly patternCount: number;
}

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
  exceptionPatterns: RegExp[];
}

interface Candidate {
  start: number;
  end: number;
  entry: Entry;
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

function matchesPattern(text: string, start: number, end: number, patterns: readonly RegExp[]): boolean {
  if (patterns.length === 0) return false;
  const from = Math.max(0, start - PATTERN_WINDOW);
  const window = text.slice(from, Math.min(text.length, end + PATTERN_WINDOW));
  const s = start - from;
  const e = end - from;
  for (const pattern of patterns) {
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
      const exceptionPatterns: RegExp[] = [];
      for (const source of term.exceptionPatterns) {
        const compiled = compileExceptionPattern(source);
        if (typeof compiled === 'string') {
          throw new LexiconError([`${lexicon.id} term "${term.text}": field "exceptionPatterns" has an invalid regular expression (${compiled})`], lexicon.id);
        }
        exceptionPatterns.push(compiled);
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
    const { platform, field, locale = 'zh-CN' } = checkOptions;
    const normalized = normalize(text);
    const n = normalized.text;
    const candidates: Candidate[] = [];
    automaton.scan(n, (start, end, pattern) => {
      if (boundaryLeft[pattern] && start > 0 && isWordUnit(n.charCodeAt(start - 1))) return;
      if (boundaryRight[pattern] && end < n.length && isWordUnit(n.charCodeAt(end))) return;
      const entries = patternEntries[pattern] ?? [];
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
        candidates.push({ start, end, entry });
      }
    });
    if (candidates.length === 0) return [];
    return toFindings(resolveOverlaps(candidates, n.length), normalized, locale);
  }

  return { check, termCount, patternCount: patterns.length };
}

/** Longest match wins; on a tie the earlier one. Hits on the same span all stay (one per rule). */
function resolveOverlaps(candidates: Candidate[], length: number): Candidate[] {
  const order = candidates.map((_, i) => i);
  order.sort((a, b) => {
    const ca = candidates[a] as Candidate;
    const cb = candidates[b] as Candidate;
    return cb.end - cb.start - (ca.end - ca.start) || ca.start - cb.start || ca.end - cb.end;
  });
  const owner = new Int32Array(length).fill(-1); // which accepted span covers a unit
  const kept: Candidate[] = [];
  const spanId = new Map<string, number>();
  for (const i of order) {
    const c = candidates[i] as Candidate;
    const key = `${c.start}:${c.end}`;
    const existing = spanId.get(key);
    if (existing !== undefined) {
      kept.push(c);
      continue;
    }
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if ((owner[k] ?? -1) >= 0) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    const id = spanId.size;
    spanId.set(key, id);
    owner.fill(id, c.start, c.end);
    kept.push(c);
  }
  return kept;
}

function toFindings(candidates: Candidate[], normalized: ReturnType<typeof normalize>, locale: ComplianceLocale): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const { start, end, entry } of candidates) {
    const range = originalRange(normalized, start, end);
    const key = `${range.start}:${range.end}:${entry.ruleId}`;
    const previous = byKey.get(key);
    const severity: Severity = entry.term.severity;
    if (previous && severityRank(previous.severity) <= severityRank(severity)) continue;
    const match = normalized.original.slice(range.start, range.end);
    const template = entry.term.message ? (locale === 'en' ? entry.term.message.en : entry.term.message.zh) : COMPLIANCE_RULES[entry.term.category].messages[locale];
    byKey.set(key, {
      ruleId: entry.ruleId,
      severity,
      start: range.start,
      end: range.end,
      match,
      message: fillMessage(template, { match, term: entry.term.text }),
      basis: entry.term.basis,
      suggestions: [...entry.term.suggestions],
      category: entry.term.category,
      term: entry.term.text,
    });
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
