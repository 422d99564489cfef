import { useEffect, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { LocalePreference } from '@/lib/i18n';
import { ADAPTERS } from '@/lib/sites';
import { TextCheck } from './TextCheck';

/** The page opened on install: what ListingLint does, where it is on, a sample to try, the language. */
export function Onboarding() {
  const { locale, preference, t, setPreference } = useLocale();
  const [sample, setSample] = useState<string>();
  const text = sample ?? t('onboarding.sample');

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('onboarding.title');
  }, [locale, t]);

  return (
    <main className="page onboarding" data-testid="onboarding">
      <header>
        <div className="brand">
          <img src="/icon/48.png" alt="" width={40} height={40} onError={(event) => (event.currentTarget.hidden = true)} />
          <div>
            <h1>{t('onboarding.title')}</h1>
            <p className="lead">{t('tagline')}</p>
          </div>
        </div>
        <label className="inline-field">
          {t('onboarding.language')}
          <select data-testid="onboarding-locale" value={preference} onChange={(event) => void setPreference(event.target.value as LocalePreference)}>
            <option value="auto">{t('options.language.auto')}</option>
            <option value="zh-CN" lang="zh-CN">
              简体中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </header>
      <p className="lead">{t('onboarding.intro')}</p>

      <section className="card">
        <h2>{t('onboarding.what')}</h2>
        <ul className="feature-list">
          <li>{t('onboarding.what.title')}</li>
          <li>{t('onboarding.what.compliance')}</li>
          <li>{t('onboarding.what.draft')}</li>
        </ul>
      </section>

      <section className="card">
        <h2>{t('onboarding.sites')}</h2>
        <p className="hint">{t('onboarding.sitesHint')}</p>
        <ul className="chips" data-testid="onboarding-sites">
          {ADAPTERS.filter((adapter) => adapter.platform !== 'generic').map((adapter) => (
            <li key={adapter.id}>{locale === 'en' ? adapter.name.en : adapter.name.zh}</li>
          ))}
        </ul>
      </section>

      <section className="card">
        <h2>{t('onboarding.try')}</h2>
        <p className="hint">{t('onboarding.tryHint')}</p>
        <textarea data-testid="onboarding-sample" aria-label={t('selection.text')} value={text} rows={2} onChange={(event) => setSample(event.target.value)} />
        <TextCheck text={text} platform="generic" locale={locale} t={t} />
      </section>

      <p className="hint">{t('onboarding.privacy')}</p>
      <div className="buttons">
        <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('onboarding.openOptions')}
        </button>
      </div>
    </main>
  );
}
