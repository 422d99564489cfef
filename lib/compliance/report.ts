import type { Finding } from '../types';
import type { ComplianceLocale } from './rules';

/** Plain-text rendering of findings for terminals: position, message, basis, fix, and carets under the hit. */

/** Columns a code point takes in a monospace terminal: 2 for East Asian wide/full-width, 0 for marks. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfeff || (cp >= 0x2060 && cp <= 0x2064)) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0x303e) ||
      (cp >= 0x3041 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** Index of the first character of each line ('\n', '\r\n' and '\r' end lines). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) starts.push(i + 1);
  }
  return starts;
}

/** Number of code points in text[from, to): a surrogate pair counts once. */
function codePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c >= 0xdc00 && c <= 0xdfff && i > from && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff)) count++;
  }
  return count;
}

/** 1-based line and column (column counted in code points) of a UTF-16 offset. */
export function lineColumn(text: string, starts: readonly number[], offset: number): { line: number; column: number; lineStart: number } {
  const line = lineIndex(starts, offset);
  const lineStart = starts[line] ?? 0;
  return { line: line + 1, column: codePoints(text, lineStart, offset) + 1, lineStart };
}

function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Positions of findings sorted by start, counting columns on from the previous finding on the same
 * line: linear even for a 1 MB single-line paste with many hits.
 */
function positions(text: string, starts: readonly number[], findings: readonly Finding[]): Array<{ line: number; column: number; lineStart: number }> {
  let line = -1;
  let offset = 0;
  let column = 0;
  return findings.map((f) => {
    const index = lineIndex(starts, f.start);
    const lineStart = starts[index] ?? 0;
    if (index !== line || f.start < offset) {
      line = index;
      offset = lineStart;
      column = 1;
    }
    column += codePoints(text, offset, f.start);
    offset = f.start;
    return { line: index + 1, column, lineStart };
  });
}

/** Where the line holding `offset` ends (before its break), looking no further than `limit`. */
function lineEndWithin(text: string, offset: number, limit: number): number {
  const stop = Math.min(text.length, limit);
  let i = offset;
  while (i < stop && text.charCodeAt(i) !== 0x0a && text.charCodeAt(i) !== 0x0d) i++;
  return i;
}

/** Move an offset off the low half of a surrogate pair. */
function safeCut(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff && i > 0 ? i - 1 : i;
}

const CONTEXT = 40;
const LABELS = {
  'zh-CN': {
    basis: '依据',
    suggestion: '建议',
    delete: '（删除）',
    none: '未发现问题',
    summary: (e: number, w: number, i: number) => `共 ${e + w + i} 处：${e} 错误，${w} 警告，${i} 提示`,
  },
  en: {
    basis: 'basis',
    suggestion: 'suggestion',
    delete: '(delete)',
    none: 'no problems found',
    summary: (e: number, w: number, i: number) => `${e + w + i} problem(s): ${e} error(s), ${w} warning(s), ${i} info`,
  },
} as const;

/** The excerpt of the hit's line and a caret line under the hit, wide characters getting two carets. */
export function caretExcerpt(text: string, lineStart: number, finding: Pick<Finding, 'start' | 'end'>): [string, string] {
  const end = lineEndWithin(text, finding.start, finding.end + CONTEXT + 1);
  const from = safeCut(text, Math.max(lineStart, finding.start - CONTEXT));
  const to = safeCut(text, Math.min(end, finding.end + CONTEXT));
  const head = from > lineStart ? '…' : '';
  const tail = to < end ? '…' : '';
  const before = head + text.slice(from, finding.start);
  const hit = text.slice(finding.start, Math.min(finding.end, end));
  const shown = (before + hit + text.slice(Math.min(finding.end, end), to) + tail).replace(/\t/g, ' ');
  return [shown, ' '.repeat(displayWidth(before.replace(/\t/g, ' '))) + '^'.repeat(Math.max(1, displayWidth(hit)))];
}

export function formatFindings(text: string, findings: readonly Finding[], options: { file: string; locale: ComplianceLocale }): string {
  const labels = LABELS[options.locale];
  const starts = lineStarts(text);
  const out: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  const at = positions(text, starts, findings);
  findings.forEach((finding, i) => {
    counts[finding.severity]++;
    const { line, column, lineStart } = at[i] ?? lineColumn(text, starts, finding.start);
    out.push(`${options.file}:${line}:${column}  ${finding.severity}  ${finding.message}  [${finding.ruleId}]`);
    if (finding.basis) out.push(`    ${labels.basis}: ${finding.basis}`);
    if (finding.suggestions.length > 0) out.push(`    ${labels.suggestion}: ${finding.suggestions.map((s) => (s === '' ? labels.delete : s)).join(' / ')}`);
    const [shown, carets] = caretExcerpt(text, lineStart, finding);
    out.push(`    ${shown}`, `    ${carets}`);
  });
  out.push(findings.length === 0 ? labels.none : labels.summary(counts.error, counts.warning, counts.info));
  return out.join('\n') + '\n';
}
