import type { RowAudit } from '../batch/auditCatalog';
import { SEVERITIES } from '../types';
import { fieldLabel, formatTime, groupLabel, REPORT_LABELS, type ReportLocale } from './labels';
import { findingLines, listingId, type ReportDecision } from './lines';
import { summarizeCatalog } from './summary';

const mdCell = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\*/g, '\\*').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');
const table = (header: string[], rows: string[][]) => [
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
  '',
];

/** Summary tables first (totals, groups, top terms, worst listings, decisions), then one table of findings. */
export function toMarkdown(
  results: readonly RowAudit[],
  decisions: ReadonlyMap<string, ReportDecision> = new Map(),
  locale: ReportLocale = 'zh-CN',
  generatedAt = new Date(),
): string {
  const l = REPORT_LABELS[locale];
  const lines = findingLines(results, decisions);
  const s = summarizeCatalog(results, lines);
  const out = [`# ${l.title}`, '', `${l.generated}: ${formatTime(generatedAt, locale)}`, '', `## ${l.summary}`, ''];
  out.push(
    ...table(
      [l.rows, l.rowsWithFindings, l.rowsWithErrors, l.findings, ...SEVERITIES.map((sev) => l.severities[sev]), l.decided],
      [
        [s.rows, s.rowsWithFindings, s.rowsWithErrors, s.findings, ...SEVERITIES.map((sev) => s.bySeverity[sev]), s.findings - s.byDecision.undecided].map(
          String,
        ),
      ],
    ),
  );
  if (lines.length === 0) return [...out, l.none, ''].join('\n');
  out.push(
    `### ${l.chart}`,
    '',
    ...table(
      [l.category, ...SEVERITIES.map((sev) => l.severities[sev]), l.count],
      s.byGroup.map((g) => [mdCell(groupLabel(g.group, locale)), ...SEVERITIES.map((sev) => String(g.counts[sev])), String(g.total)]),
    ),
  );
  if (s.topTerms.length)
    out.push(
      `### ${l.topTerms}`,
      '',
      ...table(
        [l.term, l.category, l.count, l.rows, l.basis, l.suggestion],
        s.topTerms.map((term) => [
          mdCell(term.term),
          mdCell(groupLabel(term.group, locale)),
          String(term.count),
          String(term.listings),
          mdCell(term.basis ?? ''),
          mdCell(term.suggestion ?? ''),
        ]),
      ),
    );
  if (s.topListings.length)
    out.push(
      `### ${l.topListings}`,
      '',
      ...table(
        [l.id, l.listingTitle, ...SEVERITIES.map((sev) => l.severities[sev])],
        s.topListings.map((r) => [mdCell(listingId(r.listing, r.row, l)), mdCell(r.listing.title ?? ''), ...SEVERITIES.map((sev) => String(r.counts[sev]))]),
      ),
    );
  out.push(
    `### ${l.byDecision}`,
    '',
    ...table(
      [...Object.values(l.decisions), l.undecided],
      [[s.byDecision.confirmed, s.byDecision.accepted, s.byDecision['false-positive'], s.byDecision.undecided].map(String)],
    ),
  );
  out.push(`## ${l.details}`, '');
  out.push(
    ...table(
      [l.id, l.listingTitle, l.field, l.severity, l.category, l.context, l.message, l.basis, l.suggestion, l.decision],
      lines.map((line) => {
        const decision = line.decision ? `${l.decisions[line.decision.decision]}${line.decision.note ? `：${line.decision.note}` : ''}` : '';
        return [
          mdCell(listingId(line.listing, line.row, l)),
          mdCell(line.listing.title ?? ''),
          mdCell(fieldLabel(line.column, locale)),
          l.severities[line.finding.severity],
          mdCell(groupLabel(line.finding.category ?? line.finding.ruleId, locale)),
          `${mdCell(line.before)}**${mdCell(line.finding.match)}**${mdCell(line.after)}`,
          mdCell(line.finding.message),
          mdCell(line.finding.basis ?? ''),
          mdCell(line.finding.suggestions[0] ?? ''),
          mdCell(decision),
        ];
      }),
    ),
  );
  return out.join('\n');
}
