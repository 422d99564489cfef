import { useMemo, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { saveKeywordList, type ListingLintDB } from '@/lib/db';
import type { KeywordListRecord } from '@/lib/db/rows';
import { parseVolume } from '@/lib/keywords/csv';
import { fold } from '@/lib/title/fold';
import { afterWrite, errorText } from '@/components/options/useDatabase';

const SHOWN = 300;

interface Draft {
  keyword: string;
  volume: string;
}

/** One keyword list: search, edit keyword and volume, delete rows; saved back as a whole (validated). */
export function KeywordListEditor({ db, t, list }: { db: ListingLintDB; t: Translate; list: KeywordListRecord }) {
  const [rows, setRows] = useState<Draft[]>(() => list.rows.map((row) => ({ keyword: row.keyword, volume: row.volume === null ? '' : String(row.volume) })));
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<string>();
  const [dirty, setDirty] = useState(false);
  const matches = useMemo(() => {
    const q = fold(query.trim());
    return rows.map((row, index) => ({ row, index })).filter(({ row }) => q === '' || fold(row.keyword).includes(q));
  }, [rows, query]);
  const change = (next: (all: Draft[]) => Draft[]) => {
    setRows(next);
    setDirty(true);
    setStatus(undefined);
  };
  const edit = (index: number, patch: Partial<Draft>) => change((all) => all.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const save = async () => {
    const problems: string[] = [];
    const cleaned = rows.flatMap((row, i) => {
      if (row.keyword.trim() === '') return [];
      const volume = parseVolume(row.volume);
      if (typeof volume === 'string') {
        problems.push(`#${i + 1} ${row.keyword}: ${volume}`);
        return [];
      }
      return [{ keyword: row.keyword.trim(), volume }];
    });
    if (problems.length) return setStatus(problems.join('; '));
    try {
      const saved = await afterWrite(
        saveKeywordList(db, { id: list.id, name: list.name, platform: list.platform, ...(list.productId ? { productId: list.productId } : {}), rows: cleaned }),
      );
      setDirty(false);
      setStatus(t('keywords.saved', { count: saved.rows.length }));
    } catch (error) {
      setStatus(errorText(error));
    }
  };

  return (
    <div data-testid="keyword-editor">
      <div className="buttons">
        <input data-testid="keyword-search" placeholder={t('keywords.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
        <span>{t('keywords.shown', { shown: Math.min(SHOWN, matches.length), total: rows.length })}</span>
        <button
          type="button"
          data-testid="keyword-add"
          onClick={() => {
            // The new row goes first and the search is cleared, so it is in view.
            setQuery('');
            change((all) => [{ keyword: '', volume: '' }, ...all]);
          }}
        >
          {t('keywords.add')}
        </button>
        <button type="button" data-testid="keyword-save" onClick={() => void save()}>
          {t('keywords.save')}
        </button>
        {(status ?? dirty) && <span data-testid="keyword-editor-status">{status ?? t('keywords.unsaved')}</span>}
      </div>
      <table className="data">
        <thead>
          <tr>
            <th>{t('keywords.keyword')}</th>
            <th>{t('keywords.volume')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {matches.slice(0, SHOWN).map(({ row, index }) => (
            <tr key={index} data-testid="keyword-row">
              <td>
                <input aria-label={t('keywords.keyword')} value={row.keyword} onChange={(event) => edit(index, { keyword: event.target.value })} />
              </td>
              <td>
                <input aria-label={t('keywords.volume')} value={row.volume} onChange={(event) => edit(index, { volume: event.target.value })} />
              </td>
              <td>
                <button type="button" data-testid="keyword-delete" onClick={() => change((all) => all.filter((_, i) => i !== index))}>
                  {t('data.delete')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
