import { useEffect, useState } from 'react';
import { enabledOrigins } from '@/components/settingsStorage';
import { useLocale } from '@/components/useLocale';
import { adapterForUrl } from '@/lib/sites';

type SiteState = { kind: 'unsupported' } | { kind: 'builtIn'; name: string } | { kind: 'enabled'; origin: string } | { kind: 'available'; origin: string };

/** Toolbar popup: the current tab's status, enabling the generic adapter on this site, the dashboard. */
export function Popup() {
  const { t, locale } = useLocale();
  const [tab, setTab] = useState<{ id?: number; url?: URL }>({});
  const [site, setSite] = useState<SiteState>({ kind: 'unsupported' });
  const [error, setError] = useState<string>();

  useEffect(() => {
    void (async () => {
      const [active] = await browser.tabs.query({ active: true, currentWindow: true });
      const url = active?.url && /^https?:/.test(active.url) ? new URL(active.url) : undefined;
      setTab({ id: active?.id, url });
      if (!url) return;
      const builtIn = adapterForUrl(url, []);
      if (builtIn) setSite({ kind: 'builtIn', name: locale === 'en' ? builtIn.name.en : builtIn.name.zh });
      else if ((await enabledOrigins.getValue()).includes(url.origin)) setSite({ kind: 'enabled', origin: url.origin });
      else setSite({ kind: 'available', origin: url.origin });
    })();
  }, [locale]);

  const enable = async (origin: string) => {
    setError(undefined);
    const url = new URL(origin);
    // Asked from the click itself: Chrome shows its permission prompt for this one site.
    const granted = await browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] });
    if (!granted) return;
    const response = await browser.runtime.sendMessage({ type: 'enableSite', origin, tabId: tab.id });
    if (response?.ok) setSite({ kind: 'enabled', origin });
    else setError(String(response?.error ?? 'error'));
  };

  return (
    <main className="popup">
      <strong>{t('popup.title')}</strong>
      <span>{t('tagline')}</span>
      {tab.url && <code>{tab.url.host}</code>}
      {site.kind === 'unsupported' && <span>{t('popup.unsupportedPage')}</span>}
      {site.kind === 'builtIn' && <span data-testid="popup-status">{t('popup.siteBuiltIn')} · {site.name}</span>}
      {site.kind === 'enabled' && <span data-testid="popup-status">{t('popup.siteEnabled')}</span>}
      {site.kind === 'available' && (
        <button type="button" data-testid="popup-enable" onClick={() => void enable(site.origin)}>
          {t('popup.enableSite')}
        </button>
      )}
      {error && <span role="alert">{error}</span>}
      <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.openOptions')}
      </button>
    </main>
  );
}
