import type { PlatformTitleRules } from '../platforms/rules';
import { fold } from './fold';
import { compactCjk, type PreparedKeyword, type PreparedKeywords } from './keywordSet';
import { indexOfTerm } from './tokenize';
import { matchWords, wordsOf } from './wordMatch';

export interface KeywordUse {
  keyword: string;
  volume: number | null;
  /**
   * 'exact': the phrase appears; 'tokens': every search token appears, possibly apart (Chinese platforms);
   * 'words': every word appears in any order, singular or plural (word-indexed platforms such as Amazon).
   */
  match: 'exact' | 'tokens' | 'words';
}

export interface KeywordGap {
  keyword: string;
  volume: number | null;
  /** Set when some of the keyword's words or tokens are in the title and some are not. */
  partial?: { present: string[]; absent: string[] };
}

export interface KeywordCoverage {
  used: KeywordUse[];
  missing: KeywordGap[];
  /** Covered weight / total weight (volume-weighted; equal weights when no volumes); null without keywords. */
  coverage: number | null;
}

/** The title folded and compacted the same way as keywords, so substring tests agree. */
export function titleHaystack(title: string): string {
  return compactCjk(fold(title));
}

/** The title as each kind of search sees it. */
export interface TitleIndex {
  haystack: string;
  words: ReadonlySet<string>;
  /** Per-title memo of token lookups (a list of 2,000 keywords shares a few hundred tokens). */
  tokens: Map<string, boolean>;
}

export function titleIndex(title: string): TitleIndex {
  return { haystack: titleHaystack(title), words: new Set(wordsOf(title)), tokens: new Map() };
}

function hasToken(index: TitleIndex, token: string): boolean {
  let hit = index.tokens.get(token);
  if (hit === undefined) index.tokens.set(token, (hit = indexOfTerm(index.haystack, token) >= 0));
  return hit;
}

/** Each entry's tokens as ids into the list's distinct tokens; built once per keyword list. */
interface TokenTable {
  tokens: string[];
  ids: Int32Array[];
}
const tokenTables = new WeakMap<PreparedKeywords, TokenTable>();

function tokenTable(prepared: PreparedKeywords): TokenTable {
  let table = tokenTables.get(prepared);
  if (table) return table;
  const byToken = new Map<string, number>();
  const tokens: string[] = [];
  const ids = prepared.entries.map((e) =>
    Int32Array.from(e.tokens, (t) => {
      let id = byToken.get(t);
      if (id === undefined) byToken.set(t, (id = tokens.push(t) - 1));
      return id;
    }),
  );
  tokenTables.set(prepared, (table = { tokens, ids }));
  return table;
}

type MatchRules = Pick<PlatformTitleRules, 'tokenizedSearch'>;

export function keywordMatch(index: TitleIndex | string, entry: PreparedKeyword, rules: MatchRules): KeywordUse['match'] | null {
  const haystack = typeof index === 'string' ? index : index.haystack;
  if (indexOfTerm(haystack, entry.compact) >= 0) return 'exact';
  if (rules.tokenizedSearch) {
    if (entry.tokens.length < 2) return null;
    for (const token of entry.tokens) if (typeof index === 'string' ? indexOfTerm(haystack, token) < 0 : !hasToken(index, token)) return null;
    return 'tokens';
  }
  if (entry.cjk || typeof index === 'string') return null;
  return matchWords(index.words, entry.keyword).full ? 'words' : null;
}

/** The parts of a keyword the title has, when it has some but not all. */
function partialMatch(index: TitleIndex, entry: PreparedKeyword, rules: MatchRules): KeywordGap['partial'] {
  if (rules.tokenizedSearch || entry.cjk) {
    if (entry.tokens.length < 2) return undefined;
    const present = entry.tokens.filter((token) => hasToken(index, token));
    return present.length > 0 ? { present, absent: entry.tokens.filter((token) => !present.includes(token)) } : undefined;
  }
  const words = matchWords(index.words, entry.keyword);
  return words.present.length > 0 && words.absent.length > 0 ? { present: words.present, absent: words.absent } : undefined;
}

export function keywordCoverage(title: string, prepared: PreparedKeywords, rules: Pick<PlatformTitleRules, 'tokenizedSearch'>): KeywordCoverage {
  if (prepared.entries.length === 0) return { used: [], missing: [], coverage: null };
  const index = titleIndex(title);
  // Token lookups once per distinct token (0 unknown, 1 present, 2 absent), then per keyword by id.
  const table = tokenTable(prepared);
  const seen = new Uint8Array(table.tokens.length);
  const has = (id: number): boolean => {
    if (seen[id] === 0) {
      const token = table.tokens[id] ?? '';
      const hit = indexOfTerm(index.haystack, token) >= 0;
      index.tokens.set(token, hit);
      seen[id] = hit ? 1 : 2;
    }
    return seen[id] === 1;
  };
  const tokenized = rules.tokenizedSearch;
  // prepared.entries are already sorted by importance.
  const used: KeywordUse[] = [];
  const missing: KeywordGap[] = [];
  let covered = 0;
  prepared.entries.forEach((entry, e) => {
    const ids = table.ids[e] ?? new Int32Array(0);
    let all = ids.length > 0;
    let any = false;
    for (const id of ids) {
      if (has(id)) any = true;
      else all = false;
    }
    // Same decisions as keywordMatch, with the token tests answered from the table.
    let match: KeywordUse['match'] | null = indexOfTerm(index.haystack, entry.compact) >= 0 ? 'exact' : null;
    if (!match && tokenized && ids.length >= 2 && all) match = 'tokens';
    if (!match && !tokenized && !entry.cjk && matchWords(index.words, entry.keyword).full) match = 'words';
    if (match) {
      used.push({ keyword: entry.keyword, volume: entry.volume, match });
      covered += entry.weight;
    } else {
      const partial = (tokenized || entry.cjk) && !any ? undefined : partialMatch(index, entry, rules);
      missing.push(partial ? { keyword: entry.keyword, volume: entry.volume, partial } : { keyword: entry.keyword, volume: entry.volume });
    }
  });
  const coverage = prepared.totalWeight > 0 ? covered / prepared.totalWeight : 0;
  return {
    used,
    missing,
    coverage: Math.round(coverage * 1000) / 1000,
  };
}
