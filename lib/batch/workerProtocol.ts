import * as z from 'zod/mini';
import { PLATFORMS } from '../types';

/** Messages between the dashboard and the batch-audit Web Worker, parsed on both sides. */
export const batchRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    rows: z.array(z.record(z.string(), z.string())).check(z.maxLength(200_000)),
    columns: z.object({
      title: z.optional(z.string()),
      sellingPoints: z.array(z.string()),
      description: z.optional(z.string()),
      id: z.optional(z.string()),
      category: z.optional(z.string()),
    }),
    platform: z.enum(PLATFORMS),
    locale: z.enum(['zh-CN', 'en']),
  }),
  z.object({ type: z.literal('cancel') }),
]);
export type BatchRequest = z.infer<typeof batchRequestSchema>;

export type BatchResponse =
  | { type: 'progress'; done: number; total: number }
  | { type: 'result'; results: import('./auditCatalog').RowAudit[]; cancelled: boolean; cacheHits: number; ms: number }
  | { type: 'error'; message: string };
