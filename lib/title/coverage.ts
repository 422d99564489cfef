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
}

export function titleIndex(title: string): TitleIndex {
  return { haystack: titleHaystack(title), words: new Set(wordsOf(title)) };
}

type MatchRules = Pick<PlatformTitleRules, 'tokenizedSearch'>;

export function keywordMatch(index: TitleIndex | string, entry: PreparedKeyword, rules: MatchRules): KeywordUse['match'] | null {
  const haystack = typeof index === 'string' ? index : index.haystack;
  if (indexOfTerm(haystack, entry.compact) >= 0) return 'exact';
  if (rules.tokenizedSearch) {
    if (entry.tokens.length < 2) return null;
    for (const token of entry.tokens) if (indexOfTerm(haystack, token) < 0) return null;
    return 'tokens';
  }
  if (entry.cjk || typeof index === 'string') return null;
  return matchWords(index.words, entry.keyword).full ? 'words' : null;
}

/** The parts of a keyword the title has, when it has some but not all. */
function partialMatch(index: TitleIndex, entry: PreparedKeyword, rules: MatchRules): KeywordGap['partial'] {
  if (rules.tokenizedSearch || entry.cjk) {
    if (entry.tokens.length < 2) return undefined;
    const present = entry.tokens.filter((token) => indexOfTerm(index.haystack, token) >= 0);
    return present.length > 0 ? { present, absent: entry.tokens.filter((token) => !present.includes(token)) } : undefined;
  }
  const words = matchWords(index.words, entry.keyword);
  return words.present.length > 0 && words.absent.length > 0 ? { present: words.present, absent: words.absent } : undefined;
}

export function keywordCoverage(title: string, prepared: PreparedKeywords, rules: Pick<PlatformTitleRules, 'tokenizedSearch'>): KeywordCoverage {
  if (prepared.entries.length === 0) return { used: [], missing: [], coverage: null };
  const index = titleIndex(title);
  // prepared.entries are already sorted by importance.
  const used: KeywordUse[] = [];
  const missing: KeywordGap[] = [];
  let covered = 0;
  for (const entry of prepared.entries) {
    const match = keywordMatch(index, entry, rules);
    if (match) {
      used.push({ keyword: entry.keyword, volume: entry.volume, match });
      covered += entry.weight;
    } else {
      const partial = partialMatch(index, entry, rules);
      missing.push({ keyword: entry.keyword, volume: entry.volume, ...(partial ? { partial } : {}) });
    }
  }
  const coverage = prepared.totalWeight > 0 ? covered / prepared.totalWeight : 0;
  return {
    used,
    missing,
    coverage: Math.round(coverage * 1000) / 1000,
  };
}
