/**
 * Incremental audit of long field text: the text is cut into chunks (at paragraph and sentence
 * breaks chosen by content, hard at CHUNK_MAX), each chunk is audited with a margin of context on both sides
 * and cached by that text, so a keystroke re-audits one chunk, not the field. Uncached chunks are
 * audited within a time budget per call; the caller runs again on the next frame until complete.
 * Pure TypeScript (no DOM): unit-tested in Node against a whole-text audit.
 */
import type { Finding } from '@/lib/types';

export const CHUNK_MAX = 2000;
const CHUNK_MIN = 256;
/** Context audited on each side of a chunk: longer than any lexicon term and its exception windows. */
export const CHUNK_MARGIN = 48;
const BREAKS = /[\n。！？!?；;]/g;

export interface Chunk {
  start: number;
  end: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Whether the words before a break make it a chunk boundary: decided by content, not by distance from the text's start. */
function boundaryAt(text: string, index: number): boolean {
  let hash = 0;
  for (let i = Math.max(0, index - 8); i < index; i += 1) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  return (hash >>> 3) % 4 === 0;
}

/**
 * Chunks covering the text end to end. Boundaries sit after a paragraph or sentence break chosen by
 * the characters before it (content-defined), so an edit moves the boundaries of its own chunk only
 * and every other chunk keeps its text (and its cached audit). Hard cut at CHUNK_MAX, never inside a surrogate pair.
 */
export function splitChunks(text: string, max = CHUNK_MAX): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let lastBreak = -1;
  // Hard cuts for a stretch with no boundary: at the last break past half a chunk, else at max.
  const cutUpTo = (limit: number) => {
    while (limit - start > max) {
      let end = lastBreak > start + max / 2 && lastBreak <= start + max ? lastBreak : start + max;
      if (end === start + max && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
      chunks.push({ start, end });
      start = end;
    }
  };
  // Only the breaks are visited (a regex scan), not every character: this runs on every keystroke.
  const breaks = new RegExp(BREAKS.source, 'g');
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    const after = match.index + 1;
    cutUpTo(after);
    if (after - start >= CHUNK_MIN && boundaryAt(text, match.index)) {
      chunks.push({ start, end: after });
      start = after;
    }
    lastBreak = after;
  }
  cutUpTo(text.length);
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

export interface ChunkedResult {
  findings: Finding[];
  /** False when the budget ran out: some chunks are not audited yet (call again). */
  complete: boolean;
}

interface Pass {
  text: string;
  /** Per chunk: the audit cache key and, once audited, its findings in text offsets. */
  keys: string[];
  froms: number[];
  results: (Finding[] | undefined)[];
  local: (Finding[] | undefined)[];
}

export class ChunkedAuditor {
  private cache = new Map<string, Finding[]>();
  private previous = new Map<string, Finding[]>();
  /** The text being audited: kept across calls, so finishing a long text does not split it again each frame. */
  private pass: Pass | undefined;

  constructor(
    private readonly audit: (text: string) => Finding[],
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Forget every cached result (settings, lexicons or allowlist changed). */
  reset(): void {
    this.cache.clear();
    this.previous.clear();
    this.pass = undefined;
  }

  run(text: string, budgetMs: number): ChunkedResult {
    const deadline = this.now() + budgetMs;
    const pass = this.pass?.text === text ? this.pass : this.begin(text);
    this.pass = pass;
    let complete = true;
    for (let index = 0; index < pass.keys.length; index += 1) {
      if (pass.results[index]) continue;
      const key = pass.keys[index]!;
      let local = pass.local[index] ?? this.cache.get(key) ?? this.previous.get(key);
      if (!local) {
        if (!complete || this.now() > deadline) {
          complete = false;
          continue;
        }
        const [ownStart, ownEnd, slice] = splitKey(key);
        // Findings belong to the chunk they start in; the margins only give them their context.
        local = this.audit(slice).filter((finding) => finding.start >= ownStart && finding.start < ownEnd);
      }
      pass.local[index] = local;
      const from = pass.froms[index]!;
      pass.results[index] = local.map((finding) => ({ ...finding, start: finding.start + from, end: finding.end + from }));
    }
    const findings: Finding[] = [];
    for (const result of pass.results) if (result) for (const finding of result) findings.push(finding);
    if (complete) {
      // Keep this text's chunks and the ones before it (an undo brings them back); drop the rest.
      const used = new Map<string, Finding[]>();
      pass.keys.forEach((key, index) => used.set(key, pass.local[index]!));
      this.previous = this.cache;
      this.cache = used;
    }
    return { findings, complete };
  }

  private begin(text: string): Pass {
    const keys: string[] = [];
    const froms: number[] = [];
    for (const chunk of splitChunks(text)) {
      const from = Math.max(0, chunk.start - CHUNK_MARGIN);
      const to = Math.min(text.length, chunk.end + CHUNK_MARGIN);
      keys.push(`${chunk.start - from}|${chunk.end - from}|${text.slice(from, to)}`);
      froms.push(from);
    }
    return { text, keys, froms, results: [], local: [] };
  }
}

function splitKey(key: string): [number, number, string] {
  const first = key.indexOf('|');
  const second = key.indexOf('|', first + 1);
  return [Number(key.slice(0, first)), Number(key.slice(first + 1, second)), key.slice(second + 1)];
}
