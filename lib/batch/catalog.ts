import { parseDelimited, type TableRow } from '../files/delimited';
import { findHeaderRow, headerNames } from '../files/header';

/** A catalog export (CSV/TSV in any encoding, or a workbook sheet): header row, then one listing per row. */
export interface Catalog {
  columns: string[];
  rows: Record<string, string>[];
  errors: { line: number; message: string }[];
  /** Index of the header among the table's rows (metadata rows above it are skipped). */
  headerIndex?: number;
}

const TITLE = /^(标题|商品标题|宝贝标题|商品名称|title|item[_ ]?name|product[_ ]?title|name)$/i;
const SELLING = /(卖点|bullet|要点|selling|feature)/i;
const DESCRIPTION = /(描述|详情|description|detail|文案|copy)/i;

/** A catalog from table rows: the header is the first row naming a title column, else the first full-width row. Ragged rows are reported, not padded silently. */
export function catalogFromRows(table: readonly TableRow[]): Catalog {
  const headerIndex = findHeaderRow(table, (cell) => TITLE.test(cell.trim()));
  const header = table[headerIndex];
  if (!header) return { columns: [], rows: [], errors: [], headerIndex: 0 };
  const columns = headerNames(header.cells);
  const errors: Catalog['errors'] = [];
  const rows = table.slice(headerIndex + 1).map((row) => shapeRow(row, columns, errors));
  return { columns, rows, errors, headerIndex };
}

function shapeRow({ line, cells }: TableRow, columns: readonly string[], errors: Catalog['errors']): Record<string, string> {
  if (cells.length !== columns.length) errors.push({ line, message: `${cells.length} fields, the header has ${columns.length}` });
  return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
}

/**
 * The same catalog, shaped a slice of rows at a time with `pause()` between slices, so a page that
 * shapes 100k rows keeps answering input (one synchronous pass takes ~150–250 ms).
 */
export async function catalogFromRowsInSlices(table: readonly TableRow[], pause: () => Promise<void>, slice = 10_000): Promise<Catalog> {
  const headerIndex = findHeaderRow(table, (cell) => TITLE.test(cell.trim()));
  const header = table[headerIndex];
  if (!header) return { columns: [], rows: [], errors: [], headerIndex: 0 };
  const columns = headerNames(header.cells);
  const errors: Catalog['errors'] = [];
  const rows: Record<string, string>[] = [];
  for (let at = headerIndex + 1; at < table.length; at += slice) {
    for (const row of table.slice(at, at + slice)) rows.push(shapeRow(row, columns, errors));
    await pause();
  }
  return { columns, rows, errors, headerIndex };
}

/** A catalog from decoded CSV text. */
export function parseCatalog(text: string): Catalog {
  const table = parseDelimited(text);
  const catalog = catalogFromRows(table.rows);
  return { ...catalog, errors: [...table.errors, ...catalog.errors] };
}

export interface ColumnChoice {
  title?: string;
  sellingPoints: string[];
  description?: string;
}

/** Proposes which columns hold the title, selling points and description, from their headers. */
export function guessColumns(columns: readonly string[]): ColumnChoice {
  return {
    title: columns.find((column) => TITLE.test(column.trim())),
    sellingPoints: columns.filter((column) => SELLING.test(column)),
    description: columns.find((column) => DESCRIPTION.test(column) && !SELLING.test(column)),
  };
}
