import Papa from 'papaparse';

/** A catalog export (CSV, or XLSX saved as CSV): header row, then one listing per row. */
export interface Catalog {
  columns: string[];
  rows: Record<string, string>[];
  errors: { line: number; message: string }[];
}

export function parseCatalog(text: string): Catalog {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (header) => header.trim() });
  const columns = (parsed.meta.fields ?? []).filter(Boolean);
  const errors = parsed.errors.map((error) => ({ line: (error.row ?? 0) + 2, message: error.message }));
  return { columns, rows: parsed.data, errors };
}

export interface ColumnChoice {
  title?: string;
  sellingPoints: string[];
  description?: string;
}

const TITLE = /^(标题|商品标题|宝贝标题|商品名称|title|item[_ ]?name|product[_ ]?title|name)$/i;
const SELLING = /(卖点|bullet|要点|selling|feature)/i;
const DESCRIPTION = /(描述|详情|description|detail|文案|copy)/i;

/** Proposes which columns hold the title, selling points and description, from their headers. */
export function guessColumns(columns: readonly string[]): ColumnChoice {
  return {
    title: columns.find((column) => TITLE.test(column.trim())),
    sellingPoints: columns.filter((column) => SELLING.test(column)),
    description: columns.find((column) => DESCRIPTION.test(column) && !SELLING.test(column)),
  };
}
