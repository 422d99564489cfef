import { checkText } from '../compliance';
import type { FieldRole } from '../lexicon/schema';
import { auditTitle } from '../title/audit';
import { SEVERITIES, type Finding, type Platform, type Severity } from '../types';
import type { ColumnChoice } from './catalog';

export interface CellAudit {
  column: string;
  role: FieldRole;
  text: string;
  findings: Finding[];
}

export interface RowAudit {
  /** 1-based data row (the header is row 0). */
  row: number;
  cells: CellAudit[];
  title?: { score: number; length: number; limit: number; over: boolean };
  counts: Record<Severity, number>;
}

/** Batched so a chunk of rows costs one read and one write, not one per cell. */
export interface AuditCache {
  getMany(keys: readonly string[]): Promise<ReadonlyMap<string, { findings: Finding[] }>>;
  putMany(entries: readonly { key: string; findings: Finding[] }[]): Promise<void>;
}

export interface CatalogAuditOptions {
  columns: ColumnChoice;
  platform: Platform;
  locale?: 'zh-CN' | 'en';
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  cache?: AuditCache;
  /** Makes a cache key from the cell; the storage layer supplies a hash. */
  cacheKey?: (text: string, role: FieldRole, platform: Platform) => string;
}

export interface CatalogAudit {
  results: RowAudit[];
  cancelled: boolean;
  cacheHits: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Audits every row's chosen columns in chunks, yielding between chunks so progress shows and
 * cancel is prompt; a cancelled run returns the rows done so far.
 */
export async function auditCatalog(rows: readonly Record<string, string>[], options: CatalogAuditOptions): Promise<CatalogAudit> {
  const chunkSize = options.chunkSize ?? 200;
  const cells: { column: string; role: FieldRole }[] = [
    ...(options.columns.title ? [{ column: options.columns.title, role: 'title' as const }] : []),
    ...options.columns.sellingPoints.map((column) => ({ column, role: 'bullet' as const })),
    ...(options.columns.description ? [{ column: options.columns.description, role: 'description' as const }] : []),
  ];
  const results: RowAudit[] = [];
  let cacheHits = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    if (options.signal?.aborted) return { results, cancelled: true, cacheHits };
    const chunk = rows.slice(start, start + chunkSize).map((row, offset) => ({
      row: start + offset + 1,
      cells: cells.flatMap(({ column, role }) => {
        const text = row[column] ?? '';
        return text.trim() ? [{ column, role, text, key: options.cacheKey?.(text, role, options.platform) }] : [];
      }),
    }));
    const keys = chunk.flatMap((entry) => entry.cells.flatMap((cell) => (cell.key ? [cell.key] : [])));
    const cached = options.cache && keys.length > 0 ? await options.cache.getMany(keys) : new Map<string, { findings: Finding[] }>();
    const fresh = new Map<string, Finding[]>();
    for (const entry of chunk) {
      const audit: RowAudit = { row: entry.row, cells: [], counts: { error: 0, warning: 0, info: 0 } };
      for (const { column, role, text, key } of entry.cells) {
        const report = role === 'title' ? auditTitle(text, { platform: options.platform, locale: options.locale }) : undefined;
        if (report) audit.title = { score: report.score, length: report.length.value, limit: report.length.limit, over: report.length.value > report.length.limit };
        let findings = key ? (cached.get(key)?.findings ?? fresh.get(key)) : undefined;
        if (findings) cacheHits += 1;
        else {
          findings = report ? report.findings : checkText(text, { platform: options.platform, field: role, locale: options.locale });
          if (key) fresh.set(key, findings);
        }
        for (const finding of findings) audit.counts[finding.severity] += 1;
        audit.cells.push({ column, role, text, findings });
      }
      results.push(audit);
    }
    if (options.cache && fresh.size > 0) await options.cache.putMany([...fresh].map(([key, findings]) => ({ key, findings })));
    options.onProgress?.(results.length, rows.length);
    await yieldToEventLoop();
  }
  return { results, cancelled: false, cacheHits };
}

export interface CatalogSummary {
  rows: number;
  rowsWithErrors: number;
  bySeverity: Record<Severity, number>;
  /** Category (or title rule id) → counts per severity, for the chart. */
  byCategory: Record<string, Record<Severity, number>>;
}

export function summarize(results: readonly RowAudit[]): CatalogSummary {
  const summary: CatalogSummary = { rows: results.length, rowsWithErrors: 0, bySeverity: { error: 0, warning: 0, info: 0 }, byCategory: {} };
  for (const result of results) {
    if (result.counts.error > 0) summary.rowsWithErrors += 1;
    for (const cell of result.cells)
      for (const finding of cell.findings) {
        summary.bySeverity[finding.severity] += 1;
        const bucket = (summary.byCategory[finding.category ?? finding.ruleId] ??= { error: 0, warning: 0, info: 0 });
        bucket[finding.severity] += 1;
      }
  }
  return summary;
}

export type SortKey = 'row' | 'errors' | 'score';

export function sortResults(results: readonly RowAudit[], by: SortKey): RowAudit[] {
  const weight = (r: RowAudit) => r.counts.error * 1_000_000 + r.counts.warning * 1_000 + r.counts.info;
  return [...results].sort((a, b) => (by === 'row' ? a.row - b.row : by === 'errors' ? weight(b) - weight(a) || a.row - b.row : (a.title?.score ?? 101) - (b.title?.score ?? 101) || a.row - b.row));
}

export function filterResults(results: readonly RowAudit[], filter: { severity?: Severity; category?: string; text?: string }): RowAudit[] {
  return results.filter((result) => {
    const findings = result.cells.flatMap((cell) => cell.findings);
    if (filter.severity && !findings.some((f) => f.severity === filter.severity)) return false;
    if (filter.category && !findings.some((f) => (f.category ?? f.ruleId) === filter.category)) return false;
    if (filter.text && !result.cells.some((cell) => cell.text.includes(filter.text!))) return false;
    return true;
  });
}

export { SEVERITIES };
