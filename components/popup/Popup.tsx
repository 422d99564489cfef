import { useCallback, useEffect, useState } from 'react';
import { enabledOrigins } from '@/components/settingsStorage';
import { useLocale } from '@/components/useLocale';
import { adapterForUrl, originPattern } from '@/lib/sites';
import { parseTabState, type TabState, type TabStateRequest } from '@/lib/tabState';
import { isPaused, pausedOrigins, pendingSiteEnable, withPause } from './pausedSites';

type SiteState =
  | { kind: 'loading' }
  | { kind: 'unsupported' }
  | { kind: 'available'; origin: string; failed?: string }
  | { kind: 'active'; origin: string; builtIn: boolean; paused: boolean; page: TabState | null };

/** The tab the popup describes: `?tabId=` (screenshots, tests), else the active tab of this window. */
async function targetTab(): Promise<{ id?: number; url?: string }> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(requested) && requested > 0) return browser.tabs.get(requested).catch(() => ({}));
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? {};
}

async function askTab(tabId: number): Promise<TabState | null> {
  const request: TabStateRequest = { type: 'listinglint:tabState' };
  return parseTabState(await browser.tabs.sendMessage(tabId, request).catch(() => null));
}

/** The tab and what ListingLint does there: built-in or enabled (and paused or not), or a site it could be enabled on. */
async function readSite(): Promise<{ tab: { id?: number; url?: URL }; site: SiteState }> {
  const target = await targetTab();
  const url = target.url && /^https?:/.test(target.url) ? new URL(target.url) : undefined;
  const tab = { id: target.id, url };
  if (!url || target.id === undefined) return { tab, site: { kind: 'unsupported' } };
  const adapter = adapterForUrl(url, await enabledOrigins.getValue());
  if (!adapter) {
    // An enable the background could not finish after the popup closed (Firefox) is reported here.
    const pending = await pendingSiteEnable.getValue();
    return { tab, site: { kind: 'available', origin: url.origin, ...(pending?.origin === url.origin && pending.error ? { failed: pending.error } : {}) } };
  }
  const paused = isPaused(await pausedOrigins.getValue(), url.origin);
  return { tab, site: { kind: 'active', origin: url.origin, builtIn: adapter.platform !== 'generic', paused, page: await askTab(target.id) } };
}

/** Toolbar popup: what ListingLint sees on this tab, pause/resume for this site, enabling the generic adapter. */
export function Popup() {
  const { t, locale } = useLocale();
  const [tab, setTab] = useState<{ id?: number; url?: URL }>({});
  const [site, setSite] = useState<SiteState>({ kind: 'loading' });
  const [error, setError] = useState<string>();

  const apply = useCallback((read: { tab: { id?: number; url?: URL }; site: SiteState }) => {
    setTab(read.tab);
    setSite(read.site);
  }, []);
  const refresh = useCallback(() => readSite().then(apply), [apply]);

  useEffect(() => {
    void readSite().then(apply);
    // Counts change as the seller types: re-ask while the popup is open.
    const timer = setInterval(() => void readSite().then(apply), 1000);
    return () => clearInterval(timer);
  }, [apply]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const enable = async (origin: string) => {
    setError(undefined);
    const pattern = originPattern(new URL(origin));
    if (!pattern) return;
    // The background enables the site when the permission arrives (the popup may be closed by then).
    // Not awaited before the request: the request must stay inside the click for Firefox.
    const pending = pendingSiteEnable.setValue({ origin, tabId: tab.id });
    const granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
    await pending;
    if (!granted) {
      await pendingSiteEnable.setValue(null);
      return setError(t('popup.permissionDenied'));
    }
    const response = (await browser.runtime
      .sendMessage({ type: 'enableSite', origin, tabId: tab.id })
      .catch((e: unknown) => ({ ok: false, error: String(e) }))) as { ok: boolean; error?: string };
    await pendingSiteEnable.setValue(null);
    if (!response?.ok) return setError(t('popup.enableFailed', { error: response?.error ?? '' }));
    // The content script was injected just now; give it a moment to find the fields.
    setTimeout(() => void refresh(), 400);
  };

  const disable = async (origin: string) => {
    await browser.runtime.sendMessage({ type: 'disableSite', origin }).catch(() => undefined);
    await refresh();
  };

  const setPaused = async (origin: string, pause: boolean) => {
    await pausedOrigins.setValue(withPause(await pausedOrigins.getValue(), origin, pause));
    setTimeout(() => void refresh(), pause ? 50 : 400);
  };

  const siteName = (page: TabState) => (locale === 'en' ? page.siteName.en : page.siteName.zh);
  const total = (page: TabState) => page.counts.error + page.counts.warning + page.counts.info;

  return (
    <main className="popup" data-testid="popup">
      <header className="popup-header">
        <img src="/icon/48.png" alt="" width={28} height={28} onError={(event) => (event.currentTarget.hidden = true)} />
        <div>
          <strong>{t('popup.title')}</strong>
          <small>{t('tagline')}</small>
        </div>
      </header>
      {tab.url && <code className="popup-host">{tab.url.host}</code>}
      {site.kind === 'unsupported' && <p className="popup-note">{t('popup.unsupportedPage')}</p>}
      {site.kind === 'available' && (
        <>
          <p className="popup-note">{t('popup.availableHint')}</p>
          {site.failed && !error && (
            <p role="alert" className="error">
              {t('popup.enableFailed', { error: site.failed })}
            </p>
          )}
          <button type="button" className="primary" data-testid="popup-enable" onClick={() => void enable(site.origin)}>
            {t('popup.enableSite')}
          </button>
        </>
      )}
      {site.kind === 'active' && (
        <section className="popup-state" data-testid="popup-status" data-paused={site.paused}>
          <p className="popup-site">{site.builtIn ? t('popup.siteBuiltIn') : t('popup.siteEnabled')}</p>
          {site.paused && (
            <p className="popup-note" data-testid="popup-paused">
              {t('popup.paused')}
            </p>
          )}
          {!site.paused && !site.page && (
            <p className="popup-note" data-testid="popup-not-loaded">
              {t('popup.notLoaded')}
            </p>
          )}
          {!site.paused && site.page && (
            <dl className="popup-facts">
              <dt>{t('popup.platform')}</dt>
              <dd data-testid="popup-platform">{siteName(site.page)}</dd>
              <dt>{t('popup.fieldsLabel')}</dt>
              <dd data-testid="popup-fields">{t('popup.fields', { count: site.page.fieldCount })}</dd>
              <dt>{t('panel.title')}</dt>
              <dd data-testid="popup-findings" className={site.page.counts.error > 0 ? 'sev-error' : total(site.page) > 0 ? 'sev-warning' : 'sev-ok'}>
                {total(site.page) === 0 ? t('popup.noFindings') : t('popup.findings', site.page.counts)}
              </dd>
            </dl>
          )}
          <div className="buttons">
            <button type="button" data-testid="popup-pause" onClick={() => void setPaused(site.origin, !site.paused)}>
              {site.paused ? t('popup.resume') : t('popup.pause')}
            </button>
            {!site.builtIn && (
              <button type="button" data-testid="popup-disable" onClick={() => void disable(site.origin)}>
                {t('popup.disableSite')}
              </button>
            )}
          </div>
        </section>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <footer className="buttons">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popup.openOptions')}
        </button>
        <button type="button" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') })}>
          {t('popup.openGuide')}
        </button>
      </footer>
    </main>
  );
}
