/**
 * Spelled-out Latin evasions: after normalization "B E S T", "B.E.S.T" and "F.D.A." all read as single
 * letters separated by spaces. `collapseSpelledOut` joins every run of three or more single letters or
 * digits (b e s t → best) and keeps a map back, so the same automaton can scan the collapsed text.
 */
export interface CollapsedText {
  text: string;
  /** For each unit of `text`, its offset in the normalized text it came from. */
  toSource: Int32Array;
  /** Collapsed [start, end) of every joined run. */
  runs: Array<[number, number]>;
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** Null when the text has no spelled-out run (the common case: no second scan). */
export function collapseSpelledOut(text: string): CollapsedText | null {
  const n = text.length;
  let out = '';
  const map: number[] = [];
  const runs: Array<[number, number]> = [];
  let copied = 0;
  let i = 0;
  while (i < n) {
    // A run: alnum, (space, alnum)+ with each alnum standing alone.
    if (isAlnum(text.charCodeAt(i)) && (i === 0 || !isAlnum(text.charCodeAt(i - 1))) && text.charCodeAt(i + 1) === 0x20) {
      let j = i;
      let letters = 0;
      while (j < n && isAlnum(text.charCodeAt(j)) && !isAlnum(text.charCodeAt(j + 1))) {
        letters++;
        if (text.charCodeAt(j + 1) === 0x20 && isAlnum(text.charCodeAt(j + 2)) && !isAlnum(text.charCodeAt(j + 3))) j += 2;
        else {
          j++;
          break;
        }
      }
      if (letters >= 3) {
        for (let k = copied; k < i; k++) map.push(k);
        out += text.slice(copied, i);
        const runStart = out.length;
        for (let k = i; k < j; k++) {
          if (text.charCodeAt(k) === 0x20) continue;
          out += text[k];
          map.push(k);
        }
        runs.push([runStart, out.length]);
        copied = j;
        i = j;
        continue;
      }
    }
    i++;
  }
  if (runs.length === 0) return null;
  for (let k = copied; k < n; k++) map.push(k);
  out += text.slice(copied);
  return { text: out, toSource: Int32Array.from(map), runs };
}
