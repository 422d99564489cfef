/**
 * Aho-Corasick over UTF-16 code units: every pattern found in one pass, overlaps included.
 *
 * The alphabet is compressed to the code units that occur in some pattern (a unit outside it sends
 * the scan back to the root at once), the root has a dense transition table, and the other
 * transitions live in one open-addressing hash table of typed arrays: no Map lookups while scanning.
 */
export interface Automaton {
  readonly patterns: readonly string[];
  readonly stateCount: number;
  /** Calls `onMatch(start, end, pattern)` for every occurrence, ordered by end, then longest first. */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void;
}

function hashSlot(state: number, sym: number, mask: number): number {
  return (Math.imul(state, 0x9e3779b1) ^ Math.imul(sym, 0x85ebca77)) & mask;
}

/** Build from distinct non-empty patterns; duplicates or empty strings are ignored. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const symOf = new Uint16Array(0x10000);
  let symCount = 0;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (symOf[c] === 0) symOf[c] = ++symCount;
    }
  }
  if (symCount >= 0xffff) throw new RangeError('too many distinct characters in patterns');

  // Trie with first-child/next-sibling lists while building.
  let capacity = 1024;
  let firstChild = new Int32Array(capacity).fill(-1);
  let nextSibling = new Int32Array(capacity).fill(-1);
  let edgeSym = new Int32Array(capacity);
  let depth = new Int32Array(capacity);
  let patternAt = new Int32Array(capacity).fill(-1);
  let states = 1;
  const build = new Map<number, number>(); // state * (symCount + 1) + sym → child
  const stride = symCount + 1;

  const grow = (): void => {
    const next = capacity * 2;
    const copy = (a: Int32Array<ArrayBuffer>, fill: number): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(next).fill(fill);
      b.set(a);
      return b;
    };
    firstChild = copy(firstChild, -1);
    nextSibling = copy(nextSibling, -1);
    edgeSym = copy(edgeSym, 0);
    depth = copy(depth, 0);
    patternAt = copy(patternAt, -1);
    capacity = next;
  };

  patterns.forEach((p, index) => {
    if (p.length === 0) return;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const sym = symOf[p.charCodeAt(i)] ?? 0;
      const key = s * stride + sym;
      let t = build.get(key);
      if (t === undefined) {
        if (states === capacity) grow();
        t = states++;
        build.set(key, t);
        edgeSym[t] = sym;
        depth[t] = (depth[s] ?? 0) + 1;
        nextSibling[t] = firstChild[s] ?? -1;
        firstChild[s] = t;
      }
      s = t;
    }
    if ((patternAt[s] ?? -1) < 0) patternAt[s] = index;
  });

  // Failure and output links, breadth first.
  const fail = new Int32Array(states);
  const outLink = new Int32Array(states); // next state on the fail chain that ends a pattern, 0 = none
  const queue = new Int32Array(states);
  let head = 0;
  let tail = 0;
  for (let c = firstChild[0] ?? -1; c >= 0; c = nextSibling[c] ?? -1) queue[tail++] = c;
  while (head < tail) {
    const r = queue[head++] ?? 0;
    for (let c = firstChild[r] ?? -1; c >= 0; c = nextSibling[c] ?? -1) {
      const sym = edgeSym[c] ?? 0;
      // The build Map answers transitions here: a builtin, fast even before the JIT warms up.
      let f = fail[r] ?? 0;
      let t = build.get(f * stride + sym) ?? (f === 0 ? 0 : -1);
      while (t < 0) {
        f = fail[f] ?? 0;
        t = build.get(f * stride + sym) ?? (f === 0 ? 0 : -1);
      }
      fail[c] = t;
      outLink[c] = (patternAt[t] ?? -1) >= 0 ? t : (outLink[t] ?? 0);
      queue[tail++] = c;
    }
  }

  // Transition table for scanning.
  const rootNext = new Int32Array(stride);
  let size = 16;
  while (size < states * 2) size *= 2;
  const mask = size - 1;
  const slotState = new Int32Array(size).fill(-1);
  const slotSym = new Int32Array(size);
  const slotNext = new Int32Array(size);
  // Per state, one bit per child symbol (mod 32): most misses skip the hash probe.
  const childBits = new Int32Array(states);
  for (const [key, child] of build) {
    const s = Math.floor(key / stride);
    const sym = key - s * stride;
    childBits[s] = (childBits[s] ?? 0) | (1 << (sym & 31));
    if (s === 0) {
      rootNext[sym] = child;
      continue;
    }
    let h = hashSlot(s, sym, mask);
    while ((slotState[h] ?? -1) >= 0) h = (h + 1) & mask;
    slotState[h] = s;
    slotSym[h] = sym;
    slotNext[h] = child;
  }
  build.clear();

  const finalPatternAt = patternAt.subarray(0, states);
  const finalDepth = depth.subarray(0, states);

  return {
    patterns,
    stateCount: states,
    scan(text, onMatch) {
      let s = 0;
      const n = text.length;
      for (let i = 0; i < n; i++) {
        const sym = symOf[text.charCodeAt(i)] ?? 0;
        if (sym === 0) {
          s = 0;
          continue;
        }
        const bit = 1 << (sym & 31);
        for (;;) {
          if (s === 0) {
            s = rootNext[sym] ?? 0;
            break;
          }
          let t = -1;
          if (((childBits[s] ?? 0) & bit) !== 0) {
            let h = hashSlot(s, sym, mask);
            for (;;) {
              const st = slotState[h] ?? -1;
              if (st < 0) break;
              if (st === s && slotSym[h] === sym) {
                t = slotNext[h] ?? -1;
                break;
              }
              h = (h + 1) & mask;
            }
          }
          if (t >= 0) {
            s = t;
            break;
          }
          s = fail[s] ?? 0;
        }
        if (s === 0) continue;
        let o = (finalPatternAt[s] ?? -1) >= 0 ? s : (outLink[s] ?? 0);
        while (o > 0) {
          onMatch(i + 1 - (finalDepth[o] ?? 0), i + 1, finalPatternAt[o] ?? 0);
          o = outLink[o] ?? 0;
        }
      }
    },
  };
}
