import { useEffect, useState } from 'react';
import { useLocale } from '@/components/useLocale';
import type { MessageKey } from '@/lib/i18n';
import type { LocalePreference } from '@/lib/i18n';
import { DraftWorkspace } from '@/components/draft/DraftWorkspace';
import { ProvidersSection } from './ProvidersSection';
import { BackupSection } from './BackupSection';
import { BatchSection } from '@/components/batch/BatchSection';
import { PasteCheck } from '@/components/paste/PasteCheck';
import { KeywordsSection } from './KeywordsSection';
import { LexiconsSection } from './LexiconsSection';
import { SitesSection } from './SitesSection';
import { ReviewsSection } from './ReviewsSection';
import { useDatabase } from './useDatabase';

const SECTIONS = [
  'options.nav.draft',
  'options.nav.providers',
  'options.nav.lexicons',
  'options.nav.keywords',
  'options.nav.sites',
  'options.nav.batch',
  'options.nav.paste',
  'options.nav.reviews',
  'options.nav.backup',
] as const satisfies readonly MessageKey[];

/** The options page: one tab per area of user data and settings. */
export function Dashboard() {
  const { locale, preference, t, setPreference } = useLocale();
  const { db, error } = useDatabase();
  const [section, setSection] = useState<(typeof SECTIONS)[number]>(() => {
    const requested = new URLSearchParams(location.search).get('tab');
    return SECTIONS.find((key) => key === `options.nav.${requested}`) ?? SECTIONS[0];
  });

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('options.title');
  }, [locale, t]);

  return (
    <main className="page" data-testid="dashboard">
      <header>
        <div>
          <h1>{t('options.title')}</h1>
          <p>{t('tagline')}</p>
        </div>
        <label>
          {t('options.language')}{' '}
          <select data-testid="locale-select" value={preference} onChange={(event) => void setPreference(event.target.value as LocalePreference)}>
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
      <nav>
        {SECTIONS.map((key) => (
          <button
            key={key}
            type="button"
            data-testid={`tab-${key.slice('options.nav.'.length)}`}
            aria-current={key === section ? 'page' : undefined}
            onClick={() => setSection(key)}
          >
            {t(key)}
          </button>
        ))}
      </nav>
      <section aria-label={t(section)}>
        <h2>{t(section)}</h2>
        {section === 'options.nav.draft' && <DraftWorkspace t={t} locale={locale} db={db} />}
        {section === 'options.nav.providers' && <ProvidersSection t={t} />}
        {section === 'options.nav.sites' && <SitesSection t={t} locale={locale} />}
        {error && (
          <p role="alert" className="error">
            {t('data.dbError', { error })}
          </p>
        )}
        {db && section === 'options.nav.lexicons' && <LexiconsSection db={db} t={t} locale={locale} />}
        {db && section === 'options.nav.keywords' && <KeywordsSection db={db} t={t} locale={locale} />}
        {db && section === 'options.nav.backup' && <BackupSection db={db} t={t} />}
        {db && section === 'options.nav.batch' && <BatchSection db={db} t={t} locale={locale} />}
        {db && section === 'options.nav.reviews' && <ReviewsSection db={db} t={t} locale={locale} />}
        {db && section === 'options.nav.paste' && <PasteCheck db={db} t={t} locale={locale} />}
      </section>
    </main>
  );
}
