import { z } from 'zod';
import { fold } from '../title/fold';
import { parseDelimited, type TableRow } from '../files/delimited';
import { findHeaderRow } from '../files/header';

/**
 * Keyword lists exported from research tools (生意参谋, Helium 10 Cerebro, Amazon Brand Analytics,
 * a spreadsheet saved as CSV/TSV). Headers are matched flexibly; bad rows are reported by line and
 * the good rows kept.
 *
 * Rank is not volume: Amazon's "Search Frequency Rank" is 1 for the most searched term. It is kept
 * as `rank` (lower = more searched) and never copied into `volume`; consumers sort by volume first,
 * then rank, and weight keywords without any volume equally.
 */
export const keywordRowSchema = z
  .object({
    keyword: z.string().trim().min(1, 'keyword is empty').max(200, 'keyword is longer than 200 characters'),
    volume: z.number().finite().nonnegative('volume must not be negative').nullable(),
    rank: z.number().int().positive('rank must be a positive integer').optional(),
  })
  .strict();

export type KeywordRow = z.output<typeof keywordRowSchema>;

export interface KeywordImportError {
  /** 1-based line in the file (the line the row starts on). */
  line: number;
  message: string;
}

export interface KeywordImport {
  rows: KeywordRow[];
  errors: KeywordImportError[];
  /** The header cells that were used, when a header was found. */
  columns?: { keyword: string; volume?: string; rank?: string };
  /** Where the header is among the rows given, and the indexes of the columns used (for previews). */
  header?: { index: number; used: number[] };
}

const squash = (header: string): string => fold(header).replace(/[\s_\-()（）:：]/g, '');

const KEYWORD_HEADERS = [
  'keyword',
  'keywords',
  'keywordphrase',
  'searchterm',
  'searchterms',
  'searchquery',
  'query',
  '关键词',
  '关键字',
  '搜索词',
  '搜索关键词',
  '热搜词',
  '长尾词',
  '词',
].map(squash);
const VOLUME_HEADERS = [
  'volume',
  'searchvolume',
  'monthlysearchvolume',
  'exactsearchvolume',
  'searchfrequency',
  'searches',
  '搜索人气',
  '搜索量',
  '搜索指数',
  '搜索次数',
  '月搜索量',
  '搜索热度',
  '热度',
].map(squash);
const RANK_HEADERS = ['searchfrequencyrank', 'sfr', 'rank', '搜索排名', '排名'].map(squash);

function findColumn(headers: string[], wanted: string[]): number {
  const squashed = headers.map(squash);
  for (const name of wanted) {
    const at = squashed.indexOf(name);
    if (at >= 0) return at;
  }
  return -1;
}

const EMPTY_VALUE = new Set(['', '-', '--', 'n/a', 'na', 'null', '—']);

/** "12,345" → 12345, "1.2万" → 12000, "3.4k" → 3400, "-" → null; a string is an error message. */
export function parseVolume(raw: string): number | null | string {
  const cleaned = fold(raw)
    .replace(/[\s,，]/g, '')
    .replace(/^[<>≈~≥≤]+/, '');
  if (EMPTY_VALUE.has(cleaned)) return null;
  const m = /^(\d+(?:\.\d+)?)(万|w|k|千|亿)?$/.exec(cleaned);
  if (!m) return `volume "${raw.trim()}" is not a number`;
  const factor = { 万: 1e4, w: 1e4, k: 1e3, 千: 1e3, 亿: 1e8 }[m[2] ?? ''] ?? 1;
  return Math.round(Number(m[1]) * factor);
}

/** A keyword list from decoded CSV/TSV text. */
export function parseKeywordCsv(input: string): KeywordImport {
  return keywordsFromRows(parseDelimited(input).rows);
}

const isKeywordHeader = (cell: string) => KEYWORD_HEADERS.includes(squash(cell));

/** A keyword list from the rows of any table (CSV, TSV, a workbook sheet); metadata rows above the header are skipped. */
export function keywordsFromRows(records: readonly TableRow[]): KeywordImport {
  const headerAt = findHeaderRow(records, isKeywordHeader);
  if (!records[headerAt]?.cells.some(isKeywordHeader)) {
    const found = records[0]?.cells.map((c) => c.trim()).filter((c) => c !== '') ?? [];
    const message = found.length
      ? `no keyword column; headers found: ${found.join(', ')} (expected one of keyword, 关键词, 搜索词, Keyword Phrase, Search Term)`
      : 'the file is empty';
    return { rows: [], errors: [{ line: records[0]?.line ?? 1, message }] };
  }
  const header = records[headerAt]?.cells ?? [];
  const kCol = findColumn(header, KEYWORD_HEADERS);
  const vCol = findColumn(header, VOLUME_HEADERS);
  const rCol = findColumn(header, RANK_HEADERS);
  const columns: KeywordImport['columns'] = { keyword: header[kCol]?.trim() ?? '' };
  if (vCol >= 0) columns.volume = header[vCol]?.trim();
  if (rCol >= 0) columns.rank = header[rCol]?.trim();

  const errors: KeywordImportError[] = [];
  const byKey = new Map<string, KeywordRow>();
  for (const { cells, line } of records.slice(headerAt + 1)) {
    const volume = vCol >= 0 ? parseVolume(cells[vCol] ?? '') : null;
    if (typeof volume === 'string') {
      errors.push({ line, message: volume });
      continue;
    }
    let rank: number | undefined;
    if (rCol >= 0) {
      const r = parseVolume(cells[rCol] ?? '');
      if (typeof r === 'string') {
        errors.push({ line, message: r.replace('volume', 'rank') });
        continue;
      }
      rank = r ?? undefined;
    }
    const parsed = keywordRowSchema.safeParse({ keyword: cells[kCol] ?? '', volume, ...(rank !== undefined ? { rank } : {}) });
    if (!parsed.success) {
      errors.push({ line, message: parsed.error.issues.map((i) => i.message).join('; ') });
      continue;
    }
    const row = parsed.data;
    const key = fold(row.keyword);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, row);
      continue;
    }
    if (row.volume !== null && (seen.volume === null || row.volume > seen.volume)) seen.volume = row.volume;
    if (row.rank !== undefined && (seen.rank === undefined || row.rank < seen.rank)) seen.rank = row.rank;
  }
  return { rows: [...byKey.values()], errors, columns, header: { index: headerAt, used: [kCol, vCol, rCol].filter((i) => i >= 0) } };
}
