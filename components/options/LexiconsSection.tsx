import { useState } from 'react';
import { platformLabel } from '@/lib/platforms/registry';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Locale, Translate } from '@/lib/i18n';
import { addAllowlistPhrase, addCustomTerm, deleteCustomTerm, listAllowlist, listCustomTerms, removeAllowlistPhrase, type ListingLintDB } from '@/lib/db';
import { shippedLexicons } from '@/lib/lexicon/shipped';
import { PLATFORMS, type Platform, type Severity } from '@/lib/types';
import { afterWrite, errorText } from './useDatabase';
import { CustomTermsTransfer } from './CustomTermsTransfer';
import { SubscriptionsPanel } from './SubscriptionsPanel';
import { LexiconBrowser } from './LexiconBrowser';

/** Built-in lexicons, the user's own terms, the allowlist and team subscriptions. */
export function LexiconsSection({ db, t, locale }: { db: ListingLintDB; t: Translate; locale: Locale }) {
  const terms = useLiveQuery(() => listCustomTerms(db), [db]) ?? [];
  const allow = useLiveQuery(() => listAllowlist(db), [db]) ?? [];
  const [term, setTerm] = useState({ text: '', severity: 'error' as Severity, basis: '', suggestions: '', platform: '' });
  const [phrase, setPhrase] = useState('');
  const [error, setError] = useState<string>();
  const run = (write: Promise<unknown>) => {
    setError(undefined);
    afterWrite(write).catch((e: unknown) => setError(errorText(e)));
  };

  return (
    <div className="lexicons" data-testid="lexicons-section">
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <h3>{t('lexicons.shipped')}</h3>
      <table className="data">
        <tbody>
          {shippedLexicons().map((lexicon) => (
            <tr key={lexicon.id}>
              <td>{locale === 'en' ? lexicon.name.en : lexicon.name.zh}</td>
              <td>v{lexicon.version}</td>
              <td>{t('lexicons.terms', { count: lexicon.terms.length })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LexiconBrowser t={t} locale={locale} />

      <h3>{t('lexicons.custom')}</h3>
      <p className="hint">{t('lexicons.customHint')}</p>
      <form
        className="grid-form"
        onSubmit={(event) => {
          event.preventDefault();
          const suggestions = term.suggestions
            .split(/[,\uFF0C]/)
            .map((value) => value.trim())
            .filter(Boolean);
          run(
            addCustomTerm(db, {
              text: term.text,
              severity: term.severity,
              ...(term.basis.trim() ? { basis: term.basis.trim() } : {}),
              suggestions,
              ...(term.platform ? { platform: term.platform as Platform } : {}),
            }).then(() => setTerm({ ...term, text: '', suggestions: '' })),
          );
        }}
      >
        <label>
          {t('lexicons.term')}
          <input data-testid="custom-term-text" required value={term.text} onChange={(e) => setTerm({ ...term, text: e.target.value })} />
        </label>
        <label>
          {t('lexicons.severity')}
          <select value={term.severity} onChange={(e) => setTerm({ ...term, severity: e.target.value as Severity })}>
            {(['error', 'warning', 'info'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('lexicons.basis')}
          <input value={term.basis} onChange={(e) => setTerm({ ...term, basis: e.target.value })} />
        </label>
        <label>
          {t('lexicons.suggestions')}
          <input value={term.suggestions} onChange={(e) => setTerm({ ...term, suggestions: e.target.value })} />
        </label>
        <label>
          {t('lexicons.platform')}
          <select value={term.platform} onChange={(e) => setTerm({ ...term, platform: e.target.value })}>
            <option value="">{t('lexicons.allPlatforms')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformLabel(p, locale)}
              </option>
            ))}
          </select>
        </label>
        <div className="buttons">
          <button type="submit" data-testid="custom-term-add">
            {t('data.add')}
          </button>
        </div>
      </form>
      <CustomTermsTransfer db={db} t={t} onError={setError} />
      <table className="data" data-testid="custom-terms">
        <tbody>
          {terms.length === 0 && (
            <tr>
              <td>{t('data.empty')}</td>
            </tr>
          )}
          {terms.map((row) => (
            <tr key={row.id}>
              <td>{row.text}</td>
              <td>{t(`severity.${row.severity}`)}</td>
              <td>{row.basis}</td>
              <td>{row.suggestions.join(t('check.or'))}</td>
              <td>{row.platform ? platformLabel(row.platform, locale) : t('lexicons.allPlatforms')}</td>
              <td>
                <button type="button" onClick={() => run(deleteCustomTerm(db, row.id))}>
                  {t('data.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('lexicons.allowlist')}</h3>
      <p className="hint">{t('lexicons.allowHint')}</p>
      <form
        className="buttons"
        onSubmit={(event) => {
          event.preventDefault();
          run(addAllowlistPhrase(db, { phrase }).then(() => setPhrase('')));
        }}
      >
        <input aria-label={t('lexicons.phrase')} data-testid="allow-phrase" required value={phrase} onChange={(e) => setPhrase(e.target.value)} />
        <button type="submit" data-testid="allow-add">
          {t('data.add')}
        </button>
      </form>
      <ul data-testid="allowlist">
        {allow.map((row) => (
          <li key={row.id}>
            {row.phrase}{' '}
            <button type="button" onClick={() => run(removeAllowlistPhrase(db, row.id))}>
              {t('data.delete')}
            </button>
          </li>
        ))}
      </ul>

      <SubscriptionsPanel db={db} t={t} run={run} />
    </div>
  );
}
