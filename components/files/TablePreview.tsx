import type { Translate } from '@/lib/i18n';
import type { TableRow } from '@/lib/files/delimited';

const PREVIEW_ROWS = 5;
const CHOSEN = { background: '#e8f0fe', fontWeight: 600 } as const;

/** The header row and the first rows as the importer will see them; the columns it uses are highlighted. */
export function TablePreview({
  t,
  testId,
  rows,
  headerIndex,
  used,
}: {
  t: Translate;
  testId: string;
  rows: readonly TableRow[];
  headerIndex: number;
  used: readonly number[];
}) {
  const header = rows[headerIndex];
  if (!header) return null;
  const body = rows.slice(headerIndex + 1, headerIndex + 1 + PREVIEW_ROWS);
  const width = Math.max(header.cells.length, ...body.map((r) => r.cells.length));
  const columns = Array.from({ length: width }, (_, i) => i);
  const cellStyle = (i: number) => (used.includes(i) ? CHOSEN : undefined);
  return (
    <div data-testid={`${testId}-preview`}>
      <p className="hint">{t('files.preview', { line: header.line, count: body.length })}</p>
      <table className="data preview">
        <thead>
          <tr>
            <th>#</th>
            {columns.map((i) => (
              <th key={i} style={cellStyle(i)}>
                {header.cells[i] ?? ''}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((row) => (
            <tr key={row.line}>
              <td>{row.line}</td>
              {columns.map((i) => (
                <td key={i} style={cellStyle(i)}>
                  {row.cells[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
