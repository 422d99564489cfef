import Papa from 'papaparse';
import type { RowAudit } from '../batch/auditCatalog';
import { fieldLabel, formatTime, groupLabel, REPORT_LABELS, type ReportLocale } from './labels';
import { findingLines, termOf, type ReportDecision } from './lines';

/** Spreadsheet cells starting with these run as formulas in Excel; prefix them so they stay text. */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV with a BOM so Excel reads UTF-8; every header in the report's language, no raw rule ids. */
export function toCsv(results: readonly RowAudit[], decisions: ReadonlyMap<string, ReportDecision> = new Map(), locale: ReportLocale = 'zh-CN'): string {
  const l = REPORT_LABELS[locale];
  const header = [
    l.row,
    l.id,
    l.listingTitle,
    l.field,
    l.severity,
    l.category,
    l.term,
    l.match,
    l.start,
    l.end,
    l.context,
    l.message,
    l.basis,
    l.suggestion,
    l.decision,
    l.note,
    l.reviewer,
    l.time,
  ];
  const body = findingLines(results, decisions).map((line) =>
    [
      String(line.row),
      line.listing.id ?? '',
      line.listing.title ?? '',
      fieldLabel(line.column, locale),
      l.severities[line.finding.severity],
      groupLabel(line.finding.category ?? line.finding.ruleId, locale),
      line.finding.category ? termOf(line.finding) : '',
      line.finding.match,
      String(line.finding.start),
      String(line.finding.end),
      `${line.before}【${line.finding.match}】${line.after}`,
      line.finding.message,
      line.finding.basis ?? '',
      line.finding.suggestions[0] ?? '',
      line.decision ? l.decisions[line.decision.decision] : '',
      line.decision?.note ?? '',
      line.decision?.reviewer ?? '',
      line.decision?.decidedAt ? formatTime(line.decision.decidedAt, locale) : '',
    ].map(guardFormula),
  );
  return '\uFEFF' + Papa.unparse([header, ...body], { newline: '\r\n', quotes: true });
}
