import { useEffect, useMemo, useState } from 'react';
import { dataVersion, disabledTermIds } from '@/components/settingsStorage';
import { termId } from '@/lib/audit/disabledTerms';
import type { Locale, Translate } from '@/lib/i18n';
import { TERM_CATEGORIES, type Lexicon, type TermCategory } from '@/lib/lexicon/schema';
import { shippedLexicons } from '@/lib/lexicon/shipped';

const PAGE = 100;
/** Legal bases cite Chinese law in Chinese; marked as such so screen readers and language checks know. */
const CJK = /[\u3400-\u9fff]/;

/** Saves the disabled set and lets open seller pages re-read their audit context. */
async function saveDisabled(ids: readonly string[]): Promise<void> {
  await disabledTermIds.setValue([...new Set(ids)].sort());
  await dataVersion.setValue((await dataVersion.getValue()) + 1);
}

/** The built-in lexicons term by term: search, filter, and switch single terms off (the audit honours it everywhere). */
export function LexiconBrowser({ t, locale }: { t: Translate; locale: Locale }) {
  const lexicons: readonly Lexicon[] = shippedLexicons();
  const [disabled, setDisabled] = useState<ReadonlySet<string>>(new Set());
  const [query, setQuery] = useState('');
  const [lexiconId, setLexiconId] = useState('');
  const [category, setCategory] = useState<TermCategory | ''>('');
  const [disabledOnly, setDisabledOnly] = useState(false);
  const [shown, setShown] = useState(PAGE);

  useEffect(() => {
    void disabledTermIds.getValue().then((ids) => setDisabled(new Set(ids)));
    return disabledTermIds.watch((ids) => setDisabled(new Set(ids ?? [])));
  }, []);

  const rows = useMemo(() => lexicons.flatMap((lexicon) => lexicon.terms.map((term) => ({ id: termId(lexicon, term), lexicon, term }))), [lexicons]);
  const needle = query.trim().toLowerCase();
  const matches = rows.filter(({ id, lexicon, term }) => {
    if (lexiconId && lexicon.id !== lexiconId) return false;
    if (category && term.category !== category) return false;
    if (disabledOnly && !disabled.has(id)) return false;
    if (!needle) return true;
    const haystack = [term.text, ...term.variants, term.basis, t(`category.${term.category}`)].join('\n').toLowerCase();
    return haystack.includes(needle);
  });
  const name = (lexicon: Lexicon) => (locale === 'en' ? lexicon.name.en : lexicon.name.zh);
  const toggle = (id: string, enable: boolean) => {
    const next = enable ? [...disabled].filter((value) => value !== id) : [...disabled, id];
    setDisabled(new Set(next)); // shown at once; the storage watch confirms it
    void saveDisabled(next);
  };

  return (
    <section className="lexicon-browser" data-testid="lexicon-browser">
      <h3>{t('lexicons.browse')}</h3>
      <p className="hint">{t('lexicons.browseHint')}</p>
      <div className="filters">
        <input
          type="search"
          data-testid="lexicon-search"
          aria-label={t('lexicons.search')}
          placeholder={t('lexicons.search')}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setShown(PAGE);
          }}
        />
        <select
          aria-label={t('lexicons.lexicon')}
          value={lexiconId}
          onChange={(event) => {
            setLexiconId(event.target.value);
            setShown(PAGE);
          }}
        >
          <option value="">{t('lexicons.allLexicons')}</option>
          {lexicons.map((lexicon) => (
            <option key={lexicon.id} value={lexicon.id}>
              {name(lexicon)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('lexicons.category')}
          value={category}
          onChange={(event) => {
            setCategory(event.target.value as TermCategory | '');
            setShown(PAGE);
          }}
        >
          <option value="">{t('lexicons.category')}</option>
          {TERM_CATEGORIES.filter((c) => c !== 'custom').map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
        <label className="check">
          <input type="checkbox" data-testid="lexicon-disabled-only" checked={disabledOnly} onChange={(event) => setDisabledOnly(event.target.checked)} />
          {t('lexicons.disabledOnly')}
        </label>
      </div>
      <p className="hint" data-testid="lexicon-counts">
        {t('lexicons.matches', { count: matches.length })} · {t('lexicons.disabledCount', { count: disabled.size })}{' '}
        {disabled.size > 0 && (
          <button type="button" className="link" onClick={() => void saveDisabled([])}>
            {t('lexicons.enableAll')}
          </button>
        )}
      </p>
      <table className="data" data-testid="lexicon-terms">
        <thead>
          <tr>
            <th>{t('lexicons.enabled')}</th>
            <th>{t('lexicons.term')}</th>
            <th>{t('lexicons.category')}</th>
            <th>{t('lexicons.severity')}</th>
            <th>{t('lexicons.basis')}</th>
            <th>{t('lexicons.lexicon')}</th>
          </tr>
        </thead>
        <tbody>
          {matches.slice(0, shown).map(({ id, lexicon, term }) => (
            <tr key={id} data-term-id={id} className={disabled.has(id) ? 'off' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${t('lexicons.enabled')} ${term.text}`}
                  checked={!disabled.has(id)}
                  onChange={(event) => toggle(id, event.target.checked)}
                />
              </td>
              <td lang={term.lang === 'zh' ? 'zh-CN' : 'en'}>
                <strong>{term.text}</strong>
                {term.variants.length > 0 && <div className="hint">{term.variants.join(t('check.or'))}</div>}
              </td>
              <td>{t(`category.${term.category}`)}</td>
              <td>
                <span className={`sev-chip sev-${term.severity}`}>{t(`severity.${term.severity}`)}</span>
              </td>
              <td className="basis" lang={CJK.test(term.basis) ? 'zh-CN' : 'en'}>
                {term.basis}
              </td>
              <td>{name(lexicon)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matches.length > shown && (
        <button type="button" data-testid="lexicon-more" onClick={() => setShown(shown + PAGE)}>
          {t('lexicons.showMore', { count: Math.min(PAGE, matches.length - shown) })}
        </button>
      )}
    </section>
  );
}
