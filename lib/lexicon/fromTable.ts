import type { TableRow } from '../files/delimited';
import { findHeaderRow } from '../files/header';
import { LexiconError, parseLexicon, type ParsedLexicon } from './load';

/**
 * A lexicon written as a table (CSV/TSV in any encoding, or a workbook sheet), as teams keep them in
 * Excel. Optional metadata rows above the header name the lexicon ("id", "version", "name", "source",
 * as `key: value` in one cell or key and value in two cells); then one term per row:
 *
 *   text | category | severity | basis | suggestions | variants | exceptions | platforms | fields | lang | message_zh | message_en
 *
 * List cells are separated by `|`. Only `text` is required: category defaults to custom, severity to
 * warning, basis to the lexicon's source, lang to zh when the text has a CJK letter. Chinese headers
 * (词语, 类别, 级别, 依据, 建议, 变体, 例外, 平台, 字段, 语言) work too. The result is validated
 * by the one lexicon schema; problems name the row of the file.
 */
export const LEXICON_COLUMNS: Record<string, readonly string[]> = {
  text: ['text', 'term', '词语', '词', '违禁词', '敏感词', '关键词'],
  category: ['category', '类别', '分类'],
  severity: ['severity', '级别', '严重程度'],
  basis: ['basis', '依据', '法规依据'],
  suggestions: ['suggestions', '建议', '替换建议'],
  variants: ['variants', '变体'],
  exceptions: ['exceptions', '例外'],
  platforms: ['platforms', 'platform', '平台'],
  fields: ['fields', 'field', '字段'],
  lang: ['lang', 'language', '语言'],
  message_zh: ['message_zh', '说明'],
  message_en: ['message_en'],
};
const LISTS = new Set(['suggestions', 'variants', 'exceptions', 'platforms', 'fields']);
const META = ['id', 'version', 'name', 'name_en', 'source'] as const;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

const isTextHeader = (cell: string) => LEXICON_COLUMNS.text!.includes(cell.trim().toLowerCase());

/** Whether a table has a text (词语) header among its first rows. */
export function hasTextColumn(rows: readonly TableRow[]): boolean {
  return rows.slice(0, 30).some((row) => row.cells.some(isTextHeader));
}

function metadata(rows: readonly TableRow[]): Partial<Record<(typeof META)[number], string>> {
  const meta: Partial<Record<(typeof META)[number], string>> = {};
  for (const { cells } of rows) {
    const [first = '', second = ''] = cells.filter((c) => c.trim() !== '');
    const pair = /^([a-z_]+)\s*[:：=]\s*(.*)$/i.exec(first.trim());
    const key = (pair ? pair[1]! : first.trim()).toLowerCase();
    const value = (pair ? pair[2]! : second).trim();
    if ((META as readonly string[]).includes(key) && value) meta[key as (typeof META)[number]] = value;
  }
  return meta;
}

/** "team-rules.csv" → "team-rules"; ids are lowercase letters, digits and dashes. */
export function lexiconIdFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return (
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'table-lexicon'
  );
}

/** Rows of a table → a validated lexicon. `fileName` gives the id and source when no metadata row does. */
export function lexiconFromRows(rows: readonly TableRow[], fileName: string): ParsedLexicon {
  const headerAt = findHeaderRow(rows, isTextHeader);
  const header = (rows[headerAt]?.cells ?? []).map((h) => h.trim().toLowerCase());
  const label = fileName.replace(/^.*[\\/]/, '') || 'table';
  const at = Object.fromEntries(Object.entries(LEXICON_COLUMNS).map(([key, names]) => [key, header.findIndex((h) => names.includes(h))]));
  if ((at.text ?? -1) < 0 || !rows[headerAt] || !isTextHeader(rows[headerAt].cells[at.text!] ?? ''))
    return { ok: false, error: new LexiconError([`${label}: no "text" (词语) column; headers found: ${header.filter(Boolean).join(', ') || 'none'}`], label) };
  const meta = metadata(rows.slice(0, headerAt));
  const id = meta.id ?? lexiconIdFromFileName(label);
  const source = meta.source ?? `${label}`;
  const lines: number[] = [];
  const terms = rows.slice(headerAt + 1).flatMap(({ line, cells }) => {
    const cell = (key: string) => (at[key]! >= 0 ? (cells[at[key]!] ?? '').trim() : '');
    const text = cell('text');
    if (!text) return [];
    const term: Record<string, unknown> = {
      text,
      category: cell('category') || 'custom',
      severity: cell('severity') || 'warning',
      basis: cell('basis') || source,
      lang: cell('lang') || (CJK.test(text) ? 'zh' : 'en'),
    };
    for (const key of LISTS) {
      const value = cell(key);
      if (value)
        term[key] = value
          .split('|')
          .map((part) => part.trim())
          .filter((part) => part !== '' || key === 'suggestions');
    }
    if (cell('message_zh') || cell('message_en')) term.message = { zh: cell('message_zh') || cell('message_en'), en: cell('message_en') || cell('message_zh') };
    lines.push(line);
    return [term];
  });
  const data = { id, version: meta.version ?? '1.0.0', name: { zh: meta.name ?? id, en: meta.name_en ?? meta.name ?? id }, source, terms };
  const parsed = parseLexicon(data, label);
  if (parsed.ok) return parsed;
  // "term 3" counts from 0 in the terms array; the user looks for the row of the file.
  const issues = parsed.error.issues.map((issue) => issue.replace(/ term (\d+)/g, (_, i: string) => ` row ${lines[Number(i)] ?? Number(i) + 1}`));
  return { ok: false, error: new LexiconError(issues, parsed.error.lexicon) };
}
