import type { Translate } from '@/lib/i18n';
import type { TableRow } from '@/lib/files/delimited';
import { encodingLabel, FileReadError } from '@/lib/files/decode';
import type { ReaderRequest, ReaderResponse, ReaderStage } from '@/lib/files/readerProtocol';
import type { FileTable, TableSource } from '@/lib/files/table';

export interface ReadProgress {
  stage: ReaderStage;
  done: number;
  total: number;
}

/** Thrown when the user cancels a read; nothing was imported. */
export class ReadCancelled extends Error {
  override name = 'ReadCancelled';
}

/**
 * Reads a seller file with the one reader in a Web Worker (SheetJS comes with the worker, so neither
 * the dashboard's first paint nor its main thread carries it). `signal` cancels by terminating the
 * worker. Without Worker (unit tests), reads in this thread.
 */
export async function readFileTable(
  bytes: Uint8Array,
  name: string,
  sheet?: string,
  options: { onProgress?: (progress: ReadProgress) => void; signal?: AbortSignal } = {},
): Promise<FileTable> {
  if (typeof Worker === 'undefined') {
    const { readTable } = await import('@/lib/files/table');
    return readTable(bytes, name, sheet === undefined ? {} : { sheet });
  }
  const { onProgress, signal } = options;
  if (signal?.aborted) throw new ReadCancelled('cancelled');
  const worker = new Worker(new URL('./readTable.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<FileTable>((resolve, reject) => {
    const rows: TableRow[] = [];
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      finish();
      reject(new ReadCancelled('cancelled'));
    };
    signal?.addEventListener('abort', cancel, { once: true });
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'the file reader stopped'));
    };
    worker.onmessage = (event: MessageEvent<ReaderResponse>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message);
      else if (message.type === 'rows') for (const row of message.rows) rows.push(row);
      else if (message.type === 'done') {
        finish();
        resolve({ rows, source: message.source, errors: message.errors });
      } else {
        finish();
        reject(message.code === 'internal' ? new Error(message.message) : new FileReadError(message.code, message.message, message.detail));
      }
    };
    worker.postMessage({ type: 'read', name, bytes, ...(sheet === undefined ? {} : { sheet }) } satisfies ReaderRequest);
  });
}

export function describeSource(source: TableSource, t: Translate): string {
  if (source.kind === 'sheet') return t('files.sheetSource', { format: source.format.toUpperCase(), sheet: source.sheet });
  return t('files.encoding', { encoding: encodingLabel(source.encoding), delimiter: source.delimiter === '\t' ? t('files.tab') : source.delimiter });
}

/** A FileReadError in the user's language, ending with "nothing was imported". */
export function fileErrorText(error: unknown, t: Translate): string {
  if (error instanceof ReadCancelled) return `${t('files.cancelled')} ${t('files.nothingImported')}`;
  if (!(error instanceof FileReadError)) return error instanceof Error ? error.message : String(error);
  const params = { ...error.detail, message: error.message };
  return `${t(`files.error.${error.code}`, params)} ${t('files.nothingImported')}`;
}
