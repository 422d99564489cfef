import { auditField, type FieldAuditOptions } from '../audit/auditField';
import type { Box, ImageAudit, ImageFinding, OcrResult } from './types';

/** Lines below this confidence are noise (textures, photos): not audited. */
export const MIN_LINE_CONFIDENCE = 0.5;

/** Relative advance of a character: CJK and full-width glyphs are square, Latin and digits about half as wide. */
function advance(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code < 0x2e80) return ch === ' ' ? 0.35 : 0.55;
  return 1;
}

/** The part of a line's box covering characters [from, to) of its text, by character advance. */
function subBox(text: string, box: Box, from: number, to: number): Box {
  const chars = [...text];
  let total = 0;
  let before = 0;
  let inside = 0;
  let offset = 0;
  for (const ch of chars) {
    const a = advance(ch);
    if (offset < from) before += a;
    else if (offset < to) inside += a;
    total += a;
    offset += ch.length;
  }
  if (total === 0) return box;
  const [x, y, w, h] = box;
  return [round(x + (w * before) / total), y, round((w * inside) / total), h];
}

function union(a: Box, b: Box): Box {
  const x = Math.min(a[0], b[0]);
  const y = Math.min(a[1], b[1]);
  return [x, y, Math.max(a[0] + a[2], b[0] + b[2]) - x, Math.max(a[1] + a[3], b[1] + b[3]) - y];
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Audits the recognised text of one image with the same entry as every field (`auditField`, role
 * 'description') and locates each finding in the image: a finding on one line gets the part of that
 * line's box its characters cover; one spanning lines gets the union.
 */
export function auditImageText(result: OcrResult, options: Omit<FieldAuditOptions, 'role'>): ImageAudit {
  const lines = result.lines.filter((line) => line.confidence >= MIN_LINE_CONFIDENCE && line.text.trim().length > 0);
  const text = lines.map((line) => line.text).join('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.text.length + 1;
  }
  const findings: ImageFinding[] = [];
  for (const finding of auditField(text, { ...options, role: 'description' }).findings) {
    let box: Box | null = null;
    lines.forEach((line, i) => {
      const lineStart = starts[i]!;
      const from = Math.max(finding.start, lineStart) - lineStart;
      const to = Math.min(finding.end, lineStart + line.text.length) - lineStart;
      if (to <= from) return;
      const part = subBox(line.text, line.box, from, to);
      box = box ? union(box, part) : part;
    });
    if (box) findings.push({ ...finding, box });
  }
  return { text, width: result.width, height: result.height, findings };
}
