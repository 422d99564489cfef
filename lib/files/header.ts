import type { TableRow } from './delimited';

const SCAN_ROWS = 30;

const filled = (row: TableRow) => row.cells.filter((c) => c.trim() !== '').length;
const numeric = (cell: string) => /^[\s\d.,%+\-¥$]+$/.test(cell) && /\d/.test(cell);

/**
 * Index of the header row. Reports from 生意参谋 and ERPs put metadata rows above it ("统计日期：…",
 * "终端：所有终端"). With `isKnownHeader`, the first row holding a cell it recognises wins; otherwise
 * the first row, among the first 30, that is nearly as wide as the widest row and has no numbers.
 */
export function findHeaderRow(rows: readonly TableRow[], isKnownHeader?: (cell: string) => boolean): number {
  const scan = rows.slice(0, SCAN_ROWS);
  if (isKnownHeader) {
    const known = scan.findIndex((row) => row.cells.some((cell) => isKnownHeader(cell)));
    if (known >= 0) return known;
  }
  const widest = Math.max(0, ...scan.map(filled));
  const at = scan.findIndex((row) => filled(row) >= Math.max(1, Math.ceil(widest * 0.6)) && !row.cells.some(numeric));
  return at >= 0 ? at : 0;
}

/** Header cells trimmed, empty ones named after their column, duplicates numbered: "卖点", "卖点 (2)". */
export function headerNames(cells: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = cell.trim() || `#${i + 1}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base} (${count})`;
  });
}
