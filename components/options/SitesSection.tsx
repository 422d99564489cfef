import { useEffect, useState } from 'react';
import { enabledOrigins } from '@/components/settingsStorage';
import type { Translate } from '@/lib/i18n';
import { ADAPTERS } from '@/lib/sites';

/** Built-in back offices and the sites the user enabled the generic adapter on. */
export function SitesSection({ t, locale }: { t: Translate; locale: 'zh-CN' | 'en' }) {
  const [origins, setOrigins] = useState<string[]>([]);
  useEffect(() => {
    void enabledOrigins.getValue().then(setOrigins);
    return enabledOrigins.watch((value) => setOrigins(value ?? []));
  }, []);
  return (
    <div data-testid="sites-section">
      <ul>
        {ADAPTERS.filter((adapter) => adapter.id !== 'generic').map((adapter) => (
          <li key={adapter.id}>{locale === 'en' ? adapter.name.en : adapter.name.zh}</li>
        ))}
      </ul>
      <h3>{t('sites.enabled')}</h3>
      {origins.length === 0 && <p>{t('sites.none')}</p>}
      <ul>
        {origins.map((origin) => (
          <li key={origin}>
            <code>{origin}</code>{' '}
            <button type="button" onClick={() => void browser.runtime.sendMessage({ type: 'disableSite', origin })}>
              {t('sites.disable')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
