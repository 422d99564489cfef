import { auditField, type FieldAuditOptions } from '../audit/auditField';
import type { FieldRole } from '../lexicon/schema';
import { SEVERITIES, type Finding, type Platform, type Severity } from '../types';
import type { ColumnChoice } from './catalog';
import type { ListingColumns } from './listingColumns';

export interface CellAudit {
  column: string;
  role: FieldRole;
  text: string;
  findings: Finding[];
}

/** How a report names a listing: its product ID and title, when the catalog has them. */
export interface ListingName {
  id?: string;
  title?: string;
}

export interface RowAudit {
  /** 1-based data row (the header is row 0). */
  row: number;
  listing: ListingName;
  category?: string;
  cells: CellAudit[];
  title?: { score: number; length: number; limit: number; over: boolean };
  counts: Record<Severity, number>;
}

/** Batched so a chunk of rows costs one read and one write, not one per cell. */
export interface AuditCache {
  getMany(keys: readonly string[]): Promise<ReadonlyMap<string, { findings: Finding[] }>>;
  putMany(entries: readonly { key: string; findings: Finding[] }[]): Promise<void>;
}

export type CatalogColumns = ColumnChoice & ListingColumns;

export interface CatalogAuditOptions {
  columns: CatalogColumns;
  platform: Platform;
  locale?: 'zh-CN' | 'en';
  /** The user's allowlist, own terms, keywords and subscribed lexicons: the overlay's context. */
  context?: Pick<FieldAuditOptions, 'allow' | 'customTerms' | 'keywords'> & { lexicons?: FieldAuditOptions['extraLexicons'] };
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
  cache?: AuditCache;
  /** Makes a cache key from the cell; the storage layer supplies a hash (and folds in the context). */
  cacheKey?: (text: string, role: FieldRole, platform: Platform, category: string | undefined) => string;
}

export interface CatalogAudit {
  results: RowAudit[];
  cancelled: boolean;
  cacheHits: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const cellValue = (row: Record<string, string>, column: string | undefined) => (column ? (row[column] ?? '').trim() || undefined : undefined);

/**
 * Audits every row's chosen columns through the one field audit (auditField) in chunks, yielding
 * between chunks so progress shows and cancel is prompt; a cancelled run returns the rows done so far.
 */
export async function auditCatalog(rows: readonly Record<string, string>[], options: CatalogAuditOptions): Promise<CatalogAudit> {
  const chunkSize = options.chunkSize ?? 200;
  const { columns, context } = options;
  const cells: { column: string; role: FieldRole }[] = [
    ...(columns.title ? [{ column: columns.title, role: 'title' as const }] : []),
    ...columns.sellingPoints.map((column) => ({ column, role: 'bullet' as const })),
    ...(columns.description ? [{ column: columns.description, role: 'description' as const }] : []),
  ];
  const results: RowAudit[] = [];
  let cacheHits = 0;
  for (let start = 0; start < rows.length; start += chunkSize) {
    if (options.signal?.aborted) return { results, cancelled: true, cacheHits };
    const chunk = rows.slice(start, start + chunkSize).map((row, offset) => {
      const category = cellValue(row, columns.category);
      return {
        row: start + offset + 1,
        listing: { id: cellValue(row, columns.id), title: cellValue(row, columns.title) },
        category,
        cells: cells.flatMap(({ column, role }) => {
          const text = row[column] ?? '';
          return text.trim() ? [{ column, role, text, key: options.cacheKey?.(text, role, options.platform, category) }] : [];
        }),
      };
    });
    const keys = chunk.flatMap((entry) => entry.cells.flatMap((cell) => (cell.key ? [cell.key] : [])));
    const cached = options.cache && keys.length > 0 ? await options.cache.getMany(keys) : new Map<string, { findings: Finding[] }>();
    const fresh = new Map<string, Finding[]>();
    for (const entry of chunk) {
      const audit: RowAudit = { row: entry.row, listing: entry.listing, cells: [], counts: { error: 0, warning: 0, info: 0 } };
      if (entry.category) audit.category = entry.category;
      for (const { column, role, text, key } of entry.cells) {
        let findings = key ? (cached.get(key)?.findings ?? fresh.get(key)) : undefined;
        // The title meter numbers are cheap and not cached; the title audit runs when they are needed.
        if (findings && role !== 'title') cacheHits += 1;
        else {
          const result = auditField(text, {
            role,
            platform: options.platform,
            locale: options.locale,
            allow: context?.allow,
            customTerms: context?.customTerms,
            keywords: context?.keywords,
            extraLexicons: context?.lexicons,
            category: entry.category,
          });
          if (result.title)
            audit.title = {
              score: result.title.score,
              length: result.title.length.value,
              limit: result.title.length.limit,
              over: result.title.length.value > result.title.length.limit,
            };
          if (findings) cacheHits += 1;
          else {
            findings = result.findings;
            if (key) fresh.set(key, findings);
          }
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

export type SortKey = 'row' | 'errors' | 'score';

export function sortResults(results: readonly RowAudit[], by: SortKey): RowAudit[] {
  const weight = (r: RowAudit) => r.counts.error * 1_000_000 + r.counts.warning * 1_000 + r.counts.info;
  return [...results].sort((a, b) =>
    by === 'row'
      ? a.row - b.row
      : by === 'errors'
        ? weight(b) - weight(a) || a.row - b.row
        : (a.title?.score ?? 101) - (b.title?.score ?? 101) || a.row - b.row,
  );
}

export { SEVERITIES };
