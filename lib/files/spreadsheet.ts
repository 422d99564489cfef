import type { TableRow } from './delimited';
import { FileReadError } from './decode';

/**
 * .xlsx / .xls (BIFF8) / .ods / Excel-HTML through SheetJS, imported lazily so that only the pages that
 * read a workbook load it (the dashboard, the batch worker, the CLI) — never the content script.
 */
export type SpreadsheetFormat = 'xlsx' | 'xls' | 'ods' | 'html';

export interface SheetTable {
  format: SpreadsheetFormat;
  sheets: string[];
  sheet: string;
  rows: TableRow[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The workbook format by its magic bytes, or by name for HTML tables that ERPs save as ".xls". */
export function spreadsheetFormat(bytes: Uint8Array, fileName = ''): SpreadsheetFormat | undefined {
  const lower = fileName.toLowerCase();
  if (startsWith(bytes, ZIP)) return lower.endsWith('.ods') ? 'ods' : 'xlsx';
  if (startsWith(bytes, OLE2)) return 'xls';
  if (/\.(xls|xlsx)$/.test(lower)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
    if (head.startsWith('<')) return 'html';
  }
  return undefined;
}

type XLSXModule = typeof import('@e965/xlsx');
type WorkSheet = import('@e965/xlsx').WorkSheet;

let loading: Promise<XLSXModule> | undefined;
const loadXlsx = () => (loading ??= import('@e965/xlsx'));

function sheetRows(XLSX: XLSXModule, sheet: WorkSheet): TableRow[] {
  if (!sheet['!ref']) return [];
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const grid = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: false, defval: '', blankrows: true });
  // A merged cell holds its value in the top-left cell only; every cell it covers shows it.
  for (const merge of sheet['!merges'] ?? []) {
    const value = grid[merge.s.r - range.s.r]?.[merge.s.c - range.s.c] ?? '';
    for (let r = merge.s.r; r <= merge.e.r; r++)
      for (let c = merge.s.c; c <= merge.e.c; c++) {
        const row = (grid[r - range.s.r] ??= []);
        while (row.length < c - range.s.c) row.push('');
        row[c - range.s.c] = value;
      }
  }
  const rows: TableRow[] = [];
  grid.forEach((cells, i) => {
    const text = cells.map((c) => (c == null ? '' : String(c)));
    if (text.some((c) => c.trim() !== '')) rows.push({ line: range.s.r + i + 1, cells: text });
  });
  return rows;
}

/** Reads one sheet: `sheet` by name, else the first one with data. */
export async function readSpreadsheet(bytes: Uint8Array, format: SpreadsheetFormat, sheet?: string): Promise<SheetTable> {
  const XLSX = await loadXlsx();
  let book;
  try {
    book = XLSX.read(bytes, { type: 'array', dense: true });
  } catch (error) {
    throw new FileReadError('spreadsheet', `cannot read the ${format} workbook: ${error instanceof Error ? error.message : String(error)}`);
  }
  const sheets = book.SheetNames;
  if (sheet !== undefined && !sheets.includes(sheet))
    throw new FileReadError('sheet', `no sheet "${sheet}"; sheets: ${sheets.map((s) => `"${s}"`).join(', ')}`, { sheet, sheets: sheets.join(', ') });
  const candidates = sheet !== undefined ? [sheet] : sheets;
  for (const name of candidates) {
    const ws = book.Sheets[name];
    const rows = ws ? sheetRows(XLSX, ws) : [];
    if (rows.length > 0 || sheet !== undefined) return { format, sheets, sheet: name, rows };
  }
  return { format, sheets, sheet: sheets[0] ?? '', rows: [] };
}
