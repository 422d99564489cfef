import { readFile } from 'node:fs/promises';
import { keywordsFromRows, type KeywordImport } from './csv';
import { FileReadError } from '../files/decode';
import { readTable, type TableSource } from '../files/table';

/**
 * Node-only: read a keyword list file — CSV/TSV in any encoding the file reader detects, or a
 * workbook (`sheet` picks a sheet, else the first with data). Problems are error values, not throws.
 */
export async function readKeywordFile(path: string, options: { sheet?: string } = {}): Promise<(KeywordImport & { source: TableSource }) | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : 'unreadable';
    return { error: `cannot read keyword file ${path} (${code})` };
  }
  try {
    const table = await readTable(bytes, path, options);
    return { ...keywordsFromRows(table.rows), source: table.source };
  } catch (e) {
    if (e instanceof FileReadError) return { error: `${path}: ${e.message}` };
    throw e;
  }
}
