import * as z from 'zod/mini';
import type { TableRow } from './delimited';
import type { FileReadErrorCode } from './decode';
import type { TableSource } from './table';

/**
 * Messages between the dashboard and the file-reader Web Worker, which parses workbooks and large
 * CSVs off the main thread. Rows come back in chunks so no single message blocks the page when it
 * is deserialised; the page cancels by terminating the worker.
 */
export const readerRequestSchema = z.object({
  type: z.literal('read'),
  name: z.string(),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  sheet: z.optional(z.string()),
});
export type ReaderRequest = z.infer<typeof readerRequestSchema>;

export type ReaderStage = 'parse' | 'rows';

export type ReaderResponse =
  | { type: 'progress'; stage: ReaderStage; done: number; total: number }
  | { type: 'rows'; rows: TableRow[] }
  | { type: 'done'; source: TableSource; errors: { line: number; message: string }[] }
  | { type: 'error'; code: FileReadErrorCode | 'internal'; message: string; detail: Record<string, string | number> };

/** Rows per message: small enough that deserialising one is a short task on the page. */
export const ROWS_PER_MESSAGE = 2000;
