import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Translate } from '@/lib/i18n';
import { deleteKeywordList, listKeywordLists, saveKeywordList, type ListingLintDB } from '@/lib/db';
import { parseKeywordCsv } from '@/lib/keywords/csv';
import { PLATFORMS, type Platform } from '@/lib/types';
import { afterWrite, errorText } from './useDatabase';

/** Keyword lists with search volume, imported from research-tool CSVs and assigned to a platform. */
export function KeywordsSection({ db, t }: { db: ListingLintDB; t: Translate }) {
  const lists = useLiveQuery(() => listKeywordLists(db), [db]) ?? [];
  const [name, setName] = useState('');
  const [platform, setPlatform] = useState<Platform>('taobao');
  const [report, setReport] = useState<string[]>([]);

  const importFile = async (file: File) => {
    const parsed = parseKeywordCsv(await file.text());
    const problems = parsed.errors.map((error) => `${error.line}: ${error.message}`);
    if (parsed.rows.length > 0) {
      await afterWrite(saveKeywordList(db, { name: name.trim() || file.name.replace(/\.\w+$/, ''), platform, rows: parsed.rows.map((row) => ({ keyword: row.keyword, volume: row.volume })) }));
    }
    setReport([t('data.imported', { count: parsed.rows.length }), ...(problems.length ? [t('data.importErrors', { count: problems.length }), ...problems] : [])]);
  };

  return (
    <div data-testid="keywords-section">
      <p className="hint">{t('keywords.hint')}</p>
      <div className="grid-form">
        <label>{t('keywords.name')}<input value={name} onChange={(e) => setName(e.target.value)} /></label>
        <label>
          {t('keywords.platform')}
          <select data-testid="keywords-platform" value={platform} onChange={(e) => setPlatform(e.target.value as Platform)}>
            {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
        <label>
          {t('keywords.file')}
          <input type="file" accept=".csv,.tsv,.txt" data-testid="keywords-file" onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) importFile(file).catch((error: unknown) => setReport([errorText(error)]));
            event.target.value = '';
          }} />
        </label>
      </div>
      {report.length > 0 && <ul data-testid="keywords-report">{report.map((line, i) => <li key={i}>{line}</li>)}</ul>}
      <table className="data" data-testid="keyword-lists">
        <tbody>
          {lists.length === 0 && <tr><td>{t('data.empty')}</td></tr>}
          {lists.map((list) => (
            <tr key={list.id}>
              <td>{list.name}</td>
              <td>{list.platform}</td>
              <td>{t('keywords.rows', { count: list.rows.length })}</td>
              <td>{[...list.rows].sort((a, b) => (b.volume ?? 0) - (a.volume ?? 0)).slice(0, 5).map((row) => row.keyword).join('、')}</td>
              <td><button type="button" onClick={() => void afterWrite(deleteKeywordList(db, list.id))}>{t('data.delete')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
