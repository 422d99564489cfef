/**
 * Spelled-out Latin evasions: after normalization "B E S T", "B.E.S.T" and "F.D.A." all read as single
 * letters separated by spaces. `spelledOutWindows` finds every run of three or more single letters or
 * digits and returns a small window around each with the run joined (b e s t → best) and a map back,
 * so the same automaton can scan just those windows.
 */
export interface CollapsedWindow {
  text: string;
  /** For each unit of `text`, its offset in the normalized text it came from. */
  toSource: Int32Array;
  /** Window [start, end) of the joined run. */
  run: [number, number];
}

/** Context kept on each side of a run, so a term that starts or ends outside it is still found. */
const CONTEXT = 32;
const RUN = /(?<![a-z0-9])[a-z0-9](?: [a-z0-9](?![a-z0-9])){2,}/g;

/** Empty when the text has no spelled-out run (the common case: one regex test, no second scan). */
export function spelledOutWindows(text: string): CollapsedWindow[] {
  const out: CollapsedWindow[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const runStart = m.index;
    const runEnd = m.index + m[0].length;
    const from = Math.max(0, runStart - CONTEXT);
    const to = Math.min(text.length, runEnd + CONTEXT);
    let joined = '';
    const map: number[] = [];
    let run: [number, number] = [0, 0];
    for (let k = from; k < to; k++) {
      if (k === runStart) run = [joined.length, 0];
      if (k >= runStart && k < runEnd && text.charCodeAt(k) === 0x20) continue;
      joined += text[k];
      map.push(k);
      if (k === runEnd - 1) run = [run[0], joined.length];
    }
    out.push({ text: joined, toSource: Int32Array.from(map), run });
  }
  return out;
}
