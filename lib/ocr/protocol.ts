// Messages of the OCR route: content script ⇄ background (a runtime Port named OCR_PORT), background ⇄
// offscreen document (runtime messages with target OCR_OFFSCREEN_TARGET). Parsed with zod/mini on arrival.
import * as z from 'zod/mini';

import { imageAuditSchema, ocrLineSchema } from './types';

export const OCR_PORT = 'listinglint-ocr';
export const OCR_OFFSCREEN_TARGET = 'listinglint-ocr-offscreen';
export const OCR_ENGINE_ID = 'pp-ocrv4-onnx-1';

const imageUrl = z.string().check(
  z.maxLength(4096),
  z.refine((url) => /^(https?:|data:image\/)/.test(url), { message: 'an http(s) or data:image URL' }),
);

/** Content → background: scan one image. */
export const scanRequestSchema = z.object({ type: z.literal('scan'), id: z.int(), url: imageUrl });
export type ScanRequest = z.infer<typeof scanRequestSchema>;

/** Background → content: the audit of one image, or why it could not be read. */
export const scanResultSchema = z.union([
  z.object({ type: z.literal('result'), id: z.int(), ok: z.literal(true), cached: z.boolean(), notes: z.array(z.string()), audit: imageAuditSchema }),
  z.object({ type: z.literal('result'), id: z.int(), ok: z.literal(false), error: z.string() }),
]);
export type ScanResult = z.infer<typeof scanResultSchema>;

/** Background → offscreen: recognise the image at url (fetched there with the extension's host permissions). */
export const recognizeRequestSchema = z.object({ target: z.literal(OCR_OFFSCREEN_TARGET), type: z.literal('recognize'), url: imageUrl });

export const recognizeResponseSchema = z.union([
  z.object({ ok: z.literal(true), cached: z.boolean(), width: z.int(), height: z.int(), notes: z.array(z.string()), lines: z.array(ocrLineSchema) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
export type RecognizeResponse = z.infer<typeof recognizeResponseSchema>;
