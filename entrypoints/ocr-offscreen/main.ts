// The offscreen document that runs OCR (issue 20): fetches the image with the extension's host
// permissions, refuses what it cannot read, caches results by image hash, one image at a time.
import { cachedOcr, OcrCacheDB, sha256Hex, storeOcr } from '@/lib/db/ocrCache';
import { MAX_IMAGE_BYTES, MAX_INPUT_PIXELS, ocrScale } from '@/lib/ocr/limits';
import { OCR_ENGINE_ID, recognizeRequestSchema, type RecognizeResponse } from '@/lib/ocr/protocol';
import { scaleLines } from '@/lib/ocr/scaleLines';
import { createBrowserEngine, type BrowserEngine } from './engine';

const db = new OcrCacheDB();
let engine: Promise<BrowserEngine> | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function recognize(url: string): Promise<RecognizeResponse> {
  const response = await fetch(url, { credentials: 'omit' }).catch((error: unknown) => {
    throw new Error(`cannot fetch image: ${error instanceof Error ? error.message : String(error)}`);
  });
  if (!response.ok) return { ok: false, error: `cannot fetch image: HTTP ${response.status}` };
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, error: `file too large (${Math.round(bytes.byteLength / 1048576)} MB)` };
  const hash = await sha256Hex(bytes);
  const hit = await cachedOcr(db, hash, OCR_ENGINE_ID).catch(() => undefined);
  if (hit) return { ok: true, cached: true, width: hit.width, height: hit.height, notes: hit.notes, lines: hit.lines };
  let bitmap: ImageBitmap;
  try {
    // First frame of an animated GIF/WebP/APNG.
    bitmap = await createImageBitmap(new Blob([bytes]));
  } catch {
    return { ok: false, error: 'not an image or corrupt image' };
  }
  const { width, height } = bitmap;
  if (width * height > MAX_INPUT_PIXELS) return { ok: false, error: `image too large (${width}×${height})` };
  const notes: string[] = [];
  const scale = ocrScale(width, height);
  const w = Math.max(1, Math.round(width * scale));
  const h = Math.max(1, Math.round(height * scale));
  if (scale < 1) notes.push(`downscaled from ${width}×${height} to ${w}×${h} for recognition`);
  const canvas = new OffscreenCanvas(w, h);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = '#fff';
  context.fillRect(0, 0, w, h);
  context.drawImage(bitmap, 0, 0, w, h);
  bitmap.close();
  const pixels = context.getImageData(0, 0, w, h);
  engine ??= createBrowserEngine((path) => browser.runtime.getURL(path as '/'));
  const lines = scaleLines(await (await engine).recognize({ data: pixels.data, width: w, height: h }), width / w, height / h);
  await storeOcr(db, { hash, engine: OCR_ENGINE_ID, width, height, lines, notes, at: Date.now() }).catch(() => undefined);
  return { ok: true, cached: false, width, height, notes, lines };
}

browser.runtime.onMessage.addListener((raw: unknown, _sender, sendResponse) => {
  const parsed = recognizeRequestSchema.safeParse(raw);
  if (!parsed.success) return false;
  const run = queue.then(() => recognize(parsed.data.url));
  queue = run.catch(() => undefined);
  run.then(sendResponse, (error: unknown) =>
    sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies RecognizeResponse),
  );
  return true;
});
