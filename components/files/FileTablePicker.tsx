import { useEffect, useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import type { FileTable } from '@/lib/files/table';
import { describeSource, fileErrorText, readFileTable, type ReadProgress } from './readFileTable';

export const TABLE_ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.xlsm,.ods';

export interface PickedTable {
  name: string;
  table: FileTable;
}

/**
 * File input for every tabular import: reads the file with the one reader, shows the encoding (or the
 * workbook and a sheet chooser) and refuses unreadable files with a message; the caller previews and
 * imports. `onTable(null)` when a new file is being read or failed.
 */
export function FileTablePicker({
  t,
  testId,
  label,
  accept = TABLE_ACCEPT,
  onTable,
}: {
  t: Translate;
  testId: string;
  label: string;
  accept?: string;
  onTable: (picked: PickedTable | null) => void;
}) {
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [table, setTable] = useState<FileTable | null>(null);
  const [error, setError] = useState<string>();
  const [progress, setProgress] = useState<ReadProgress | null>(null);
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);

  const read = async (name: string, bytes: Uint8Array, sheet?: string) => {
    // A new file (or sheet) replaces a read still under way.
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    setProgress({ stage: 'parse', done: 0, total: bytes.length });
    setError(undefined);
    setTable(null);
    onTable(null);
    try {
      const next = await readFileTable(bytes, name, sheet, { signal: controller.signal, onProgress: setProgress });
      setTable(next);
      onTable({ name, table: next });
    } catch (e) {
      if (reading.current !== controller) return;
      setTable(null);
      setError(fileErrorText(e, t));
    } finally {
      if (reading.current === controller) {
        reading.current = null;
        setProgress(null);
      }
    }
  };

  return (
    <div className="file-picker">
      <label>
        {label}
        <input
          type="file"
          accept={accept}
          data-testid={`${testId}-file`}
          onChange={(event) => {
            const chosen = event.target.files?.[0];
            event.target.value = '';
            if (!chosen) return;
            void chosen.arrayBuffer().then((buffer) => {
              const bytes = new Uint8Array(buffer);
              setFile({ name: chosen.name, bytes });
              return read(chosen.name, bytes);
            });
          }}
        />
      </label>
      {progress && (
        <p data-testid={`${testId}-reading`} role="status">
          {progress.stage === 'parse'
            ? t('files.parsing', { size: (progress.total / 1024 / 1024).toFixed(1) })
            : t('files.rowsRead', { done: progress.done, total: progress.total })}{' '}
          <progress max={progress.total || 1} value={progress.stage === 'parse' ? undefined : progress.done} />{' '}
          <button type="button" data-testid={`${testId}-cancel`} onClick={() => reading.current?.abort()}>
            {t('files.cancel')}
          </button>
        </p>
      )}
      {table && (
        <p data-testid={`${testId}-source`}>
          {file?.name}：{describeSource(table.source, t)}
          {table.source.kind === 'sheet' && table.source.sheets.length > 1 && (
            <label>
              {' '}
              {t('files.sheet')}{' '}
              <select
                data-testid={`${testId}-sheet`}
                value={table.source.sheet}
                onChange={(event) => file && void read(file.name, file.bytes, event.target.value)}
              >
                {table.source.sheets.map((sheet) => (
                  <option key={sheet} value={sheet}>
                    {sheet}
                  </option>
                ))}
              </select>
            </label>
          )}
        </p>
      )}
      {error && (
        <p role="alert" className="error" data-testid={`${testId}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}
