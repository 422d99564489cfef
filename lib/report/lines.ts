import type { CellAudit, ListingName, RowAudit } from '../batch/auditCatalog';
import type { Decision } from '../db/rows';
import type { Finding } from '../types';
import type { ReportLabels } from './labels';

/** A reviewer's decision on one finding, as reports show it. */
export interface ReportDecision {
  decision: Decision;
  note: string;
  reviewer?: string;
  decidedAt?: number;
}

/** Identifies a finding in a catalog: row, column, rule and span. */
export function findingKey(row: number, column: string, finding: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return `${row}|${column}|${finding.ruleId}|${finding.start}|${finding.end}`;
}

/** One finding with the listing and field it is in, its context and its decision. */
export interface FindingLine {
  key: string;
  row: number;
  listing: ListingName;
  category?: string;
  /** The listing's title meter figures, when it has a title column. */
  title?: RowAudit['title'];
  column: string;
  cell: CellAudit;
  finding: Finding;
  before: string;
  after: string;
  decision?: ReportDecision;
}

const CONTEXT = 20;

/** The finding with some text either side, the match in 【】, as the history and CSV show it. */
export function findingContext(text: string, finding: Pick<Finding, 'start' | 'end'>, context = CONTEXT): string {
  return `${text.slice(Math.max(0, finding.start - context), finding.start)}【${text.slice(finding.start, finding.end)}】${text.slice(finding.end, finding.end + context)}`.slice(
    0,
    400,
  );
}

export function findingLines(results: readonly RowAudit[], decisions: ReadonlyMap<string, ReportDecision> = new Map(), context = CONTEXT): FindingLine[] {
  return results.flatMap((result) =>
    result.cells.flatMap((cell) =>
      cell.findings.map((finding) => {
        const key = findingKey(result.row, cell.column, finding);
        return {
          key,
          row: result.row,
          listing: result.listing,
          ...(result.category ? { category: result.category } : {}),
          ...(result.title ? { title: result.title } : {}),
          column: cell.column,
          cell,
          finding,
          before: cell.text.slice(Math.max(0, finding.start - context), finding.start),
          after: cell.text.slice(finding.end, finding.end + context),
          decision: decisions.get(key),
        };
      }),
    ),
  );
}

/** How a report names a listing: its product ID (or row number when the catalog has none). */
export function listingId(listing: ListingName, row: number, l: ReportLabels): string {
  return listing.id ?? `${l.row} ${row}`;
}

/** The listing's ID and title, the title shortened, for one-line headings. */
export function listingHeading(listing: ListingName, row: number, l: ReportLabels, titleLength = 40): string {
  const title = listing.title ? (listing.title.length > titleLength ? `${listing.title.slice(0, titleLength)}…` : listing.title) : '';
  return [listingId(listing, row, l), title].filter(Boolean).join(' · ');
}

/** The term a finding counts under: the canonical lexicon term, else the matched text. */
export const termOf = (finding: Pick<Finding, 'term' | 'match'>) => finding.term ?? finding.match;
