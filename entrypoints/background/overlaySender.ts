/**
 * Who may send the overlay's storage-changing messages (allowTerm, saveDecision): this extension's
 * content script in the top frame of a tab showing a page it serves. The platform comes from the
 * sender's URL, never from the message, so a page cannot widen an allowlist entry to other platforms.
 */
import { adapterForUrl } from '@/lib/sites';
import type { Platform } from '@/lib/types';

export { OPEN_PANEL } from '@/lib/contracts/commands';

export interface OverlaySender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

function parse(url: string | undefined): URL | null {
  try {
    return url ? new URL(url) : null;
  } catch {
    return null;
  }
}

/** The platform of the seller page a content-script message came from, or null when the sender is not one. */
export function overlaySenderPlatform(sender: OverlaySender, extensionId: string, enabledOrigins: readonly string[]): Platform | null {
  if (sender.id !== extensionId || !sender.tab || sender.frameId !== 0) return null;
  const url = parse(sender.url);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (sender.origin !== undefined && sender.origin !== url.origin) return null;
  const tabUrl = parse(sender.tab.url);
  if (sender.tab.url !== undefined && tabUrl?.origin !== url.origin) return null;
  return adapterForUrl(url, enabledOrigins)?.platform ?? null;
}

/** A decision's page URL must be the page that sent it. */
export function samePage(pageUrl: unknown, sender: OverlaySender): boolean {
  const page = parse(typeof pageUrl === 'string' ? pageUrl : undefined);
  const from = parse(sender.url);
  return Boolean(page && from && page.origin === from.origin);
}
