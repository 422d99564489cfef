import Papa from 'papaparse';
import { parseDelimited, type TableRow } from '../files/delimited';
import { findHeaderRow } from '../files/header';
import { LEXICON_COLUMNS } from './fromTable';
import type { Severity } from '../types';

/**
 * The user's own terms in and out of files: JSON (an array of terms, or a whole lexicon file),
 * CSV (text, severity, basis, suggestions separated by |) and plain text (one term per line).
 * Rows are only shaped here; the storage layer validates each one and reports the bad ones.
 */
export interface TransferTerm {
  text: string;
  severity?: Severity;
  basis?: string;
  suggestions?: string[];
}

export interface TransferImport {
  terms: TransferTerm[];
  errors: { line: number; message: string }[];
}

export type TransferFormat = 'json' | 'csv' | 'txt';

/** Workbooks (.xlsx, .xls…) are tables like CSV. */
export function formatOfFile(name: string): TransferFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (/\.(csv|tsv|xlsx|xlsm|xls|ods)$/.test(lower)) return 'csv';
  return 'txt';
}

const SEVERITIES = new Set(['error', 'warning', 'info']);

export function parseCustomTerms(content: string, format: TransferFormat): TransferImport {
  const text = content.replace(/^\uFEFF/, '');
  // Excel's "Unicode 文本" is a tab-separated table saved as .txt; a one-term-per-line list has no tabs.
  if (format === 'txt' && text.slice(0, 1 << 12).includes('\t')) return customTermsFromRows(parseDelimited(text).rows);
  if (format === 'txt') {
    const terms = text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => ({ text: line }));
    return { terms, errors: [] };
  }
  if (format === 'json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return { terms: [], errors: [{ line: 1, message: `not valid JSON: ${(error as Error).message}` }] };
    }
    const list = Array.isArray(data) ? data : (data as { terms?: unknown })?.terms;
    if (!Array.isArray(list)) return { terms: [], errors: [{ line: 1, message: 'expected an array of terms or a lexicon with "terms"' }] };
    const terms: TransferTerm[] = [];
    const errors: TransferImport['errors'] = [];
    list.forEach((item: unknown, index) => {
      const row = typeof item === 'string' ? { text: item } : (item as Record<string, unknown>);
      if (!row || typeof row.text !== 'string' || !row.text.trim()) {
        errors.push({ line: index + 1, message: `term ${index + 1}: "text" is missing` });
        return;
      }
      terms.push(shape(row.text, row.severity, row.basis, Array.isArray(row.suggestions) ? row.suggestions.map(String) : undefined));
    });
    return { terms, errors };
  }
  return customTermsFromRows(parseDelimited(text).rows);
}

/** Terms from the rows of a table (CSV/TSV in any encoding, a workbook sheet): the columns of a lexicon table (text/词语, severity/级别, basis/依据, suggestions/建议 separated by |). */
export function customTermsFromRows(rows: readonly TableRow[]): TransferImport {
  const isText = (cell: string) => LEXICON_COLUMNS.text!.includes(cell.trim().toLowerCase());
  const headerAt = findHeaderRow(rows, isText);
  const header = (rows[headerAt]?.cells ?? []).map((h) => h.trim().toLowerCase());
  const col = (name: string) => header.findIndex((h) => (LEXICON_COLUMNS[name] ?? [name]).includes(h));
  const textCol = col('text');
  if (textCol < 0) return { terms: [], errors: [{ line: rows[headerAt]?.line ?? 1, message: `no "text" column; headers found: ${header.join(', ')}` }] };
  const terms: TransferTerm[] = [];
  const errors: TransferImport['errors'] = [];
  for (const { line, cells } of rows.slice(headerAt + 1)) {
    const value = (cells[textCol] ?? '').trim();
    if (!value) {
      if (cells.some((c) => c.trim() !== '')) errors.push({ line, message: 'the "text" column is empty' });
      continue;
    }
    const suggestions = cells[col('suggestions')];
    terms.push(shape(value, cells[col('severity')], cells[col('basis')], suggestions ? suggestions.split('|').map((s) => s.trim()) : undefined));
  }
  return { terms, errors };
}

function shape(text: string, severity: unknown, basis: unknown, suggestions: string[] | undefined): TransferTerm {
  return {
    text: text.trim(),
    ...(typeof severity === 'string' && SEVERITIES.has(severity.trim()) ? { severity: severity.trim() as Severity } : {}),
    ...(typeof basis === 'string' && basis.trim() ? { basis: basis.trim() } : {}),
    ...(suggestions ? { suggestions } : {}),
  };
}

export function exportCustomTerms(terms: readonly TransferTerm[], format: TransferFormat): string {
  if (format === 'txt') return terms.map((term) => term.text).join('\n') + '\n';
  if (format === 'json')
    return JSON.stringify(
      terms.map(({ text, severity, basis, suggestions }) => ({ text, severity, basis, suggestions })),
      null,
      2,
    );
  return (
    '\uFEFF' +
    Papa.unparse(
      terms.map((term) => ({ text: term.text, severity: term.severity ?? '', basis: term.basis ?? '', suggestions: (term.suggestions ?? []).join('|') })),
    )
  );
}
