/**
 * Local text folding for keyword matching: full-width → half-width, lower case, whitespace runs
 * collapsed to one space, with a map back to original UTF-16 offsets. (lib/match/normalize did not
 * exist when this module was written; this is deliberately smaller: no traditional→simplified.)
 */
export interface Folded {
  text: string;
  /** map[i] = original offset of folded char i; map[text.length] = original length. */
  map: number[];
}

function foldChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  if (code === 0x3000 || code === 0x00a0) return ' ';
  return ch.toLowerCase();
}

const SPACE = /\s/;

export function foldWithMap(input: string): Folded {
  let text = '';
  const map: number[] = [];
  let lastSpace = true; // drops leading whitespace
  for (let i = 0; i < input.length;) {
    const code = input.codePointAt(i) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const ch = input.slice(i, i + width);
    const folded = foldChar(ch);
    if (SPACE.test(folded)) {
      if (!lastSpace) {
        text += ' ';
        map.push(i);
        lastSpace = true;
      }
    } else {
      for (let k = 0; k < folded.length; k++) map.push(i);
      text += folded;
      lastSpace = false;
    }
    i += width;
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    map.pop();
  }
  map.push(input.length);
  return { text, map };
}

/** Same text as foldWithMap(input).text, without building the offset map (hot in keyword indexing). */
export function fold(input: string): string {
  return input
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim();
}

/** Han, kana, hangul and CJK punctuation: scripts written without spaces between words. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
