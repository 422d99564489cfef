import type { PlatformTitleRules } from '../platforms/rules';
import type { KeywordGap } from './coverage';
import { CJK, fold } from './fold';
import { measureText } from './length';

/** Where a keyword chip goes into the title: an insertion at `at` (UTF-16 offset into the title). */
export interface KeywordInsertion {
  at: number;
  text: string;
  /** The title after the insertion. */
  result: string;
  /** The result stays within the platform's hard limit. */
  fits: boolean;
}

const LATIN_EDGE = /[A-Za-z0-9]/;

function joinAt(title: string, at: number, words: string, cjk: boolean): { at: number; text: string } {
  if (cjk) return { at, text: words };
  const before = title[at - 1] ?? '';
  const after = title[at] ?? '';
  const lead = before !== '' && before !== ' ' && (LATIN_EDGE.test(before) || LATIN_EDGE.test(words[0] ?? '')) ? ' ' : '';
  const trail = after !== '' && after !== ' ' && LATIN_EDGE.test(after) ? ' ' : '';
  return { at, text: `${lead}${words}${trail}` };
}

/**
 * Inserts a missing keyword where a seller would write it: when the title already has part of it
 * (保温杯 of 大容量保温杯), only the absent part goes beside the present part, in the keyword's order;
 * otherwise the keyword goes at the end. Nothing in the title is removed or reordered.
 */
export function insertKeyword(
  title: string,
  gap: Pick<KeywordGap, 'keyword' | 'partial'>,
  rules: Pick<PlatformTitleRules, 'unit' | 'limit'>,
): KeywordInsertion {
  const cjk = CJK.test(gap.keyword);
  let placed: { at: number; text: string } | null = null;
  if (gap.partial && gap.partial.present.length > 0) {
    const foldedTitle = fold(title);
    const foldedKeyword = fold(gap.keyword);
    const inKeyword = (part: string) => foldedKeyword.indexOf(part);
    const present = [...gap.partial.present].sort((a, b) => inKeyword(a) - inKeyword(b));
    const absent = gap.partial.absent;
    const first = present[0] ?? '';
    const last = present.at(-1) ?? '';
    const sep = cjk ? '' : ' ';
    // fold() keeps offsets for titles without full-width or repeated spaces; otherwise the keyword is appended.
    const sameOffsets = foldedTitle.length === title.length;
    if (sameOffsets && absent.every((part) => inKeyword(part) > inKeyword(last))) {
      const at = foldedTitle.indexOf(last);
      if (at >= 0) placed = joinAt(title, at + last.length, absent.join(sep), cjk);
    } else if (sameOffsets && absent.every((part) => inKeyword(part) >= 0 && inKeyword(part) < inKeyword(first))) {
      const at = foldedTitle.indexOf(first);
      if (at >= 0) placed = joinAt(title, at, absent.join(sep), cjk);
    }
  }
  placed ??= joinAt(title, title.trimEnd().length, gap.keyword.trim(), cjk && CJK.test(title.trimEnd().slice(-1)));
  const result = title.slice(0, placed.at) + placed.text + title.slice(placed.at);
  return { ...placed, result, fits: measureText(result, rules.unit) <= rules.limit };
}
