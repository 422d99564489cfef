// Decodes an image file for OCR with sharp: refuses what is not an image, corrupt or too large; first frame of animations.
import sharp from 'sharp';

import { ImageInputError, MAX_IMAGE_BYTES, MAX_INPUT_PIXELS, ocrScale } from '../limits';
import type { DecodedImage } from '../types';

export interface PreparedImage {
  /** Pixels handed to the engine (maybe downscaled). */
  image: DecodedImage;
  /** The original size: boxes are reported in it. */
  width: number;
  height: number;
  /** What was done to the input (downscaled, first frame of N), for the user. */
  notes: string[];
}

export async function decodeImage(bytes: Uint8Array): Promise<PreparedImage> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw new ImageInputError(`file too large (${mb(bytes.byteLength)} MB, limit ${mb(MAX_IMAGE_BYTES)} MB)`);
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new ImageInputError('not an image (PNG, JPEG, WebP, GIF, AVIF or TIFF expected)');
  }
  const width = meta.width;
  const height = meta.pageHeight ?? meta.height;
  if (!width || !height) throw new ImageInputError('image has no size');
  if (width * height > MAX_INPUT_PIXELS) throw new ImageInputError(`image too large (${width}×${height}, limit ${MAX_INPUT_PIXELS / 1e6} megapixels)`);
  const notes: string[] = [];
  if ((meta.pages ?? 1) > 1) notes.push(`animated ${meta.format} (${meta.pages} frames): first frame checked`);
  const scale = ocrScale(width, height);
  const target = { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
  if (scale < 1) notes.push(`downscaled from ${width}×${height} to ${target.width}×${target.height} for recognition`);
  try {
    const { data, info } = await sharp(bytes, { page: 0, pages: 1, failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .resize(scale < 1 ? { ...target, fit: 'fill' } : undefined)
      .flatten({ background: '#ffffff' })
      .ensureAlpha(1)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { image: { data, width: info.width, height: info.height }, width, height, notes };
  } catch (e) {
    throw new ImageInputError(`corrupt image: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
  }
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
