/// <reference lib="webworker" />
// Runs catalog audits off the dashboard's main thread; results are cached in IndexedDB so re-runs are fast.
import { loadAuditContext, type AuditContext } from '@/lib/audit/auditContext';
import { auditCatalog } from '@/lib/batch/auditCatalog';
import { batchRequestSchema, type BatchResponse } from '@/lib/batch/workerProtocol';
import { getAudits, hashText, openListingLintDB, putAudits } from '@/lib/db';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: BatchResponse) => scope.postMessage(message);
const dbPromise = openListingLintDB();
let controller: AbortController | null = null;

scope.onmessage = async (event: MessageEvent<unknown>) => {
  const parsed = batchRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    post({ type: 'error', message: 'malformed batch request' });
    return;
  }
  const request = parsed.data;
  if (request.type === 'cancel') {
    controller?.abort();
    return;
  }
  controller = new AbortController();
  const started = performance.now();
  try {
    const db = await dbPromise.catch(() => null);
    // The same allowlist, own terms and subscribed lexicons the overlay uses; part of the cache key, so editing them re-audits.
    const context: AuditContext | undefined = db ? await loadAuditContext(db, request.platform) : undefined;
    const contextHash = hashText(JSON.stringify(context ?? null));
    const outcome = await auditCatalog(request.rows, {
      columns: request.columns,
      platform: request.platform,
      locale: request.locale,
      context,
      signal: controller.signal,
      onProgress: (done, total) => post({ type: 'progress', done, total }),
      cacheKey: (text, role, platform, category) =>
        `batch-2:${request.locale}:${platform}:${role}:${contextHash}:${hashText(category ?? '')}:${hashText(text)}`,
      cache: db
        ? {
            getMany: (keys) => getAudits(db, keys),
            // A failed cache write costs a future cache hit, not this audit.
            putMany: (entries) =>
              putAudits(
                db,
                entries.map(({ key, findings }) => ({ key, payload: { findings, report: null } })),
              ).catch(() => undefined),
          }
        : undefined,
    });
    post({ type: 'result', ...outcome, ms: performance.now() - started });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
