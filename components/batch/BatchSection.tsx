import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { filterResults, sortResults, summarize, type RowAudit, type SortKey } from '@/lib/batch/auditCatalog';
import { guessColumns, type Catalog, type ColumnChoice } from '@/lib/batch/catalog';
import { CatalogUpload } from '@/components/files/CatalogUpload';
import type { BatchRequest, BatchResponse } from '@/lib/batch/workerProtocol';
import { decisionsForText, hashText, type ListingLintDB } from '@/lib/db';
import { findingKey, toCsv, toHtml, toMarkdown, type ReportDecision } from '@/lib/report/reviewReport';
import { PLATFORMS, SEVERITIES, type Platform, type Severity } from '@/lib/types';
import { download } from '@/components/options/download';

const SHOWN_ROWS = 200;

/** Catalog batch audit: pick columns, run in a Web Worker with progress and cancel, explore and export. */
export function BatchSection({ db, t, locale }: { db: ListingLintDB; t: Translate; locale: 'zh-CN' | 'en' }) {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [columns, setColumns] = useState<ColumnChoice>({ sellingPoints: [] });
  const [platform, setPlatform] = useState<Platform>('taobao');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Extract<BatchResponse, { type: 'result' }> | null>(null);
  const [error, setError] = useState<string>();
  const [sort, setSort] = useState<SortKey>('row');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [search, setSearch] = useState('');
  const workerRef = useRef<Worker | null>(null);

  useEffect(() => () => workerRef.current?.terminate(), []);

  const worker = () => {
    if (workerRef.current) return workerRef.current;
    const created = new Worker(new URL('./batch.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<BatchResponse>) => {
      const message = event.data;
      if (message.type === 'progress') setProgress({ done: message.done, total: message.total });
      else if (message.type === 'result') {
        setOutcome(message);
        setProgress(null);
      } else {
        setError(message.message);
        setProgress(null);
      }
    };
    workerRef.current = created;
    return created;
  };

  const start = () => {
    if (!catalog) return;
    setOutcome(null);
    setError(undefined);
    setProgress({ done: 0, total: catalog.rows.length });
    worker().postMessage({ type: 'start', rows: catalog.rows, columns, platform, locale } satisfies BatchRequest);
  };

  const decisions = async (results: readonly RowAudit[]) => {
    const map = new Map<string, ReportDecision>();
    for (const result of results)
      for (const cell of result.cells) {
        if (cell.findings.length === 0) continue;
        const stored = await decisionsForText(db, hashText(cell.text));
        for (const finding of cell.findings) {
          const decision = stored.find((d) => d.ruleId === finding.ruleId && d.start === finding.start && d.end === finding.end);
          if (decision) map.set(findingKey(result.row, cell.column, finding), { decision: decision.decision, note: decision.note, reviewer: decision.reviewer });
        }
      }
    return map;
  };

  const exportAs = async (format: 'csv' | 'md' | 'html') => {
    if (!outcome) return;
    const map = await decisions(outcome.results);
    if (format === 'csv') download('listinglint-report.csv', toCsv(outcome.results, map, locale), 'text/csv');
    if (format === 'md') download('listinglint-report.md', toMarkdown(outcome.results, map, locale), 'text/markdown');
    if (format === 'html') download('listinglint-report.html', toHtml(outcome.results, map, locale), 'text/html');
  };

  const visible = outcome ? sortResults(filterResults(outcome.results, { severity: severity || undefined, text: search || undefined }), sort) : [];
  const summary = outcome ? summarize(outcome.results) : null;
  const maxBar = summary ? Math.max(1, ...Object.values(summary.byCategory).map((c) => c.error + c.warning + c.info)) : 1;

  return (
    <div data-testid="batch-section">
      <CatalogUpload t={t} onCatalog={(parsed) => {
        setCatalog(parsed);
        setColumns(parsed ? guessColumns(parsed.columns) : { sellingPoints: [] });
        setOutcome(null);
      }} />
      <div className="grid-form">
        <label>
          {t('batch.platform')}
          <select value={platform} onChange={(event) => setPlatform(event.target.value as Platform)}>
            {PLATFORMS.map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </label>
      </div>
      {catalog && (
        <>
          <p data-testid="batch-loaded">{t('batch.rowsLoaded', { count: catalog.rows.length, columns: catalog.columns.length })}</p>
          <div className="grid-form">
            <label>
              {t('batch.titleColumn')}
              <select data-testid="batch-title-column" value={columns.title ?? ''} onChange={(event) => setColumns({ ...columns, title: event.target.value || undefined })}>
                <option value="">{t('batch.none')}</option>
                {catalog.columns.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </label>
            <label>
              {t('batch.sellingColumns')}
              <select multiple value={columns.sellingPoints} onChange={(event) => setColumns({ ...columns, sellingPoints: [...event.target.selectedOptions].map((o) => o.value) })}>
                {catalog.columns.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </label>
            <label>
              {t('batch.descriptionColumn')}
              <select value={columns.description ?? ''} onChange={(event) => setColumns({ ...columns, description: event.target.value || undefined })}>
                <option value="">{t('batch.none')}</option>
                {catalog.columns.map((c) => <option key={c} value={c}>{c}</option>)}
              </select>
            </label>
          </div>
          <div className="buttons">
            <button type="button" data-testid="batch-start" disabled={progress !== null} onClick={start}>{t('batch.start')}</button>
            {progress && <button type="button" data-testid="batch-cancel" onClick={() => worker().postMessage({ type: 'cancel' } satisfies BatchRequest)}>{t('batch.cancel')}</button>}
            {progress && <progress data-testid="batch-progress" max={progress.total} value={progress.done}>{t('batch.progress', progress)}</progress>}
            {progress && <span>{t('batch.progress', progress)}</span>}
          </div>
        </>
      )}
      {error && <p role="alert" className="error">{error}</p>}
      {outcome && summary && (
        <>
          <p data-testid="batch-status">
            {outcome.cancelled ? t('batch.cancelled', { rows: outcome.results.length }) : t('batch.done', { rows: outcome.results.length, seconds: (outcome.ms / 1000).toFixed(1), hits: outcome.cacheHits })}
          </p>
          <h3>{t('batch.chart')}</h3>
          <div className="chart" data-testid="batch-chart">
            {Object.entries(summary.byCategory).sort((a, b) => b[1].error + b[1].warning + b[1].info - (a[1].error + a[1].warning + a[1].info)).map(([category, counts]) => (
              <div key={category} className="chart-row">
                <span className="chart-label">{category}</span>
                <span className="chart-bars">
                  {SEVERITIES.map((s) => counts[s] > 0 && <span key={s} className={`bar sev-${s}`} style={{ width: `${(counts[s] / maxBar) * 100}%` }} title={`${t(`severity.${s}`)} ${counts[s]}`} />)}
                </span>
                <span>{counts.error + counts.warning + counts.info}</span>
              </div>
            ))}
          </div>
          <div className="buttons">
            <label>{t('batch.sort')} <select value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
              {(['row', 'errors', 'score'] as const).map((key) => <option key={key} value={key}>{t(`batch.sort.${key}`)}</option>)}
            </select></label>
            <select aria-label={t('review.severity')} value={severity} onChange={(event) => setSeverity(event.target.value as Severity | '')}>
              <option value="">{t('review.all')}</option>
              {SEVERITIES.map((s) => <option key={s} value={s}>{t(`severity.${s}`)}</option>)}
            </select>
            <input placeholder={t('batch.search')} value={search} onChange={(event) => setSearch(event.target.value)} />
            <button type="button" data-testid="batch-export-csv" onClick={() => void exportAs('csv')}>{t('batch.exportCsv')}</button>
            <button type="button" data-testid="batch-export-md" onClick={() => void exportAs('md')}>{t('batch.exportMd')}</button>
            <button type="button" data-testid="batch-export-html" onClick={() => void exportAs('html')}>{t('batch.exportHtml')}</button>
          </div>
          <table className="data" data-testid="batch-results">
            <thead><tr><th>{t('batch.row')}</th><th>{t('severity.error')}</th><th>{t('severity.warning')}</th><th>{t('severity.info')}</th><th>{t('batch.score')}</th><th /></tr></thead>
            <tbody>
              {visible.slice(0, SHOWN_ROWS).map((result) => (
                <tr key={result.row} data-testid="batch-row">
                  <td>{result.row}</td><td>{result.counts.error}</td><td>{result.counts.warning}</td><td>{result.counts.info}</td><td>{result.title?.score ?? '—'}</td>
                  <td>
                    <details>
                      <summary>{result.cells[0]?.text.slice(0, 40)}</summary>
                      {result.cells.map((cell) => (
                        <div key={cell.column}>
                          <strong>{cell.column}</strong>：{cell.text}
                          <ul>{cell.findings.map((f) => <li key={`${f.ruleId}:${f.start}`}>[{t(`severity.${f.severity}`)}] <q>{f.match}</q> {f.message} {f.basis && <small>（{f.basis}）</small>}</li>)}</ul>
                        </div>
                      ))}
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {visible.length > SHOWN_ROWS && <p>{t('batch.more', { count: SHOWN_ROWS })}</p>}
        </>
      )}
    </div>
  );
}
