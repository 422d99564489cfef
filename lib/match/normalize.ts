import TSCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Normalization for matching, with a map back to the original text.
 *
 * Per code point: NFKC (full-width → half-width, ideographic space → space, ①→1, compatibility
 * ideographs), traditional → simplified (OpenCC's character table only: 3,512 one-to-one pairs, so
 * offsets stay per character; phrase tables would change lengths and weigh ~1 MB), lower case.
 * Noise (spaces, `* - / . 。 · _ |`, dashes, middle dots) next to a CJK letter is dropped (最 佳, 第-一);
 * elsewhere a run of noise becomes one ' ' (best-seller → best seller). Invisible characters
 * (zero-width, BOM, soft hyphen, bidi marks) are always dropped. Line breaks are never noise:
 * a term split over two lines of a description is two words, not an evasion.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** For each UTF-16 unit of `text`, the UTF-16 offset in `original` of the code point it came from. */
  readonly toOriginal: Int32Array;
}

const KIND_UNKNOWN = 0;
const KIND_OTHER = 1;
const KIND_CJK = 2;
const KIND_NOISE = 3;
const KIND_INVISIBLE = 4;

const MULTI = -2;

const simplified = new Map<number, number>();
for (const pair of TSCharacters.split('|')) {
  const [from, to] = pair.split(' ');
  const f = from?.codePointAt(0);
  const t = to?.codePointAt(0);
  if (f !== undefined && t !== undefined) simplified.set(f, t);
}

const NOISE = new Set<number>(
  [
    ' ',
    '\t',
    '\v',
    '\f',
    '*',
    '-',
    '/',
    '.',
    '。',
    '·',
    '_',
    '|',
    '\u2022',
    '\u30fb',
    '\u2027',
    '\u2212',
    '\u2010',
    '\u2011',
    '\u2012',
    '\u2013',
    '\u2014',
    '\u2015',
  ].map((c) => c.charCodeAt(0)),
);
const INVISIBLE = new Set<number>([
  0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067,
  0x2068, 0x2069, 0xfeff,
]);

export function isCjkCodePoint(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x3040 && cp <= 0x30ff && cp !== 0x30fb) ||
    (cp >= 0x3005 && cp <= 0x3007) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) ||
    (cp >= 0x3100 && cp <= 0x312f) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x3134f)
  );
}

// Lazily filled per BMP code unit: folded code unit (or MULTI / -1 unknown) and kind.
const bmpFold = new Int32Array(0x10000).fill(-1);
const bmpKind = new Uint8Array(0x10000);
const multiFold = new Map<number, string>();
const astralKind = new Map<number, number>();

function foldString(cp: number): string {
  if (cp >= 0xd800 && cp <= 0xdfff) return '\ufffd'; // lone surrogate: one replacement unit, same on every path
  let out = '';
  for (const ch of String.fromCodePoint(cp).normalize('NFKC')) {
    const c = ch.codePointAt(0) ?? 0;
    out += String.fromCodePoint(simplified.get(c) ?? c);
  }
  return out.toLowerCase();
}

function classify(cp: number, folded: string): number {
  if (INVISIBLE.has(cp)) return KIND_INVISIBLE;
  if (folded.length === 0) return KIND_INVISIBLE;
  if (NOISE.has(cp) || [...folded].every((ch) => NOISE.has(ch.charCodeAt(0)))) return KIND_NOISE;
  return isCjkCodePoint(folded.codePointAt(0) ?? 0) ? KIND_CJK : KIND_OTHER;
}

function fillBmp(c: number): void {
  const folded = foldString(c);
  bmpKind[c] = classify(c, folded);
  if (folded.length === 1) bmpFold[c] = folded.charCodeAt(0);
  else {
    bmpFold[c] = MULTI;
    multiFold.set(c, folded);
  }
}

function kindOf(cp: number): number {
  if (cp < 0x10000) {
    const k = bmpKind[cp] ?? KIND_UNKNOWN;
    if (k !== KIND_UNKNOWN) return k;
    fillBmp(cp);
    return bmpKind[cp] ?? KIND_OTHER;
  }
  let k = astralKind.get(cp);
  if (k === undefined) {
    const folded = foldString(cp);
    multiFold.set(cp, folded);
    k = classify(cp, folded);
    astralKind.set(cp, k);
  }
  return k;
}

function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Normalize `original` for matching; `toOriginal` maps every normalized unit back. */
export function normalize(original: string): NormalizedText {
  const n = original.length;
  let capacity = n + 16;
  let map = new Int32Array(capacity);
  let len = 0;
  let prevCjk = false;
  // The output is built from slices of the original where folding changes nothing (most of a text),
  // so only changed characters cost a string append.
  let text = '';
  let runStart = 0;
  const grow = (need: number): void => {
    capacity = Math.max(capacity * 2, need + 16);
    const grownMap = new Int32Array(capacity);
    grownMap.set(map);
    map = grownMap;
  };

  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    let cp = c;
    let width = 1;
    let kind: number;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (width === 1) {
      kind = bmpKind[c] ?? KIND_UNKNOWN;
      if (kind === KIND_UNKNOWN) kind = kindOf(c);
    } else kind = kindOf(cp);

    if (kind === KIND_NOISE || kind === KIND_INVISIBLE) {
      if (runStart < i) text += original.slice(runStart, i);
      let firstVisible = kind === KIND_NOISE ? i : -1;
      let j = i + width;
      let nextKind = KIND_OTHER;
      while (j < n) {
        const cp2 = codePointAt(original, j);
        const k2 = kindOf(cp2);
        if (k2 !== KIND_NOISE && k2 !== KIND_INVISIBLE) {
          nextKind = k2;
          break;
        }
        if (k2 === KIND_NOISE && firstVisible < 0) firstVisible = j;
        j += cp2 > 0xffff ? 2 : 1;
      }
      // One separator between two non-CJK neighbours; nothing next to CJK or at either edge.
      if (firstVisible >= 0 && len > 0 && j < n && !prevCjk && nextKind !== KIND_CJK) {
        if (len >= capacity) grow(len + 1);
        text += ' ';
        map[len++] = firstVisible;
      }
      i = j;
      runStart = j;
      continue;
    }
    const f = width === 1 ? (bmpFold[c] ?? MULTI) : MULTI;
    if (f === c) {
      if (len >= capacity) grow(len + 1);
      map[len++] = i;
    } else {
      if (runStart < i) text += original.slice(runStart, i);
      const folded = f >= 0 ? String.fromCharCode(f) : (multiFold.get(cp) ?? String.fromCodePoint(cp));
      if (len + folded.length > capacity) grow(len + folded.length);
      text += folded;
      for (let k = 0; k < folded.length; k++) map[len++] = i;
      runStart = i + width;
    }
    prevCjk = kind === KIND_CJK;
    i += width;
  }
  if (runStart < n) text += original.slice(runStart, n);
  return { original, text, toOriginal: map.subarray(0, len) };
}

/** Normalize a lexicon term or allowlist entry: the same folding as the text it will be matched in. */
export function normalizeTerm(term: string): string {
  let folded = termCache.get(term);
  if (folded === undefined) {
    folded = normalize(term).text;
    if (termCache.size > 50_000) termCache.clear();
    termCache.set(term, folded);
  }
  return folded;
}

const termCache = new Map<string, string>();

/** Original UTF-16 range covering normalized units [start, end). */
export function originalRange(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  const map = normalized.toOriginal;
  const from = map[start] ?? 0;
  const lastFrom = map[end - 1] ?? from;
  const cp = codePointAt(normalized.original, lastFrom);
  return { start: from, end: lastFrom + (cp > 0xffff ? 2 : 1) };
}
