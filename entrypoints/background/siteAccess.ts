import { enabledOrigins } from '@/components/settingsStorage';

/** Match pattern for an origin's pages. Chrome match patterns carry no port: the host covers every port. */
export function originToPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

const scriptId = (origin: string) => `listinglint-site-${new URL(origin).hostname}`;

/**
 * Enables the generic adapter on a site the user chose: the popup already asked for that origin's
 * host permission; this stores the choice, registers the content script there for future loads
 * and injects it into the open tab.
 */
export async function enableSite(origin: string, tabId?: number): Promise<string[]> {
  const pattern = originToPattern(origin);
  if (!(await browser.permissions.contains({ origins: [pattern] }))) throw new Error(`no host permission for ${pattern}`);
  const origins = [...new Set([...(await enabledOrigins.getValue()), origin])];
  await enabledOrigins.setValue(origins);
  const id = scriptId(origin);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([
      { id, matches: [pattern], js: ['/content-scripts/content.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
  }
  if (tabId !== undefined) await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  return origins;
}

export async function disableSite(origin: string): Promise<string[]> {
  const origins = (await enabledOrigins.getValue()).filter((value) => value !== origin);
  await enabledOrigins.setValue(origins);
  const id = scriptId(origin);
  if ((await browser.scripting.getRegisteredContentScripts({ ids: [id] })).length > 0) await browser.scripting.unregisterContentScripts({ ids: [id] });
  await browser.permissions.remove({ origins: [originToPattern(origin)] }).catch(() => false);
  return origins;
}
