import { Readable, pipeline } from 'node:stream';
import Papa from 'papaparse';
import { SniffingTextDecoder } from './decode';
import { detectDelimiter, type TableRow } from './delimited';
import { readSpreadsheet, spreadsheetFormat } from './spreadsheet';
import type { TableSource } from './table';

/**
 * Node-only: the records of a catalog file, one at a time, in bounded memory. Text is decoded as it
 * streams (encoding sniffed on the first chunk with non-ASCII bytes) and split by Papa's streaming
 * parser with backpressure; a workbook is read whole (zip/BIFF cannot be streamed) and its rows yielded.
 * `line` is the record number (the header is 1, blank lines count) or the sheet's row number.
 * Throws FileReadError.
 */
export interface RecordStream {
  records: AsyncGenerator<TableRow>;
  /** Known once the first record has been read. */
  source: () => TableSource | undefined;
}

async function* chunksOf(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  for await (const chunk of input) yield typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

export function readRecords(input: AsyncIterable<Uint8Array | string>, fileName = '', options: { sheet?: string } = {}): RecordStream {
  let source: TableSource | undefined;
  async function* records(): AsyncGenerator<TableRow> {
    const chunks = chunksOf(input);
    const first = await chunks.next();
    if (first.done) return;
    const format = spreadsheetFormat(first.value, fileName);
    if (format) {
      const parts: Uint8Array[] = [first.value];
      for await (const chunk of chunks) parts.push(chunk);
      const sheet = await readSpreadsheet(Buffer.concat(parts), format, options.sheet);
      source = { kind: 'sheet', format, sheets: sheet.sheets, sheet: sheet.sheet };
      yield* sheet.rows;
      return;
    }
    const decoder = new SniffingTextDecoder();
    const head = decoder.push(first.value);
    const delimiter = detectDelimiter(head);
    async function* texts(): AsyncGenerator<string> {
      yield head.replace(/^\ufeff/, '');
      for await (const chunk of chunks) yield decoder.push(chunk);
      yield decoder.end();
    }
    const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { header: false, skipEmptyLines: false, delimiter });
    const rows = pipeline(Readable.from(texts(), { objectMode: false }), parser, () => undefined);
    let line = 0;
    for await (const cells of rows as AsyncIterable<string[]>) {
      line++;
      source ??= { kind: 'text', encoding: decoder.encoding, delimiter };
      if (cells.length === 1 && cells[0] === '') continue;
      yield { line, cells };
    }
    source = { kind: 'text', encoding: decoder.encoding, delimiter };
  }
  return { records: records(), source: () => source };
}
