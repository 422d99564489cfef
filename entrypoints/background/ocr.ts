// OCR route (issue 20): the overlay asks over a Port; the offscreen document fetches and recognises
// (with the extension's host permissions, one image at a time); the text is audited here with the
// user's allowlist, own terms and subscribed lexicons, like any field.
import { enabledOrigins } from '@/components/settingsStorage';
import { auditImageText } from '@/lib/ocr/imageFindings';
import { OCR_OFFSCREEN_TARGET, OCR_PORT, recognizeResponseSchema, scanRequestSchema, type ScanResult } from '@/lib/ocr/protocol';
import { auditContext } from './storage';
import { overlaySenderPlatform } from './overlaySender';

const OFFSCREEN_PATH = '/ocr-offscreen.html';
/** One image that takes longer than this is reported as failed rather than waited for. */
const RECOGNIZE_TIMEOUT_MS = 120_000;
/** The model holds hundreds of MB: the document closes after this long without a request. */
const IDLE_CLOSE_MS = 60_000;
let creating: Promise<void> | null = null;
let pending = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;

function closeWhenIdle(): void {
  clearTimeout(idleTimer);
  if (pending > 0) return;
  idleTimer = setTimeout(() => {
    if (pending === 0) void (browser as unknown as OffscreenApi).offscreen?.closeDocument().catch(() => undefined);
  }, IDLE_CLOSE_MS);
}

async function recognizeInOffscreen(url: string): Promise<unknown> {
  pending++;
  clearTimeout(idleTimer);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await ensureOffscreen();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`recognition took longer than ${RECOGNIZE_TIMEOUT_MS / 1000} s`)), RECOGNIZE_TIMEOUT_MS);
    });
    return await Promise.race([browser.runtime.sendMessage({ target: OCR_OFFSCREEN_TARGET, type: 'recognize', url }), timeout]);
  } finally {
    clearTimeout(timer);
    pending--;
    closeWhenIdle();
  }
}

/** The parts of chrome.offscreen / chrome.runtime.getContexts (Chrome 116+) used here. */
interface OffscreenApi {
  offscreen?: { createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>; closeDocument(): Promise<void> };
  runtime: { getContexts?(filter: { contextTypes: string[]; documentUrls: string[] }): Promise<unknown[]> };
}

async function ensureOffscreen(): Promise<void> {
  const api = browser as unknown as OffscreenApi;
  const offscreen = api.offscreen;
  if (!offscreen || !api.runtime.getContexts) throw new Error('image text checks need Chrome 116 or later (offscreen documents)');
  const url = browser.runtime.getURL(OFFSCREEN_PATH as '/');
  const contexts = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= offscreen
    .createDocument({ url, reasons: ['WORKERS'], justification: 'Run the packaged OCR model (WebAssembly) on product images' })
    .finally(() => {
      creating = null;
    });
  await creating;
}

export function listenForImageScans(): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== OCR_PORT) return;
    const sender = port.sender;
    const platformPromise = sender
      ? enabledOrigins.getValue().then((origins) => overlaySenderPlatform(sender, browser.runtime.id, origins))
      : Promise.resolve(null);
    port.onMessage.addListener((raw: unknown) => {
      const parsed = scanRequestSchema.safeParse(raw);
      if (!parsed.success) return;
      const { id, url } = parsed.data;
      const reply = (result: ScanResult) => {
        try {
          port.postMessage(result);
        } catch {
          // The page went away.
        }
      };
      void (async () => {
        const platform = await platformPromise;
        if (!platform) return reply({ type: 'result', id, ok: false, error: 'not accepted from this sender' });
        const response = recognizeResponseSchema.safeParse(await recognizeInOffscreen(url));
        if (!response.success) return reply({ type: 'result', id, ok: false, error: 'OCR returned an unreadable answer' });
        if (!response.data.ok) return reply({ type: 'result', id, ok: false, error: response.data.error });
        const context = await auditContext(platform);
        const audit = auditImageText(
          { width: response.data.width, height: response.data.height, lines: response.data.lines },
          { platform, allow: context.allow, customTerms: context.customTerms, extraLexicons: context.lexicons, disabledTerms: context.disabledTerms },
        );
        reply({ type: 'result', id, ok: true, cached: response.data.cached, notes: response.data.notes, audit });
      })().catch((error: unknown) => reply({ type: 'result', id, ok: false, error: error instanceof Error ? error.message : String(error) }));
    });
  });
}
