import type { ListingName, RowAudit } from '../batch/auditCatalog';
import { DECISIONS, type Decision } from '../db/rows';
import { SEVERITIES, type Severity } from '../types';
import { findingGroup } from './labels';
import { termOf, type FindingLine } from './lines';

export interface GroupCount {
  group: string;
  counts: Record<Severity, number>;
  total: number;
}

export interface TermCount {
  term: string;
  group: string;
  severity: Severity;
  count: number;
  listings: number;
  basis?: string;
  suggestion?: string;
}

export interface ListingCount {
  row: number;
  listing: ListingName;
  counts: Record<Severity, number>;
}

/** What a report shows before any finding: totals, groups, top terms, worst listings, decisions. */
export interface CatalogSummary {
  rows: number;
  rowsWithFindings: number;
  rowsWithErrors: number;
  findings: number;
  bySeverity: Record<Severity, number>;
  byGroup: GroupCount[];
  topTerms: TermCount[];
  topListings: ListingCount[];
  byDecision: Record<Decision | 'undecided', number>;
}

const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, info: 0 });
const weight = (c: Record<Severity, number>) => c.error * 1_000_000 + c.warning * 1_000 + c.info;

export function summarizeCatalog(results: readonly RowAudit[], lines: readonly FindingLine[], top = 10): CatalogSummary {
  const bySeverity = zero();
  const groups = new Map<string, Record<Severity, number>>();
  const terms = new Map<string, TermCount & { rows: Set<number> }>();
  const byDecision = { undecided: 0, ...Object.fromEntries(DECISIONS.map((d) => [d, 0])) } as Record<Decision | 'undecided', number>;
  for (const line of lines) {
    const { finding } = line;
    bySeverity[finding.severity] += 1;
    const group = findingGroup(finding);
    const counts = groups.get(group) ?? zero();
    counts[finding.severity] += 1;
    groups.set(group, counts);
    byDecision[line.decision?.decision ?? 'undecided'] += 1;
    if (!finding.category) continue; // title-rule findings (length, keywords) are not terms
    const term = termOf(finding);
    const entry = terms.get(term) ?? {
      term,
      group,
      severity: finding.severity,
      count: 0,
      listings: 0,
      rows: new Set<number>(),
      basis: finding.basis,
      suggestion: finding.suggestions[0],
    };
    entry.count += 1;
    entry.rows.add(line.row);
    terms.set(term, entry);
  }
  const byGroup = [...groups]
    .map(([group, counts]) => ({ group, counts, total: SEVERITIES.reduce((sum, s) => sum + counts[s], 0) }))
    .sort((a, b) => b.total - a.total || a.group.localeCompare(b.group));
  const topTerms = [...terms.values()]
    .map(({ rows, ...entry }) => ({ ...entry, listings: rows.size }))
    .sort((a, b) => b.count - a.count || a.term.localeCompare(b.term))
    .slice(0, top);
  const topListings = results
    .filter((r) => r.counts.error > 0)
    .sort((a, b) => weight(b.counts) - weight(a.counts) || a.row - b.row)
    .slice(0, top)
    .map((r) => ({ row: r.row, listing: r.listing, counts: r.counts }));
  return {
    rows: results.length,
    rowsWithFindings: results.filter((r) => r.cells.some((c) => c.findings.length > 0)).length,
    rowsWithErrors: results.filter((r) => r.counts.error > 0).length,
    findings: lines.length,
    bySeverity,
    byGroup,
    topTerms,
    topListings,
    byDecision,
  };
}
