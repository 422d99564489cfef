import Papa from 'papaparse';

/** One row of a table read from a file: its 1-based line (CSV) or row number (sheet), and its cells. */
export interface TableRow {
  line: number;
  cells: string[];
}

export type Delimiter = ',' | '\t' | ';' | '|';
const DELIMITERS: readonly Delimiter[] = ['\t', ',', ';', '|'];

/**
 * The delimiter that appears on the most of the first non-empty lines (tab first on ties: Excel's
 * "Unicode text" is tab-separated, and TSV numbers may carry thousands commas such as "8,600").
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .slice(0, 1 << 16)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 30);
  let best: Delimiter = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = lines.filter((l) => l.includes(d)).length;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export interface DelimitedTable {
  rows: TableRow[];
  delimiter: Delimiter;
  /** Quote problems Papa reported, by line. */
  errors: { line: number; message: string }[];
}

/** Parses decoded CSV/TSV text; blank rows are dropped but line numbers stay those of the file. */
export function parseDelimited(input: string, delimiter: Delimiter = detectDelimiter(input)): DelimitedTable {
  const text = input.replace(/^\ufeff/, '');
  const starts = lineStarts(text);
  const rows: TableRow[] = [];
  const errors: DelimitedTable['errors'] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter,
    step(result) {
      const line = lineOf(starts, rowStart);
      rowStart = result.meta.cursor;
      for (const error of result.errors) errors.push({ line, message: error.message });
      const cells = result.data.map((c) => String(c));
      if (cells.every((c) => c.trim() === '')) return;
      rows.push({ line, cells });
    },
  });
  return { rows, delimiter, errors };
}
