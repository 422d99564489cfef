import { useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { addCustomTerm, listCustomTerms, type ListingLintDB } from '@/lib/db';
import { exportCustomTerms, formatOfFile, parseCustomTerms, type TransferFormat } from '@/lib/lexicon/customTermsTransfer';
import { afterWrite, errorText } from './useDatabase';
import { download } from './download';

/** Import and export of the user's own terms as JSON, CSV or plain text; bad rows are listed, good rows kept. */
export function CustomTermsTransfer({ db, t, onError }: { db: ListingLintDB; t: Translate; onError: (message: string) => void }) {
  const [report, setReport] = useState<string[]>([]);
  const importFile = async (file: File) => {
    const parsed = parseCustomTerms(await file.text(), formatOfFile(file.name));
    const problems = parsed.errors.map((error) => `${error.line}: ${error.message}`);
    let added = 0;
    await afterWrite(
      (async () => {
        for (const [index, term] of parsed.terms.entries()) {
          try {
            await addCustomTerm(db, term);
            added += 1;
          } catch (error) {
            problems.push(`#${index + 1} “${term.text}”: ${errorText(error)}`);
          }
        }
      })(),
    );
    setReport([t('data.imported', { count: added }), ...(problems.length ? [t('data.importErrors', { count: problems.length }), ...problems] : [])]);
  };
  const exportAs = async (format: TransferFormat) => {
    const terms = await listCustomTerms(db);
    download(`listinglint-terms.${format}`, exportCustomTerms(terms, format), format === 'json' ? 'application/json' : 'text/plain');
  };
  return (
    <div className="buttons">
      <label>
        {t('data.import')} <input type="file" accept=".json,.csv,.tsv,.txt" data-testid="custom-terms-file" onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) importFile(file).catch((error: unknown) => onError(errorText(error)));
          event.target.value = '';
        }} />
      </label>
      {(['json', 'csv', 'txt'] as const).map((format) => (
        <button key={format} type="button" onClick={() => void exportAs(format)}>{t('data.export')} {format.toUpperCase()}</button>
      ))}
      {report.length > 0 && <ul className="report" data-testid="custom-terms-report">{report.map((line, i) => <li key={i}>{line}</li>)}</ul>}
    </div>
  );
}
