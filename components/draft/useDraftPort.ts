import { useCallback, useEffect, useRef, useState } from 'react';
import { DRAFT_PORT, draftServerMessageSchema, type DraftClientMessage, type DraftServerMessage } from '@/lib/draftPort';

type Done = Extract<DraftServerMessage, { type: 'done' }>;

export interface DraftPortState {
  running: boolean;
  streamed: string;
  result: Done | null;
  error: string | null;
}

/** Talks to the background's drafting port; the port is opened per draft and closed on stop/unmount. */
export function useDraftPort() {
  const [state, setState] = useState<DraftPortState>({ running: false, streamed: '', result: null, error: null });
  const portRef = useRef<Browser.runtime.Port | null>(null);

  const stop = useCallback(() => {
    portRef.current?.postMessage({ type: 'abort' } satisfies DraftClientMessage);
    portRef.current?.disconnect();
    portRef.current = null;
    setState((current) => ({ ...current, running: false }));
  }, []);

  useEffect(() => () => portRef.current?.disconnect(), []);

  const start = useCallback((request: unknown, options: { regenerate: boolean; locale: 'zh-CN' | 'en' }) => {
    portRef.current?.disconnect();
    const port = browser.runtime.connect({ name: DRAFT_PORT });
    portRef.current = port;
    setState({ running: true, streamed: '', result: null, error: null });
    port.onMessage.addListener((raw: unknown) => {
      const parsed = draftServerMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'delta') setState((current) => ({ ...current, streamed: message.soFar }));
      else {
        setState((current) => ({ ...current, running: false, result: message.type === 'done' ? message : null, error: message.type === 'error' ? message.message : null }));
        port.disconnect();
        if (portRef.current === port) portRef.current = null;
      }
    });
    port.postMessage({ type: 'start', request, regenerate: options.regenerate, locale: options.locale } satisfies DraftClientMessage);
  }, []);

  return { ...state, start, stop };
}
