import { pendingSiteEnable } from '@/components/popup/pausedSites';
import { originPattern } from '@/lib/sites';
import { enableSite } from './siteAccess';

const inFlight = new Map<string, Promise<string[]>>();

/** enableSite, with concurrent calls for one origin (popup message and permission grant) joined into one. */
export function enableSiteOnce(origin: string, tabId?: number): Promise<string[]> {
  let running = inFlight.get(origin);
  if (!running) {
    running = enableSite(origin, tabId).finally(() => inFlight.delete(origin));
    inFlight.set(origin, running);
  }
  return running;
}

/**
 * Finishes the popup's "enable on this site" once the user granted that site's permission: Firefox
 * may close the popup while its permission prompt is open, before the popup could ask for it.
 */
export function enableSitesOnGrant(): void {
  browser.permissions.onAdded.addListener((granted) => {
    void (async () => {
      const pending = await pendingSiteEnable.getValue();
      if (!pending) return;
      const pattern = originPattern(new URL(pending.origin));
      if (!pattern || !granted.origins?.includes(pattern)) return;
      try {
        await enableSiteOnce(pending.origin, pending.tabId);
        await pendingSiteEnable.setValue(null);
      } catch (error) {
        await pendingSiteEnable.setValue({ ...pending, error: error instanceof Error ? error.message : String(error) });
      }
    })();
  });
}
