/** Catalog review reports in three formats; each starts with the same summary and names every listing. */
export { toCsv, guardFormula } from './csv';
export { toMarkdown } from './markdown';
export { toHtml, type HtmlReportOptions } from './html';
export { escapeHtml } from './chartSvg';
export { findingKey, findingLines, type FindingLine, type ReportDecision } from './lines';
export { summarizeCatalog, type CatalogSummary } from './summary';
export { fieldLabel, groupLabel, formatTime, REPORT_LABELS, type ReportLocale } from './labels';
