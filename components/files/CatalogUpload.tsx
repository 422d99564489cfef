import { useRef, useState } from 'react';
import type { Translate } from '@/lib/i18n';
import { catalogFromRowsInSlices, guessColumns, type Catalog } from '@/lib/batch/catalog';
import { FileTablePicker } from './FileTablePicker';
import { TablePreview } from './TablePreview';
import type { FileTable } from '@/lib/files/table';

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Catalog upload for the batch audit: any encoding or workbook, with a preview of the rows and the guessed columns. */
export function CatalogUpload({ t, onCatalog }: { t: Translate; onCatalog: (catalog: Catalog | null) => void }) {
  // Shaped once per file: 100k rows take ~150 ms, too long to repeat on every render.
  const [loaded, setLoaded] = useState<{ table: FileTable; catalog: Catalog } | null>(null);
  const reads = useRef(0);
  const table = loaded?.table;
  const catalog = loaded?.catalog;
  const guess = catalog ? guessColumns(catalog.columns) : null;
  const used =
    catalog && guess
      ? [guess.title, ...guess.sellingPoints, guess.description].filter((c): c is string => c !== undefined).map((c) => catalog.columns.indexOf(c))
      : [];
  return (
    <div data-testid="catalog-upload">
      <FileTablePicker
        t={t}
        testId="batch"
        label={t('batch.fileAny')}
        onTable={(picked) => {
          const read = ++reads.current;
          setLoaded(null);
          onCatalog(null);
          if (!picked) return;
          void catalogFromRowsInSlices(picked.table.rows, nextTask).then((catalog) => {
            if (read !== reads.current) return;
            setLoaded({ table: picked.table, catalog });
            // The audit only starts on "start", so the preview stands next to the column choice until then.
            onCatalog(catalog);
          });
        }}
      />
      {table && catalog && (
        <>
          <TablePreview t={t} testId="batch" rows={table.rows} headerIndex={catalog.headerIndex ?? 0} used={used} />
          {catalog.errors.length > 0 && (
            <p className="error" data-testid="batch-ragged">
              {t('files.ragged', {
                count: catalog.errors.length,
                lines: catalog.errors
                  .slice(0, 10)
                  .map((e) => e.line)
                  .join(', '),
              })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
