import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { importCustomTerms, listCustomTerms, type ListingLintDB } from '@/lib/db';
import {
  customTermsFromRows,
  exportCustomTerms,
  formatOfFile,
  parseCustomTerms,
  type TransferFormat,
  type TransferImport,
} from '@/lib/lexicon/customTermsTransfer';
import { decodeText, encodingLabel } from '@/lib/files/decode';
import { describeSource, fileErrorText, readFileTable } from '@/components/files/readFileTable';
import { hasTextColumn } from '@/lib/lexicon/fromTable';
import { afterWrite, errorText } from './useDatabase';
import { download } from './download';

interface Pending {
  parsed: TransferImport;
  /** Encoding, or workbook and sheet, as read. */
  label: string;
}

/**
 * Import and export of the user's own terms as JSON, CSV/TSV/Excel or plain text, in any encoding the
 * file reader detects. The file is previewed first; the import is one bulk transaction with progress.
 */
export function CustomTermsTransfer({ db, t, onError }: { db: ListingLintDB; t: Translate; onError: (message: string) => void }) {
  const [pending, setPending] = useState<Pending | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<string[]>([]);

  const readFile = async (file: File) => {
    setReport([]);
    setPending(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const format = formatOfFile(file.name);
    try {
      if (format === 'csv') {
        let table = await readFileTable(bytes, file.name);
        const first = table.source;
        // A workbook whose first sheet is notes: the terms are on the first sheet with a text column.
        if (first.kind === 'sheet' && !hasTextColumn(table.rows))
          for (const sheet of first.sheets.filter((name) => name !== first.sheet)) {
            const other = await readFileTable(bytes, file.name, sheet);
            if (hasTextColumn(other.rows)) {
              table = other;
              break;
            }
          }
        setPending({ parsed: customTermsFromRows(table.rows), label: describeSource(table.source, t) });
      } else {
        const { text, encoding } = decodeText(bytes);
        setPending({ parsed: parseCustomTerms(text, format), label: encodingLabel(encoding) });
      }
    } catch (error) {
      setReport([fileErrorText(error, t)]);
    }
  };

  const importPending = async () => {
    if (!pending) return;
    const { parsed } = pending;
    setProgress({ done: 0, total: parsed.terms.length });
    const result = await afterWrite(importCustomTerms(db, parsed.terms, { onProgress: (done, total) => setProgress({ done, total }) }));
    setProgress(null);
    setPending(null);
    const problems = [
      ...parsed.errors.map((error) => `${error.line}: ${error.message}`),
      ...result.errors.map((error) => `#${error.index + 1} “${error.text}”: ${error.message}`),
    ];
    setReport([
      t('data.imported', { count: result.added + result.replaced }),
      ...(problems.length ? [t('data.importErrors', { count: problems.length }), ...problems.slice(0, 50)] : []),
    ]);
  };

  const exportAs = async (format: TransferFormat) => {
    const terms = await listCustomTerms(db);
    download(`listinglint-terms.${format}`, exportCustomTerms(terms, format), format === 'json' ? 'application/json' : 'text/plain');
  };
  return (
    <div className="buttons">
      <label>
        {t('data.import')}{' '}
        <input
          type="file"
          accept=".json,.csv,.tsv,.txt,.xlsx,.xls"
          data-testid="custom-terms-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) readFile(file).catch((error: unknown) => onError(errorText(error)));
            event.target.value = '';
          }}
        />
      </label>
      {(['json', 'csv', 'txt'] as const).map((format) => (
        <button key={format} type="button" onClick={() => void exportAs(format)}>
          {t('data.export')} {format.toUpperCase()}
        </button>
      ))}
      {pending && (
        <div data-testid="custom-terms-pending">
          <p data-testid="custom-terms-source">
            {pending.label} · {t('terms.parsed', { count: pending.parsed.terms.length })}：
            {pending.parsed.terms
              .slice(0, 8)
              .map((term) => term.text)
              .join('、')}
          </p>
          <button
            type="button"
            data-testid="custom-terms-import"
            disabled={progress !== null || pending.parsed.terms.length === 0}
            onClick={() =>
              importPending().catch((error: unknown) => {
                setProgress(null);
                onError(errorText(error));
              })
            }
          >
            {t('terms.importCount', { count: pending.parsed.terms.length })}
          </button>
        </div>
      )}
      {progress && (
        <progress data-testid="custom-terms-progress" max={progress.total} value={progress.done}>
          {t('terms.progress', progress)}
        </progress>
      )}
      {report.length > 0 && (
        <ul className="report" data-testid="custom-terms-report">
          {report.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
