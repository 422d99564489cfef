import { useEffect, useState } from 'react';
import { platformLabel } from '@/lib/platforms/registry';
import { useLocale } from '@/components/useLocale';
import { PLATFORMS, type Platform } from '@/lib/types';
import { getSelection, MAX_SELECTION_CHARS, type PendingSelection } from './selectionStore';
import { TextCheck } from './TextCheck';

/** The small window the context menu opens: the findings for the text the user selected. */
export function SelectionCheck() {
  const { locale, t } = useLocale();
  const [selection, setSelection] = useState<PendingSelection | null | undefined>(undefined);
  const [platform, setPlatform] = useState<Platform>('generic');

  useEffect(() => {
    const id = new URLSearchParams(location.search).get('id') ?? '';
    void getSelection(id).then((found) => {
      setSelection(found ?? null);
      if (found) setPlatform(found.platform);
    });
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('selection.title');
  }, [locale, t]);

  return (
    <main className="page selection" data-testid="selection-check">
      <h1>{t('selection.title')}</h1>
      {selection === null && (
        <p className="hint" data-testid="selection-empty">
          {t('selection.empty')}
        </p>
      )}
      {selection && (
        <>
          <label className="inline-field">
            {t('selection.platform')}
            <select data-testid="selection-platform" value={platform} onChange={(event) => setPlatform(event.target.value as Platform)}>
              {PLATFORMS.map((p) => (
                <option key={p} value={p}>
                  {platformLabel(p, locale)}
                </option>
              ))}
            </select>
          </label>
          {selection.truncated && <p className="hint">{t('selection.truncated', { count: MAX_SELECTION_CHARS })}</p>}
          <TextCheck text={selection.text} platform={platform} locale={locale} t={t} />
        </>
      )}
    </main>
  );
}
