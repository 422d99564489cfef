import type { OcrLine } from './types';

/** Maps lines recognised on a downscaled copy back to the original image's pixels. */
export function scaleLines(lines: OcrLine[], factorX: number, factorY: number): OcrLine[] {
  if (factorX === 1 && factorY === 1) return lines;
  const r = (n: number) => Math.round(n * 10) / 10;
  return lines.map((line) => ({ ...line, box: [r(line.box[0] * factorX), r(line.box[1] * factorY), r(line.box[2] * factorX), r(line.box[3] * factorY)] }));
}
