import { FileReadError, type DetectedEncoding } from '../files/decode';
import { readTable, readText, type TableSource } from '../files/table';
import { hasTextColumn, lexiconFromRows } from './fromTable';
import { LexiconError, parseLexicon, type ParsedLexicon } from './load';

export type LexiconFileResult = ParsedLexicon & { source?: TableSource | { kind: 'json'; encoding: DetectedEncoding } };

/**
 * A lexicon file through the one file reader: JSON (any encoding the reader detects), or a table —
 * CSV/TSV or a workbook (`sheet`, else the first sheet with a text column; see fromTable.ts). Unreadable files become a LexiconError naming the file.
 */
export async function parseLexiconFile(bytes: Uint8Array, fileName: string, options: { sheet?: string } = {}): Promise<LexiconFileResult> {
  const label = fileName.replace(/^.*[\\/]/, '') || 'lexicon';
  try {
    if (/\.json$/i.test(fileName)) {
      const { text, encoding } = readText(bytes);
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (e) {
        return { ok: false, error: new LexiconError([`${label}: not valid JSON (${e instanceof Error ? e.message : String(e)})`], label) };
      }
      return { ...parseLexicon(data, label), source: { kind: 'json', encoding } };
    }
    const table = await readTable(bytes, fileName, options);
    const parsed = lexiconFromRows(table.rows, label);
    // A workbook whose first sheet is notes: the lexicon is the first sheet with a text column.
    const { source } = table;
    if (!parsed.ok && options.sheet === undefined && source.kind === 'sheet' && !hasTextColumn(table.rows)) {
      for (const sheet of source.sheets.filter((name) => name !== source.sheet)) {
        const other = await readTable(bytes, fileName, { sheet });
        if (hasTextColumn(other.rows)) return { ...lexiconFromRows(other.rows, label), source: other.source };
      }
    }
    return { ...parsed, source: table.source };
  } catch (e) {
    if (e instanceof FileReadError) return { ok: false, error: new LexiconError([`${label}: ${e.message}`], label) };
    throw e;
  }
}
