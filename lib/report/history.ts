import Papa from 'papaparse';
import type { ReviewRecord } from '../db/rows';
import { guardFormula } from './csv';
import { fieldLabel, formatTime, REPORT_LABELS, type ReportLocale } from './labels';

/** Decisions filed from a catalog review carry this prefix (and the listing ID) instead of a page URL. */
export const CATALOG_SOURCE = 'catalog:';

export interface HistoryFilter {
  decision?: ReviewRecord['decision'];
  /** Matches the term, listing, page, field label, context or note. */
  text?: string;
}

/** Where a decision was made: the listing (catalog) or the page, in the reviewer's words. */
export function decisionSource(record: Pick<ReviewRecord, 'pageUrl' | 'listing'>, catalogLabel: string): string {
  if (record.pageUrl.startsWith(CATALOG_SOURCE)) return record.listing ? `${catalogLabel} · ${record.listing}` : catalogLabel;
  return record.listing ? `${record.listing} · ${record.pageUrl}` : record.pageUrl;
}

export function filterHistory(records: readonly ReviewRecord[], filter: HistoryFilter, locale: ReportLocale): ReviewRecord[] {
  const needle = filter.text?.trim().toLowerCase();
  return records.filter((r) => {
    if (filter.decision && r.decision !== filter.decision) return false;
    if (!needle) return true;
    return [r.term, r.listing, r.pageUrl, fieldLabel(r.field, locale), r.context, r.note].some((value) => value?.toLowerCase().includes(needle));
  });
}

/** The review history as CSV in the reader's language: time, decision, term, listing, field label, context, note. */
export function historyCsv(records: readonly ReviewRecord[], locale: ReportLocale, catalogLabel: string): string {
  const l = REPORT_LABELS[locale];
  const header = [l.time, l.decision, l.term, l.listing, l.field, l.context, l.note, l.reviewer];
  const body = records.map((r) =>
    [
      formatTime(r.decidedAt, locale),
      l.decisions[r.decision],
      r.term ?? '',
      decisionSource(r, catalogLabel),
      fieldLabel(r.field, locale),
      r.context ?? '',
      r.note,
      r.reviewer,
    ].map(guardFormula),
  );
  return '\uFEFF' + Papa.unparse([header, ...body], { newline: '\r\n', quotes: true });
}
