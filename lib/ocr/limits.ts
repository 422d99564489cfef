/** Largest image accepted at all (pixels); beyond this decoding alone could exhaust memory. */
export const MAX_INPUT_PIXELS = 100_000_000;
/** Images above this are downscaled before detection (a 750×5000 detail strip fits); boxes are mapped back. */
export const MAX_OCR_PIXELS = 4_000_000;
/** Largest file read (bytes). */
export const MAX_IMAGE_BYTES = 50 * 1024 * 1024;

/** Scale factor (≤ 1) that brings width×height under MAX_OCR_PIXELS. */
export function ocrScale(width: number, height: number): number {
  const pixels = width * height;
  return pixels <= MAX_OCR_PIXELS ? 1 : Math.sqrt(MAX_OCR_PIXELS / pixels);
}

/** Why an image cannot be checked, in the user's words. */
export class ImageInputError extends Error {
  override readonly name = 'ImageInputError';
}
