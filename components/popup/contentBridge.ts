import type { OverlaySnapshot } from '@/lib/dom/overlay/controller';
import type { SiteAdapter } from '@/lib/sites/types';
import { tabStateRequestSchema, type TabState } from '@/lib/tabState';

/** What this page's overlay shows, for the toolbar popup. */
export function tabStateOf(adapter: SiteAdapter, paused: boolean, snapshot: OverlaySnapshot | undefined): TabState {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const field of snapshot?.fields ?? []) for (const finding of field.findings) counts[finding.severity] += 1;
  return { platform: adapter.platform, siteName: adapter.name, paused, fieldCount: paused ? 0 : (snapshot?.fields.length ?? 0), counts };
}

/**
 * Answers the popup's tab-state question. Only this extension's own pages can message a content
 * script through tabs.sendMessage; a message that carries a tab came from a content script and is ignored.
 */
export function answerTabState(currentState: () => TabState): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (response: TabState) => void) => {
    if (sender.id !== browser.runtime.id || sender.tab) return false;
    if (!tabStateRequestSchema.safeParse(raw).success) return false;
    sendResponse(currentState());
    return false;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
