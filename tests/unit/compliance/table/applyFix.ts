import type { Finding } from '../../../../lib/types';

/**
 * The text after applying the first suggestion of every finding, right to left so offsets stay valid;
 * findings overlapping an earlier-applied one are skipped. A local helper for the fixture tables (the
 * overlay's `applySuggestion` lives elsewhere; the lead unifies them).
 */
export function applyFirstSuggestions(text: string, findings: readonly Finding[]): string {
  const ordered = [...findings].filter((f) => f.suggestions.length > 0).sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const f of ordered) {
    if (f.end > limit) continue;
    out = out.slice(0, f.start) + (f.suggestions[0] ?? '') + out.slice(f.end);
    limit = f.start;
  }
  return out;
}
