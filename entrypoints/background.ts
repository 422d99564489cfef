import { parseRequest, type ErrorResponse, type Request, type ResponseOf } from '@/lib/messages';

type Handlers = { [T in Request['type']]: (request: Extract<Request, { type: T }>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<T>> };

const handlers: Handlers = {
  ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
  contentReady: async (request, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await browser.action.setBadgeText({ tabId, text: request.fieldCount > 0 ? String(request.fieldCount) : '' });
    }
    return { ok: true };
  },
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender, sendResponse) => {
    const parsed = parseRequest(raw);
    if (!parsed.ok) {
      console.warn('[ListingLint] rejected message:', parsed.error);
      sendResponse({ ok: false, error: parsed.error } satisfies ErrorResponse);
      return false;
    }
    const handler = handlers[parsed.request.type] as (r: Request, s: typeof sender) => Promise<unknown>;
    handler(parsed.request, sender).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies ErrorResponse),
    );
    return true;
  });
});
