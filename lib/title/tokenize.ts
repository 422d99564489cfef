import { CJK, fold, foldWithMap } from './fold';
import { PRODUCT_WORDS } from './productWords';

/**
 * Segmentation for titles and keywords. Longest match over a dictionary (the product words and,
 * for titles, the seller's keywords) wins; Intl.Segmenter('zh') only segments the gaps between
 * dictionary words. We do not ship jieba-wasm: 4 MB of wasm in a content script for a few hundred
 * words of benefit, and e-commerce words are exactly what its general dictionary splits badly.
 */
export interface Token {
  /** Folded form (half-width, lower case). */
  text: string;
  /** Original UTF-16 offsets, end exclusive. */
  start: number;
  end: number;
  cjk: boolean;
}

/**
 * Folded words plus the set of their prefixes (flat string sets rather than a tree of maps: a
 * 2,000-keyword list builds in a few milliseconds with little garbage). An optional base dictionary
 * is consulted too, so a seller's list extends the product words without copying them.
 */
export class WordDictionary {
  private readonly words = new Set<string>();
  private readonly prefixes = new Set<string>();

  constructor(
    words: Iterable<string> = [],
    private readonly base?: WordDictionary,
  ) {
    for (const w of words) this.add(w);
  }

  get size(): number {
    return this.words.size + (this.base?.size ?? 0);
  }

  add(word: string): void {
    const folded = fold(word).replace(/ /g, '');
    if (folded.length === 0 || this.words.has(folded)) return;
    this.words.add(folded);
    for (let i = 1; i < folded.length; i++) this.prefixes.add(folded.slice(0, i));
  }

  /** Length (UTF-16) of the longest dictionary word starting at `from`, or 0. */
  longestAt(text: string, from: number): number {
    let best = this.base ? this.base.longestAt(text, from) : 0;
    for (let end = from + 1; end <= text.length; end++) {
      const s = text.slice(from, end);
      if (this.words.has(s) && end - from > best) best = end - from;
      if (!this.prefixes.has(s)) break;
    }
    return best;
  }
}

export const PRODUCT_DICTIONARY = new WordDictionary(PRODUCT_WORDS);

/** The product dictionary plus more words (a seller's keyword tokens). */
export function dictionaryWith(words: Iterable<string>): WordDictionary {
  return new WordDictionary(words, PRODUCT_DICTIONARY);
}

const zhWords = new Intl.Segmenter('zh', { granularity: 'word' });
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ASCII_ALNUM = /[a-z0-9]/;

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

/** A Latin/digit word: letters and digits, with inner - . ' joining them (type-c, 3.5mm, men's). */
function latinWordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (isWordChar(ch) && !CJK.test(ch)) {
      i++;
    } else if ((ch === '-' || ch === '.' || ch === "'") && i > from && isWordChar(text[i + 1] ?? '') && !CJK.test(text[i + 1] ?? '')) {
      i++;
    } else break;
  }
  return i;
}

/**
 * Segment folded text; offsets are folded offsets. CJK gaps between dictionary words go to
 * Intl.Segmenter ('segmenter', for titles) or stay whole ('whole', for the seller's own keywords:
 * an unknown stretch of a keyword is usually a brand or model name, 小金刚, and must not be split).
 */
function segmentFolded(
  text: string,
  dict: WordDictionary,
  gaps: 'segmenter' | 'whole' = 'segmenter',
): { text: string; start: number; end: number; cjk: boolean }[] {
  const out: { text: string; start: number; end: number; cjk: boolean }[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (!isWordChar(ch) && !/[\ud800-\udbff]/.test(ch)) {
      i++;
      continue;
    }
    let len = dict.longestAt(text, i);
    // A dictionary word must not end inside a Latin word (ink ≠ in + k).
    if (len > 0 && ASCII_ALNUM.test(text[i + len - 1] ?? '') && ASCII_ALNUM.test(text[i + len] ?? '')) len = 0;
    if (len > 0) {
      const word = text.slice(i, i + len);
      out.push({ text: word, start: i, end: i + len, cjk: CJK.test(word) });
      i += len;
      continue;
    }
    if (CJK.test(ch)) {
      let j = i + 1;
      while (j < text.length && CJK.test(text[j] ?? '') && dict.longestAt(text, j) === 0) j++;
      if (gaps === 'whole') {
        out.push({ text: text.slice(i, j), start: i, end: j, cjk: true });
        i = j;
        continue;
      }
      for (const seg of zhWords.segment(text.slice(i, j))) {
        if (!seg.isWordLike) continue;
        out.push({ text: seg.segment, start: i + seg.index, end: i + seg.index + seg.segment.length, cjk: true });
      }
      i = j;
      continue;
    }
    const end = latinWordEnd(text, i);
    if (end > i) {
      out.push({ text: text.slice(i, end), start: i, end, cjk: false });
      i = end;
    } else {
      i++; // emoji or other symbol-like letters: not a word
    }
  }
  return out;
}

/** Tokens of a title with original offsets. */
export function segmentTitle(title: string, dict: WordDictionary = PRODUCT_DICTIONARY): Token[] {
  const { text, map } = foldWithMap(title);
  return segmentFolded(text, dict).map((t) => ({
    text: t.text,
    start: map[t.start] ?? 0,
    end: map[t.end] ?? title.length,
    cjk: t.cjk,
  }));
}

const keywordTokenCache = new Map<string, string[]>();
const CACHE_LIMIT = 20_000;

/** Search tokens of a keyword (folded, unique, in order): product words, unknown stretches kept whole. */
export function keywordTokens(keyword: string): string[] {
  const cached = keywordTokenCache.get(keyword);
  if (cached) return cached;
  const folded = fold(keyword);
  const tokens = [...new Set(segmentFolded(folded, PRODUCT_DICTIONARY, 'whole').map((t) => t.text))];
  if (keywordTokenCache.size >= CACHE_LIMIT) keywordTokenCache.clear();
  keywordTokenCache.set(keyword, tokens);
  return tokens;
}

/** Search tokens of a keyword with the text as the seller wrote it (case kept), for building titles. */
export function keywordTokenSpans(keyword: string): { token: string; display: string }[] {
  const { text, map } = foldWithMap(keyword);
  const seen = new Set<string>();
  const out: { token: string; display: string }[] = [];
  for (const t of segmentFolded(text, PRODUCT_DICTIONARY, 'whole')) {
    if (seen.has(t.text)) continue;
    seen.add(t.text);
    out.push({ token: t.text, display: keyword.slice(map[t.start] ?? 0, map[t.end] ?? keyword.length) });
  }
  return out;
}

/** Does `needle` occur in `hay` (both folded), bounded as in indexOfTerm? */
export function containsTerm(hay: string, needle: string): boolean {
  return indexOfTerm(hay, needle) >= 0;
}

/**
 * Index of the first occurrence of `needle` in `hay` (both folded), or -1. An edge of the needle that
 * is an ASCII letter or digit must not touch another ASCII letter or digit: "ear" is not in "earbuds".
 */
export function indexOfTerm(hay: string, needle: string): number {
  if (needle.length === 0) return -1;
  let at = hay.indexOf(needle);
  if (at < 0) return -1;
  const headAlnum = ASCII_ALNUM.test(needle[0] ?? '');
  const tailAlnum = ASCII_ALNUM.test(needle[needle.length - 1] ?? '');
  for (;;) {
    if (at < 0) return -1;
    const before = hay[at - 1] ?? '';
    const after = hay[at + needle.length] ?? '';
    if (!(headAlnum && ASCII_ALNUM.test(before)) && !(tailAlnum && ASCII_ALNUM.test(after))) return at;
    at = hay.indexOf(needle, at + 1);
  }
}
