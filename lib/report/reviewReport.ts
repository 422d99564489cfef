import Papa from 'papaparse';
import type { RowAudit } from '../batch/auditCatalog';
import type { Finding, Severity } from '../types';

/** A reviewer's decision on one finding, as reports show it. */
export interface ReportDecision {
  decision: 'confirmed' | 'accepted' | 'false-positive';
  note: string;
  reviewer?: string;
}

/** Identifies a finding in a catalog: row, column, rule and span. */
export function findingKey(row: number, column: string, finding: Pick<Finding, 'ruleId' | 'start' | 'end'>): string {
  return `${row}|${column}|${finding.ruleId}|${finding.start}|${finding.end}`;
}

export type ReportLocale = 'zh-CN' | 'en';

const LABELS = {
  'zh-CN': {
    title: 'ListingLint 合规审核报告', generated: '生成时间', rows: '商品数', rowsWithErrors: '含违规的商品', row: '行', column: '字段', severity: '级别',
    match: '命中', context: '上下文', message: '说明', basis: '依据', suggestion: '建议', decision: '审核结论', note: '备注', none: '未发现问题',
    severities: { error: '违规', warning: '风险', info: '提示' } as Record<Severity, string>,
    decisions: { confirmed: '确认违规', accepted: '接受风险', 'false-positive': '误报' } as Record<ReportDecision['decision'], string>,
  },
  en: {
    title: 'ListingLint compliance review report', generated: 'Generated', rows: 'Listings', rowsWithErrors: 'Listings with violations', row: 'Row', column: 'Field', severity: 'Severity',
    match: 'Match', context: 'Context', message: 'Message', basis: 'Basis', suggestion: 'Suggestion', decision: 'Decision', note: 'Note', none: 'No issues found',
    severities: { error: 'Violation', warning: 'Risk', info: 'Note' } as Record<Severity, string>,
    decisions: { confirmed: 'Confirmed', accepted: 'Risk accepted', 'false-positive': 'False positive' } as Record<ReportDecision['decision'], string>,
  },
};

interface Line {
  row: number;
  column: string;
  finding: Finding;
  before: string;
  after: string;
  decision?: ReportDecision;
}

function lines(results: readonly RowAudit[], decisions: ReadonlyMap<string, ReportDecision>): Line[] {
  return results.flatMap((result) =>
    result.cells.flatMap((cell) =>
      cell.findings.map((finding) => ({
        row: result.row,
        column: cell.column,
        finding,
        before: cell.text.slice(Math.max(0, finding.start - 20), finding.start),
        after: cell.text.slice(finding.end, finding.end + 20),
        decision: decisions.get(findingKey(result.row, cell.column, finding)),
      })),
    ),
  );
}

/** Spreadsheet cells starting with these run as formulas in Excel; prefix them so they stay text. */
export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 CSV (quotes, commas, newlines escaped), with a BOM so Excel reads UTF-8 Chinese. */
export function toCsv(results: readonly RowAudit[], decisions: ReadonlyMap<string, ReportDecision> = new Map(), locale: ReportLocale = 'zh-CN'): string {
  const l = LABELS[locale];
  const header = [l.row, l.column, l.severity, 'ruleId', l.match, 'start', 'end', l.context, l.message, l.basis, l.suggestion, l.decision, l.note];
  const body = lines(results, decisions).map((line) =>
    [
      String(line.row), line.column, l.severities[line.finding.severity], line.finding.ruleId, line.finding.match, String(line.finding.start), String(line.finding.end),
      `${line.before}【${line.finding.match}】${line.after}`, line.finding.message, line.finding.basis ?? '', line.finding.suggestions[0] ?? '',
      line.decision ? l.decisions[line.decision.decision] : '', line.decision?.note ?? '',
    ].map(guardFormula),
  );
  return '\uFEFF' + Papa.unparse([header, ...body], { newline: '\r\n', quotes: true });
}

const mdCell = (value: string) => value.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, '<br>');

export function toMarkdown(results: readonly RowAudit[], decisions: ReadonlyMap<string, ReportDecision> = new Map(), locale: ReportLocale = 'zh-CN'): string {
  const l = LABELS[locale];
  const all = lines(results, decisions);
  const out = [`# ${l.title}`, '', `| ${l.rows} | ${l.rowsWithErrors} |`, '| --- | --- |', `| ${results.length} | ${results.filter((r) => r.counts.error > 0).length} |`, ''];
  if (all.length === 0) return [...out, l.none, ''].join('\n');
  out.push(`| ${l.row} | ${l.column} | ${l.severity} | ${l.context} | ${l.message} | ${l.basis} | ${l.suggestion} | ${l.decision} |`, '| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const line of all) {
    const decision = line.decision ? `${l.decisions[line.decision.decision]}${line.decision.note ? `：${line.decision.note}` : ''}` : '';
    out.push(
      `| ${line.row} | ${mdCell(line.column)} | ${l.severities[line.finding.severity]} | ${mdCell(line.before)}**${mdCell(line.finding.match)}**${mdCell(line.after)} | ${mdCell(line.finding.message)} | ${mdCell(line.finding.basis ?? '')} | ${mdCell(line.finding.suggestions[0] ?? '')} | ${mdCell(decision)} |`,
    );
  }
  return out.join('\n') + '\n';
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A complete printable HTML document: summary table, then one page per listing with findings in context. */
export function toHtml(results: readonly RowAudit[], decisions: ReadonlyMap<string, ReportDecision> = new Map(), locale: ReportLocale = 'zh-CN', generatedAt = new Date()): string {
  const l = LABELS[locale];
  const e = escapeHtml;
  const withFindings = results.filter((result) => result.cells.some((cell) => cell.findings.length > 0));
  const sections = withFindings
    .map((result) => {
      const items = lines([result], decisions)
        .map(
          (line) => `<tr class="sev-${line.finding.severity}"><td>${e(line.column)}</td><td>${e(l.severities[line.finding.severity])}</td><td>${e(line.before)}<mark>${e(line.finding.match)}</mark>${e(line.after)}</td><td>${e(line.finding.message)}</td><td>${e(line.finding.basis ?? '')}</td><td>${e(line.finding.suggestions[0] ?? '')}</td><td>${line.decision ? e(l.decisions[line.decision.decision]) : ''}${line.decision?.note ? `<br><small>${e(line.decision.note)}</small>` : ''}</td></tr>`,
        )
        .join('\n');
      return `<section class="listing"><h2>${e(l.row)} ${result.row}</h2><table><thead><tr><th>${e(l.column)}</th><th>${e(l.severity)}</th><th>${e(l.context)}</th><th>${e(l.message)}</th><th>${e(l.basis)}</th><th>${e(l.suggestion)}</th><th>${e(l.decision)}</th></tr></thead><tbody>\n${items}\n</tbody></table></section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${e(l.title)}</title>
<style>
body { font-family: 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif; margin: 24px; color: #111; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
th, td { border: 1px solid #ccc; padding: 4px 6px; text-align: left; vertical-align: top; font-size: 12px; }
mark { background: #fde2e2; }
tr.sev-error td:nth-child(2) { color: #c0262d; font-weight: bold; }
@media print { section.listing { page-break-before: always; } }
</style>
</head>
<body>
<h1>${e(l.title)}</h1>
<p>${e(l.generated)}: ${e(generatedAt.toISOString())}</p>
<table class="summary"><tr><th>${e(l.rows)}</th><th>${e(l.rowsWithErrors)}</th></tr><tr><td>${results.length}</td><td>${results.filter((r) => r.counts.error > 0).length}</td></tr></table>
${sections || `<p>${e(l.none)}</p>`}
</body>
</html>
`;
}
