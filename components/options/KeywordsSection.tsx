import { useState } from 'react';
import type { Locale } from '@/lib/contracts/locale';
import { platformLabel } from '@/lib/platforms/registry';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Translate } from '@/lib/i18n';
import { deleteKeywordList, listKeywordLists, saveKeywordList, type ListingLintDB } from '@/lib/db';
import { keywordsFromRows } from '@/lib/keywords/csv';
import { PLATFORMS, type Platform } from '@/lib/types';
import { FileTablePicker, type PickedTable } from '@/components/files/FileTablePicker';
import { TablePreview } from '@/components/files/TablePreview';
import { KeywordListEditor } from '@/components/files/KeywordListEditor';
import { afterWrite, errorText } from './useDatabase';

const NEW_LIST = 'new';

/**
 * Keyword lists with search volume from research-tool exports (CSV/TSV in any encoding, Excel), one per
 * platform by default: importing again for a platform replaces its list unless "a new list" is chosen.
 */
export function KeywordsSection({ db, t, locale }: { db: ListingLintDB; t: Translate; locale: Locale }) {
  const lists = useLiveQuery(() => listKeywordLists(db), [db]) ?? [];
  const [name, setName] = useState('');
  const [platform, setPlatform] = useState<Platform>('taobao');
  const [picked, setPicked] = useState<PickedTable | null>(null);
  const [target, setTarget] = useState<string>();
  const [report, setReport] = useState<string[]>([]);
  const [open, setOpen] = useState<number>();

  const parsed = picked ? keywordsFromRows(picked.table.rows) : null;
  const listName = name.trim() || (picked?.name.replace(/\.\w+$/, '') ?? '');
  const samePlatform = lists.filter((list) => list.platform === platform);
  const defaultTarget = (samePlatform.find((list) => list.name === listName) ?? samePlatform[0])?.id;
  const chosen = target ?? (defaultTarget === undefined ? NEW_LIST : String(defaultTarget));
  const replacing = samePlatform.find((list) => String(list.id) === chosen);

  const importRows = async () => {
    if (!parsed || parsed.rows.length === 0) return;
    const rows = parsed.rows.map((row) => ({ keyword: row.keyword, volume: row.volume }));
    const saved = await afterWrite(saveKeywordList(db, { ...(replacing ? { id: replacing.id, name: replacing.name } : { name: listName }), platform, rows }));
    const problems = parsed.errors.map((error) => `${error.line}: ${error.message}`);
    setReport([
      t('data.imported', { count: rows.length }),
      replacing
        ? t('keywords.replaced', { name: saved.name, count: saved.rows.length })
        : t('keywords.created', { name: saved.name, count: saved.rows.length }),
      ...(problems.length ? [t('data.importErrors', { count: problems.length }), ...problems] : []),
    ]);
    setPicked(null);
    setTarget(undefined);
  };

  const columnsUsed = parsed?.columns ? [parsed.columns.keyword, parsed.columns.volume, parsed.columns.rank].filter(Boolean).join('、') : '';

  return (
    <div data-testid="keywords-section">
      <p className="hint">{t('keywords.hint')}</p>
      <div className="grid-form">
        <label>
          {t('keywords.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {t('keywords.platform')}
          <select
            data-testid="keywords-platform"
            value={platform}
            onChange={(e) => {
              setPlatform(e.target.value as Platform);
              setTarget(undefined);
            }}
          >
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformLabel(p, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <FileTablePicker
        t={t}
        testId="keywords"
        label={t('keywords.fileAny')}
        onTable={(next) => {
          setPicked(next);
          setReport([]);
        }}
      />
      {picked && parsed && (
        <div data-testid="keywords-pending">
          {parsed.header && <TablePreview t={t} testId="keywords" rows={picked.table.rows} headerIndex={parsed.header.index} used={parsed.header.used} />}
          {columnsUsed && <p data-testid="keywords-columns">{t('files.columnsUsed', { columns: columnsUsed })}</p>}
          {parsed.rows.length === 0 && (
            <p role="alert" className="error">
              {parsed.errors[0]?.message} {t('files.nothingImported')}
            </p>
          )}
          {parsed.rows.length > 0 && (
            <div className="buttons">
              <label>
                {t('keywords.target')}{' '}
                <select data-testid="keywords-target" value={chosen} onChange={(event) => setTarget(event.target.value)}>
                  {samePlatform.map((list) => (
                    <option key={list.id} value={String(list.id)}>
                      {t('keywords.replaceList', { name: list.name, count: list.rows.length })}
                    </option>
                  ))}
                  <option value={NEW_LIST}>{t('keywords.newList')}</option>
                </select>
              </label>
              <button type="button" data-testid="keywords-import" onClick={() => importRows().catch((error: unknown) => setReport([errorText(error)]))}>
                {t('keywords.import', { count: parsed.rows.length })}
              </button>
            </div>
          )}
        </div>
      )}
      {report.length > 0 && (
        <ul data-testid="keywords-report">
          {report.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
      <table className="data" data-testid="keyword-lists">
        <tbody>
          {lists.length === 0 && (
            <tr>
              <td>{t('data.empty')}</td>
            </tr>
          )}
          {lists.map((list) => (
            <tr key={list.id}>
              <td>{list.name}</td>
              <td>{list.platform}</td>
              <td>{t('keywords.rows', { count: list.rows.length })}</td>
              <td>
                {open === list.id ? (
                  <KeywordListEditor key={list.id} db={db} t={t} list={list} />
                ) : (
                  [...list.rows]
                    .sort((a, b) => (b.volume ?? 0) - (a.volume ?? 0))
                    .slice(0, 5)
                    .map((row) => row.keyword)
                    .join('、')
                )}
              </td>
              <td>
                <button type="button" data-testid="keyword-list-view" onClick={() => setOpen(open === list.id ? undefined : list.id)}>
                  {open === list.id ? t('keywords.hide') : t('keywords.view')}
                </button>
                <button type="button" onClick={() => void afterWrite(deleteKeywordList(db, list.id))}>
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
