import type { Box, OcrLine } from './types';

/** A line as @gutenye/ocr-common returns it: four corner points in the detector's input pixels. */
export interface PaddleLine {
  text: string;
  mean: number;
  box?: number[][];
}

/** Converts PP-OCR lines to OcrLines with axis-aligned boxes in the original image's pixels. */
export function fromPaddleLines(lines: PaddleLine[], scaleX: number, scaleY: number, width: number, height: number): OcrLine[] {
  const out: OcrLine[] = [];
  for (const line of lines) {
    if (!line.box || line.box.length === 0 || !line.text) continue;
    const xs = line.box.map((p) => (p[0] ?? 0) * scaleX);
    const ys = line.box.map((p) => (p[1] ?? 0) * scaleY);
    const x = clamp(Math.min(...xs), 0, width);
    const y = clamp(Math.min(...ys), 0, height);
    const box: Box = [round(x), round(y), round(clamp(Math.max(...xs), 0, width) - x), round(clamp(Math.max(...ys), 0, height) - y)];
    out.push({ text: line.text, confidence: clamp(Number.isFinite(line.mean) ? line.mean : 0, 0, 1), box });
  }
  return out;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const round = (n: number) => Math.round(n * 10) / 10;

/** The detector wants sides that are multiples of 32; the nearest such size, at least 32. */
export function detectorSize(width: number, height: number): { width: number; height: number } {
  return { width: Math.max(32, Math.round(width / 32) * 32), height: Math.max(32, Math.round(height / 32) * 32) };
}
