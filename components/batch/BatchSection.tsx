import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { guessColumns, type Catalog, type ColumnChoice } from '@/lib/batch/catalog';
import { CatalogUpload } from '@/components/files/CatalogUpload';
import { platformLabel } from '@/lib/platforms/registry';
import type { BatchRequest, BatchResponse } from '@/lib/batch/workerProtocol';
import { guessListingColumns, type ListingColumns } from '@/lib/batch/listingColumns';
import type { ListingLintDB } from '@/lib/db';
import { PLATFORMS, type Platform } from '@/lib/types';
import { BatchResults } from './BatchResults';
import { ListingColumnsPicker } from './ListingColumnsPicker';

/** Catalog batch audit: pick columns, run in a Web Worker with progress and cancel, explore and export. */
export function BatchSection({ db, t, locale }: { db: ListingLintDB; t: Translate; locale: 'zh-CN' | 'en' }) {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [columns, setColumns] = useState<ColumnChoice>({ sellingPoints: [] });
  const [platform, setPlatform] = useState<Platform>('taobao');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Extract<BatchResponse, { type: 'result' }> | null>(null);
  const [error, setError] = useState<string>();
  // Detected per catalog until the reviewer picks other columns.
  const [listingChoice, setListingChoice] = useState<{ catalog: Catalog; value: ListingColumns } | null>(null);
  const listingColumns = !catalog ? {} : listingChoice?.catalog === catalog ? listingChoice.value : guessListingColumns(catalog.columns);
  const setListingColumns = (value: ListingColumns) => catalog && setListingChoice({ catalog, value });
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
    worker().postMessage({ type: 'start', rows: catalog.rows, columns: { ...columns, ...listingColumns }, platform, locale } satisfies BatchRequest);
  };

  return (
    <div data-testid="batch-section">
      <CatalogUpload
        t={t}
        onCatalog={(parsed) => {
          setCatalog(parsed);
          setColumns(parsed ? guessColumns(parsed.columns) : { sellingPoints: [] });
          setOutcome(null);
        }}
      />
      <div className="grid-form">
        <label>
          {t('batch.platform')}
          <select value={platform} onChange={(event) => setPlatform(event.target.value as Platform)}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {platformLabel(p, locale)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {catalog && (
        <>
          <p data-testid="batch-loaded">{t('batch.rowsLoaded', { count: catalog.rows.length, columns: catalog.columns.length })}</p>
          <div className="grid-form">
            <label>
              {t('batch.titleColumn')}
              <select
                data-testid="batch-title-column"
                value={columns.title ?? ''}
                onChange={(event) => setColumns({ ...columns, title: event.target.value || undefined })}
              >
                <option value="">{t('batch.none')}</option>
                {catalog.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('batch.sellingColumns')}
              <select
                multiple
                value={columns.sellingPoints}
                onChange={(event) => setColumns({ ...columns, sellingPoints: [...event.target.selectedOptions].map((o) => o.value) })}
              >
                {catalog.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('batch.descriptionColumn')}
              <select value={columns.description ?? ''} onChange={(event) => setColumns({ ...columns, description: event.target.value || undefined })}>
                <option value="">{t('batch.none')}</option>
                {catalog.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <ListingColumnsPicker columns={catalog.columns} value={listingColumns} onChange={setListingColumns} t={t} />
          <div className="buttons">
            <button type="button" data-testid="batch-start" disabled={progress !== null} onClick={start}>
              {t('batch.start')}
            </button>
            {progress && (
              <button type="button" data-testid="batch-cancel" onClick={() => worker().postMessage({ type: 'cancel' } satisfies BatchRequest)}>
                {t('batch.cancel')}
              </button>
            )}
            {progress && (
              <progress data-testid="batch-progress" max={progress.total} value={progress.done}>
                {t('batch.progress', progress)}
              </progress>
            )}
            {progress && <span>{t('batch.progress', progress)}</span>}
          </div>
        </>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {outcome && <BatchResults key={outcome.ms} db={db} outcome={outcome} t={t} locale={locale} />}
    </div>
  );
}
