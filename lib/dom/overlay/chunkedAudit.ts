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
/** \n 。 ！ ？ ! ? ； ; as char codes (the split runs on every keystroke: no per-character strings). */
const BREAKS = new Set([0x0a, 0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b]);

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
  for (let i = 0; i < text.length; i += 1) {
    const length = i + 1 - start;
    if (BREAKS.has(text.charCodeAt(i))) {
      lastBreak = i + 1;
      if (length >= CHUNK_MIN && boundaryAt(text, i)) {
        chunks.push({ start, end: i + 1 });
        start = i + 1;
        continue;
      }
    }
    if (length >= max) {
      let end = lastBreak > start + max / 2 ? lastBreak : i + 1;
      if (end === i + 1 && isHighSurrogate(text.charCodeAt(i))) end = i;
      chunks.push({ start, end });
      start = end;
    }
  }
  if (start < text.length) chunks.push({ start, end: text.length });
  return chunks;
}

export interface ChunkedResult {
  findings: Finding[];
  /** False when the budget ran out: some chunks are not audited yet (call again). */
  complete: boolean;
}

export class ChunkedAuditor {
  private cache = new Map<string, Finding[]>();
  private previous = new Map<string, Finding[]>();

  constructor(
    private readonly audit: (text: string) => Finding[],
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Forget every cached result (settings, lexicons or allowlist changed). */
  reset(): void {
    this.cache.clear();
    this.previous.clear();
  }

  run(text: string, budgetMs: number): ChunkedResult {
    const deadline = this.now() + budgetMs;
    const findings: Finding[] = [];
    const used = new Map<string, Finding[]>();
    let complete = true;
    for (const chunk of splitChunks(text)) {
      const from = Math.max(0, chunk.start - CHUNK_MARGIN);
      const to = Math.min(text.length, chunk.end + CHUNK_MARGIN);
      const key = `${chunk.start - from}|${chunk.end - from}|${text.slice(from, to)}`;
      let local = used.get(key) ?? this.cache.get(key) ?? this.previous.get(key);
      if (!local) {
        if (!complete || this.now() > deadline) {
          complete = false;
          continue;
        }
        const own = { start: chunk.start - from, end: chunk.end - from };
        // Findings belong to the chunk they start in; the margins only give them their context.
        local = this.audit(text.slice(from, to)).filter((finding) => finding.start >= own.start && finding.start < own.end);
      }
      used.set(key, local);
      for (const finding of local) findings.push({ ...finding, start: finding.start + from, end: finding.end + from });
    }
    // Keep this text's chunks and the ones before it (an undo brings them back); drop the rest.
    this.previous = this.cache;
    this.cache = used;
    return { findings, complete };
  }
}
