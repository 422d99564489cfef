import { fold, CJK } from './fold';
import { keywordTokens, dictionaryWith, WordDictionary } from './tokenize';

/** A keyword as the audit and the suggester take it; volume null or absent = unknown. */
export interface KeywordInput {
  keyword: string;
  volume?: number | null;
  rank?: number;
}

export interface PreparedKeyword {
  keyword: string;
  volume: number | null;
  rank?: number;
  /** Weight in coverage: the volume, or 1 for every keyword when the list has no volumes. */
  weight: number;
  /** Folded, spaces collapsed. */
  folded: string;
  /** Folded with the spaces between CJK removed (a space is only a separator there). */
  compact: string;
  tokens: string[];
  cjk: boolean;
}

export interface PreparedKeywords {
  entries: PreparedKeyword[];
  totalWeight: number;
  /** Product words + keyword tokens: the title segmentation dictionary. */
  dictionary: WordDictionary;
}

/** Remove spaces that touch a CJK character; keep spaces between Latin words. */
export function compactCjk(folded: string): string {
  return folded.replace(/ (?=.)/gu, (space, offset: number, whole: string) =>
    CJK.test(whole[offset - 1] ?? '') || CJK.test(whole[offset + 1] ?? '') ? '' : space,
  );
}

/** Sort order: volume high to low, then rank low to high, then the list's order. */
export function byImportance(a: { volume: number | null; rank?: number }, b: { volume: number | null; rank?: number }): number {
  const va = a.volume ?? -1;
  const vb = b.volume ?? -1;
  if (va !== vb) return vb - va;
  return (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER);
}

const cache = new WeakMap<readonly KeywordInput[], PreparedKeywords>();

/** Tokenize and index a keyword list once; cached per list object. Duplicates (folded) keep the max volume. */
export function prepareKeywords(keywords: readonly KeywordInput[]): PreparedKeywords {
  const hit = cache.get(keywords);
  if (hit) return hit;
  const byKey = new Map<string, PreparedKeyword>();
  for (const k of keywords) {
    const folded = fold(k.keyword);
    if (folded === '') continue;
    const volume = k.volume ?? null;
    const seen = byKey.get(folded);
    if (seen) {
      if (volume !== null && (seen.volume === null || volume > seen.volume)) seen.volume = volume;
      continue;
    }
    byKey.set(folded, {
      keyword: k.keyword.trim(),
      volume,
      ...(k.rank !== undefined ? { rank: k.rank } : {}),
      weight: 0,
      folded,
      compact: compactCjk(folded),
      tokens: keywordTokens(k.keyword),
      cjk: CJK.test(folded),
    });
  }
  // Sorted once here so every report lists keywords by importance without sorting again.
  const entries = [...byKey.values()].sort(byImportance);
  const anyVolume = entries.some((e) => (e.volume ?? 0) > 0);
  let totalWeight = 0;
  for (const e of entries) {
    e.weight = anyVolume ? (e.volume ?? 0) : 1;
    totalWeight += e.weight;
  }
  const dictionary = dictionaryWith(entries.flatMap((e) => e.tokens));
  const prepared = { entries, totalWeight, dictionary };
  cache.set(keywords, prepared);
  return prepared;
}
