// zod/mini: OCR results cross the offscreen document → background → content script boundary.
import * as z from 'zod/mini';

import { findingSchema } from '../contracts/finding';

/** An axis-aligned box in image pixels: [x, y, width, height]. */
export const boxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type Box = z.infer<typeof boxSchema>;

/** One recognised line of text and where it is in the image. */
export const ocrLineSchema = z.object({
  text: z.string().check(z.maxLength(2000)),
  /** Mean character confidence, 0..1. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  box: boxSchema,
});
export type OcrLine = z.infer<typeof ocrLineSchema>;

/** What an engine recognised in one image, boxes in the image's own pixel size (before any downscale). */
export const ocrResultSchema = z.object({
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  lines: z.array(ocrLineSchema).check(z.maxLength(2000)),
});
export type OcrResult = z.infer<typeof ocrResultSchema>;

/** A compliance finding located in the image. */
export const imageFindingSchema = z.extend(findingSchema, { box: boxSchema });
export type ImageFinding = z.infer<typeof imageFindingSchema>;

/** Per image: the recognised text (lines joined by '\n'), and its findings with boxes. */
export const imageAuditSchema = z.object({
  text: z.string(),
  width: z.int(),
  height: z.int(),
  findings: z.array(imageFindingSchema),
});
export type ImageAudit = z.infer<typeof imageAuditSchema>;

/** An OCR engine: image bytes in, lines with boxes out. Implemented for Node (lib/ocr/node) and the extension (offscreen document). */
export interface OcrEngine {
  readonly name: string;
  recognize(image: DecodedImage): Promise<OcrLine[]>;
}

/** RGBA pixels, already checked for size (see `limits.ts`). */
export interface DecodedImage {
  data: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
}
