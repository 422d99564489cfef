import { decodeText, FileReadError, type DetectedEncoding } from './decode';
import { parseDelimited, type Delimiter, type TableRow } from './delimited';
import { readSpreadsheet, spreadsheetFormat, type SpreadsheetFormat } from './spreadsheet';

/** Where a table came from: a text file (its encoding and delimiter) or a workbook sheet. */
export type TableSource =
  { kind: 'text'; encoding: DetectedEncoding; delimiter: Delimiter } | { kind: 'sheet'; format: SpreadsheetFormat; sheets: string[]; sheet: string };

export interface FileTable {
  rows: TableRow[];
  source: TableSource;
  errors: { line: number; message: string }[];
}

/**
 * The one reader for every tabular import (catalog, keyword list, custom terms): a workbook by its
 * magic bytes, else text in the detected encoding split by the detected delimiter. Throws FileReadError.
 */
export async function readTable(bytes: Uint8Array, fileName = '', options: { sheet?: string } = {}): Promise<FileTable> {
  const format = spreadsheetFormat(bytes, fileName);
  if (format) {
    const sheet = await readSpreadsheet(bytes, format, options.sheet);
    return { rows: sheet.rows, source: { kind: 'sheet', format, sheets: sheet.sheets, sheet: sheet.sheet }, errors: [] };
  }
  if (options.sheet !== undefined) throw new FileReadError('sheet', `--sheet applies to workbooks (.xlsx, .xls); ${fileName || 'this file'} is text`);
  const { text, encoding } = decodeText(bytes);
  const table = parseDelimited(text);
  return { rows: table.rows, source: { kind: 'text', encoding, delimiter: table.delimiter }, errors: table.errors };
}

/** Plain text of a file in its detected encoding (for JSON and one-term-per-line imports). */
export function readText(bytes: Uint8Array): { text: string; encoding: DetectedEncoding } {
  return decodeText(bytes);
}
