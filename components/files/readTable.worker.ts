/// <reference lib="webworker" />
// Reads seller files (workbooks, large CSVs) off the dashboard's main thread: SheetJS's parse of a
// 100k-row .xlsx takes seconds and would freeze the page.
import { FileReadError } from '@/lib/files/decode';
import { readTable } from '@/lib/files/table';
import { readerRequestSchema, ROWS_PER_MESSAGE, type ReaderResponse } from '@/lib/files/readerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ReaderResponse) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = readerRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', code: 'internal', message: 'malformed file-reader request', detail: {} });
    return;
  }
  const { bytes, name, sheet } = parsed.data;
  try {
    post({ type: 'progress', stage: 'parse', done: 0, total: bytes.length });
    const table = await readTable(bytes, name, sheet === undefined ? {} : { sheet });
    const total = table.rows.length;
    for (let at = 0; at < total; at += ROWS_PER_MESSAGE) {
      post({ type: 'rows', rows: table.rows.slice(at, at + ROWS_PER_MESSAGE) });
      post({ type: 'progress', stage: 'rows', done: Math.min(total, at + ROWS_PER_MESSAGE), total });
    }
    post({ type: 'done', source: table.source, errors: table.errors });
  } catch (error) {
    if (error instanceof FileReadError) post({ type: 'error', code: error.code, message: error.message, detail: error.detail });
    else post({ type: 'error', code: 'internal', message: error instanceof Error ? error.message : String(error), detail: {} });
  }
};
