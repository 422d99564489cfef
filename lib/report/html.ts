import type { RowAudit } from '../batch/auditCatalog';
import { SEVERITIES } from '../types';
import { chartSvg, escapeHtml as e, SEVERITY_COLORS } from './chartSvg';
import { fieldLabel, formatTime, groupLabel, REPORT_LABELS, type ReportLabels, type ReportLocale } from './labels';
import { findingLines, listingHeading, listingId, type FindingLine, type ReportDecision } from './lines';
import { summarizeCatalog, type CatalogSummary } from './summary';

export interface HtmlReportOptions {
  locale?: ReportLocale;
  generatedAt?: Date;
  /** One listing per printed page with full messages, instead of compact tables. */
  onePerPage?: boolean;
  /** For the date line; defaults to the reader's zone. */
  timeZone?: string;
}

const decisionCell = (line: FindingLine, l: ReportLabels) =>
  line.decision ? `${e(l.decisions[line.decision.decision])}${line.decision.note ? `<br><small>${e(line.decision.note)}</small>` : ''}` : '';
const contextCell = (line: FindingLine) => `${e(line.before)}<mark>${e(line.finding.match)}</mark>${e(line.after)}`;

function summaryHtml(s: CatalogSummary, l: ReportLabels, locale: ReportLocale): string {
  const totals = `<table class="totals"><tr><th>${e(l.rows)}</th><th>${e(l.rowsWithFindings)}</th><th>${e(l.rowsWithErrors)}</th><th>${e(l.findings)}</th>${SEVERITIES.map((sev) => `<th>${e(l.severities[sev])}</th>`).join('')}<th>${e(l.decided)}</th></tr>
<tr><td>${s.rows}</td><td>${s.rowsWithFindings}</td><td>${s.rowsWithErrors}</td><td>${s.findings}</td>${SEVERITIES.map((sev) => `<td>${s.bySeverity[sev]}</td>`).join('')}<td>${s.findings - s.byDecision.undecided}</td></tr></table>`;
  const decisions = `<table class="decisions"><tr>${Object.values(l.decisions)
    .map((d) => `<th>${e(d)}</th>`)
    .join(
      '',
    )}<th>${e(l.undecided)}</th></tr><tr><td>${s.byDecision.confirmed}</td><td>${s.byDecision.accepted}</td><td>${s.byDecision['false-positive']}</td><td>${s.byDecision.undecided}</td></tr></table>`;
  const terms = s.topTerms.length
    ? `<h3>${e(l.topTerms)}</h3><table class="terms"><tr><th>${e(l.term)}</th><th>${e(l.category)}</th><th>${e(l.count)}</th><th>${e(l.rows)}</th><th>${e(l.basis)}</th><th>${e(l.suggestion)}</th></tr>${s.topTerms.map((t) => `<tr><td>${e(t.term)}</td><td>${e(groupLabel(t.group, locale))}</td><td>${t.count}</td><td>${t.listings}</td><td>${e(t.basis ?? '')}</td><td>${e(t.suggestion ?? '')}</td></tr>`).join('')}</table>`
    : '';
  const listings = s.topListings.length
    ? `<h3>${e(l.topListings)}</h3><table><tr><th>${e(l.id)}</th><th>${e(l.listingTitle)}</th>${SEVERITIES.map((sev) => `<th>${e(l.severities[sev])}</th>`).join('')}</tr>${s.topListings.map((r) => `<tr><td>${e(listingId(r.listing, r.row, l))}</td><td>${e(r.listing.title ?? '')}</td>${SEVERITIES.map((sev) => `<td>${r.counts[sev]}</td>`).join('')}</tr>`).join('')}</table>`
    : '';
  const chart = s.byGroup.length ? `<h3>${e(l.chart)}</h3>${chartSvg(s.byGroup, l, locale)}` : '';
  return `<section class="summary"><h2>${e(l.summary)}</h2>${totals}${chart}${terms}${listings}<h3>${e(l.byDecision)}</h3>${decisions}</section>`;
}

/** Findings grouped by listing: a heading row naming the listing, then one short line per finding. */
function compactHtml(lines: readonly FindingLine[], l: ReportLabels, locale: ReportLocale): string {
  const rows: string[] = [];
  let current = -1;
  for (const line of lines) {
    if (line.row !== current) {
      current = line.row;
      rows.push(
        `<tr class="listing"><th colspan="6">${e(listingHeading(line.listing, line.row, l, 60))}${line.listing.id ? ` <small>(${e(l.row)} ${line.row})</small>` : ''}</th></tr>`,
      );
    }
    rows.push(
      `<tr class="sev-${line.finding.severity}"><td>${e(fieldLabel(line.column, locale))}</td><td class="sev">${e(l.severities[line.finding.severity])}</td><td>${e(groupLabel(line.finding.category ?? line.finding.ruleId, locale))}</td><td>${contextCell(line)}</td><td>${e(line.finding.suggestions[0] ?? '')}</td><td>${decisionCell(line, l)}</td></tr>`,
    );
  }
  return `<section class="details"><h2>${e(l.details)}</h2><table class="findings"><colgroup><col style="width:9%"><col style="width:6%"><col style="width:12%"><col style="width:45%"><col style="width:12%"><col style="width:16%"></colgroup><thead><tr><th>${e(l.field)}</th><th>${e(l.severity)}</th><th>${e(l.category)}</th><th>${e(l.context)}</th><th>${e(l.suggestion)}</th><th>${e(l.decision)}</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></section>`;
}

function perListingHtml(lines: readonly FindingLine[], l: ReportLabels, locale: ReportLocale): string {
  const byRow = new Map<number, FindingLine[]>();
  for (const line of lines) byRow.set(line.row, [...(byRow.get(line.row) ?? []), line]);
  return [...byRow.values()]
    .map((group) => {
      const first = group[0]!;
      const items = group
        .map(
          (line) =>
            `<tr class="sev-${line.finding.severity}"><td>${e(fieldLabel(line.column, locale))}</td><td class="sev">${e(l.severities[line.finding.severity])}</td><td>${contextCell(line)}</td><td>${e(line.finding.message)}</td><td>${e(line.finding.basis ?? '')}</td><td>${e(line.finding.suggestions[0] ?? '')}</td><td>${decisionCell(line, l)}</td></tr>`,
        )
        .join('\n');
      return `<section class="listing-page"><h2>${e(listingId(first.listing, first.row, l))}</h2><p>${e(first.listing.title ?? '')} <small>${e(l.row)} ${first.row}</small></p><table><thead><tr><th>${e(l.field)}</th><th>${e(l.severity)}</th><th>${e(l.context)}</th><th>${e(l.message)}</th><th>${e(l.basis)}</th><th>${e(l.suggestion)}</th><th>${e(l.decision)}</th></tr></thead><tbody>\n${items}\n</tbody></table></section>`;
    })
    .join('\n');
}

/** A complete printable HTML document: a summary page, then compact finding tables (or one listing per page). */
export function toHtml(results: readonly RowAudit[], decisions: ReadonlyMap<string, ReportDecision> = new Map(), options: HtmlReportOptions = {}): string {
  const locale = options.locale ?? 'zh-CN';
  const l = REPORT_LABELS[locale];
  const lines = findingLines(results, decisions);
  const summary = summarizeCatalog(results, lines);
  const body = lines.length === 0 ? `<p>${e(l.none)}</p>` : options.onePerPage ? perListingHtml(lines, l, locale) : compactHtml(lines, l, locale);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${e(l.title)}</title>
<style>
@page { size: A4; margin: 12mm 10mm; }
body { font-family: 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; margin: 16px; color: #111; font-size: 11px; }
h1 { font-size: 18px; margin: 0 0 4px; } h2 { font-size: 15px; margin: 12px 0 6px; } h3 { font-size: 12px; margin: 10px 0 4px; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 10px; }
th, td { border: 1px solid #ccc; padding: 2px 4px; text-align: left; vertical-align: top; font-size: 10px; line-height: 1.3; }
table.terms td:nth-child(5) { width: 45%; }
table.findings { table-layout: fixed; } table.findings td { overflow-wrap: anywhere; }
tr.listing th { background: #f1f3f5; font-weight: 600; }
mark { background: #fde2e2; }
${SEVERITIES.map((s) => `tr.sev-${s} td.sev { color: ${SEVERITY_COLORS[s]}; font-weight: bold; }`).join('\n')}
svg.chart { max-width: 100%; height: auto; }
@media print {
  section.summary { break-after: page; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  tr.listing { break-after: avoid; }
  section.listing-page { break-before: page; }
}
</style>
</head>
<body>
<h1>${e(l.title)}</h1>
<p>${e(l.generated)}: ${e(formatTime(options.generatedAt ?? new Date(), locale, options.timeZone))}</p>
${summaryHtml(summary, l, locale)}
${body}
</body>
</html>
`;
}
