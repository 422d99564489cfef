// Text boxes from PP-OCR's detection map, in plain TypeScript: connected regions of the thresholded
// map, grown as PaddleOCR's DB post-processing does (unclip ratio 1.5). It replaces @gutenye's OpenCV
// step, whose embind glue needs `new Function` (no 'unsafe-eval' in our pages).
import type { Box } from './types';

export const UNCLIP_RATIO = 1.5;
const MIN_SIDE = 3;

/**
 * Regions of the mask (value > 0; width×height, row-major, one byte per pixel), 8-connected, as
 * axis-aligned boxes grown by area×ratio/perimeter on each side and clamped to the mask.
 */
export function findTextBoxes(mask: Uint8Array, width: number, height: number): Box[] {
  const seen = new Uint8Array(width * height);
  const stack = new Int32Array(width * height);
  const boxes: Box[] = [];
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || seen[start]) continue;
    let top = 0;
    stack[top++] = start;
    seen[start] = 1;
    let x0 = width;
    let y0 = height;
    let x1 = -1;
    let y1 = -1;
    while (top > 0) {
      const p = stack[--top]!;
      const x = p % width;
      const y = (p - x) / width;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      for (let dy = -1; dy <= 1; dy++) {
        const ny = y + dy;
        if (ny < 0 || ny >= height) continue;
        for (let dx = -1; dx <= 1; dx++) {
          const nx = x + dx;
          if (nx < 0 || nx >= width || (dx === 0 && dy === 0)) continue;
          const q = ny * width + nx;
          if (mask[q] && !seen[q]) {
            seen[q] = 1;
            stack[top++] = q;
          }
        }
      }
    }
    const w = x1 - x0 + 1;
    const h = y1 - y0 + 1;
    if (Math.min(w, h) < MIN_SIDE) continue;
    const d = (w * h * UNCLIP_RATIO) / (2 * (w + h));
    const bx0 = Math.max(0, Math.round(x0 - d));
    const by0 = Math.max(0, Math.round(y0 - d));
    const bx1 = Math.min(width, Math.round(x1 + 1 + d));
    const by1 = Math.min(height, Math.round(y1 + 1 + d));
    if (Math.min(bx1 - bx0, by1 - by0) < MIN_SIDE + 2) continue;
    boxes.push([bx0, by0, bx1 - bx0, by1 - by0]);
  }
  return boxes;
}

/** Copies box (integer pixels) out of RGBA pixels. */
export function cropRgba(data: ArrayLike<number>, width: number, box: Box): Uint8ClampedArray {
  const [x, y, w, h] = box;
  const out = new Uint8ClampedArray(w * h * 4);
  for (let row = 0; row < h; row++) {
    const from = ((y + row) * width + x) * 4;
    for (let i = 0; i < w * 4; i++) out[row * w * 4 + i] = data[from + i] ?? 0;
  }
  return out;
}

interface RawLike {
  data: ArrayLike<number>;
  width: number;
  height: number;
}

/**
 * `splitIntoLineImages` for @gutenye/ocr-common's backend: boxes from the detection map (`image`,
 * black/white RGBA), scaled to `source` and cropped from it with the backend's own ImageRaw class.
 */
export async function splitIntoLineImages<T extends RawLike>(image: RawLike, source: T): Promise<{ image: T; box: number[][] }[]> {
  const mask = new Uint8Array(image.width * image.height);
  for (let p = 0; p < mask.length; p++) mask[p] = (image.data[p * 4] ?? 0) > 0 ? 1 : 0;
  const rx = source.width / image.width;
  const ry = source.height / image.height;
  const make = source.constructor as new (raw: { data: Uint8ClampedArray; width: number; height: number }) => T;
  return findTextBoxes(mask, image.width, image.height).map((b) => {
    const x = Math.min(source.width - 1, Math.round(b[0] * rx));
    const y = Math.min(source.height - 1, Math.round(b[1] * ry));
    const w = Math.max(1, Math.min(source.width - x, Math.round(b[2] * rx)));
    const h = Math.max(1, Math.min(source.height - y, Math.round(b[3] * ry)));
    const data = cropRgba(source.data, source.width, [x, y, w, h]);
    return {
      image: new make({ data, width: w, height: h }),
      box: [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
      ],
    };
  });
}
