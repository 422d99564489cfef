import { providerConfig, withoutSecrets } from '@/components/secretStorage';
import { draft, type DraftCache } from '@/lib/draft';
import { isOfflineStandIn } from '@/lib/draft/index';
import { describeNotice } from '@/lib/draft/notices';
import { providerConfigSchema } from '@/lib/draft/providers';
import { DRAFT_PORT, draftClientMessageSchema, type DraftServerMessage } from '@/lib/draftPort';

/**
 * Serves drafting over a Port: one draft at a time per port, aborted when the UI asks or
 * goes away. Streamed text travels as increments only. A provider failure never touches
 * the saved provider settings.
 */
export function listenForDrafts(cache: DraftCache): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== DRAFT_PORT || port.sender?.id !== browser.runtime.id) return;
    let controller: AbortController | null = null;
    const send = (message: DraftServerMessage) => {
      try {
        port.postMessage(message);
      } catch {
        // the UI closed: nothing to tell
      }
    };
    port.onDisconnect.addListener(() => controller?.abort());
    port.onMessage.addListener((raw: unknown) => {
      const parsed = draftClientMessageSchema.safeParse(raw);
      if (!parsed.success) {
        send({ type: 'error', kind: 'invalid-request', message: 'malformed draft message', offlineAvailable: false });
        return;
      }
      if (parsed.data.type === 'abort') {
        controller?.abort();
        return;
      }
      const { request, regenerate, locale, fallback, offline } = parsed.data;
      controller?.abort();
      const current = new AbortController();
      controller = current;
      void (async () => {
        const stored = offline ? null : await providerConfig.getValue();
        const provider = stored === null ? null : providerConfigSchema.safeParse(stored);
        if (provider && !provider.success) {
          if (!fallback) {
            send({
              type: 'error',
              kind: 'invalid-request',
              message: 'saved provider settings are invalid: open the dashboard and save them again',
              offlineAvailable: true,
            });
            return;
          }
        }
        const outcome = await draft(request, {
          provider: provider?.success ? provider.data : null,
          cache,
          regenerate,
          signal: current.signal,
          fallback: fallback ? 'offline' : 'none',
          onDelta: (delta, soFar) => send({ type: 'delta', delta, reset: soFar.length === delta.length }),
        });
        if (controller === current) controller = null;
        if (!outcome.ok) {
          send({
            type: 'error',
            kind: outcome.error.kind,
            message: await withoutSecrets(outcome.error.localized(locale)),
            offlineAvailable: isOfflineStandIn(outcome.error),
          });
          return;
        }
        send({
          type: 'done',
          variants: outcome.variants,
          revisions: outcome.revisions,
          cached: outcome.cached,
          source: outcome.source,
          model: outcome.model,
          notices: outcome.notices.map((notice) => describeNotice(notice, locale)),
        });
      })();
    });
  });
}
