import type { PlatformTitleRules } from '../platforms/rules';
import { fold } from './fold';
import { compactCjk, type PreparedKeyword, type PreparedKeywords } from './keywordSet';
import { indexOfTerm } from './tokenize';

export interface KeywordUse {
  keyword: string;
  volume: number | null;
  /** 'exact': the phrase appears; 'tokens': every search token appears, possibly apart. */
  match: 'exact' | 'tokens';
}

export interface KeywordGap {
  keyword: string;
  volume: number | null;
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

export function keywordMatch(haystack: string, entry: PreparedKeyword, rules: Pick<PlatformTitleRules, 'tokenizedSearch'>): KeywordUse['match'] | null {
  if (indexOfTerm(haystack, entry.compact) >= 0) return 'exact';
  if (!rules.tokenizedSearch || entry.tokens.length < 2) return null;
  for (const token of entry.tokens) if (indexOfTerm(haystack, token) < 0) return null;
  return 'tokens';
}

export function keywordCoverage(title: string, prepared: PreparedKeywords, rules: Pick<PlatformTitleRules, 'tokenizedSearch'>): KeywordCoverage {
  if (prepared.entries.length === 0) return { used: [], missing: [], coverage: null };
  const haystack = titleHaystack(title);
  // prepared.entries are already sorted by importance.
  const used: KeywordUse[] = [];
  const missing: KeywordGap[] = [];
  let covered = 0;
  for (const entry of prepared.entries) {
    const match = keywordMatch(haystack, entry, rules);
    if (match) {
      used.push({ keyword: entry.keyword, volume: entry.volume, match });
      covered += entry.weight;
    } else missing.push({ keyword: entry.keyword, volume: entry.volume });
  }
  const coverage = prepared.totalWeight > 0 ? covered / prepared.totalWeight : 0;
  return {
    used,
    missing,
    coverage: Math.round(coverage * 1000) / 1000,
  };
}
