import { useCallback, useEffect, useRef, useState } from 'react';
import { appendDelta, streamedVariants, type StreamedVariant } from '@/lib/draft/streamView';
import { DRAFT_PORT, draftServerMessageSchema, type DraftClientMessage, type DraftServerMessage } from '@/lib/draftPort';

type Done = Extract<DraftServerMessage, { type: 'done' }>;

export interface DraftPortState {
  running: boolean;
  /** Fields of the variants streamed so far (parsed from partial JSON), not raw text. */
  streaming: StreamedVariant[];
  result: Done | null;
  error: string | null;
  /** The failure is one the offline drafter can stand in for. */
  offlineAvailable: boolean;
}

export interface StartOptions {
  regenerate: boolean;
  locale: 'zh-CN' | 'en';
  fallback: boolean;
  offline?: boolean;
}

/** Re-parse the streamed JSON at most this often: parsing is linear in the text so far. */
const PARSE_EVERY_MS = 120;

/** Talks to the background's drafting port; the port is opened per draft and closed on stop/unmount. */
export function useDraftPort() {
  const [state, setState] = useState<DraftPortState>({ running: false, streaming: [], result: null, error: null, offlineAvailable: false });
  const portRef = useRef<Browser.runtime.Port | null>(null);
  const textRef = useRef('');
  const timerRef = useRef<ReturnType<typeof setTimeout> | null>(null);

  const clearTimer = () => {
    if (timerRef.current !== null) clearTimeout(timerRef.current);
    timerRef.current = null;
  };

  const stop = useCallback(() => {
    portRef.current?.postMessage({ type: 'abort' } satisfies DraftClientMessage);
    portRef.current?.disconnect();
    portRef.current = null;
    clearTimer();
    setState((current) => ({ ...current, running: false }));
  }, []);

  useEffect(
    () => () => {
      portRef.current?.disconnect();
      clearTimer();
    },
    [],
  );

  const start = useCallback((request: unknown, options: StartOptions) => {
    portRef.current?.disconnect();
    clearTimer();
    const port = browser.runtime.connect({ name: DRAFT_PORT });
    portRef.current = port;
    textRef.current = '';
    setState({ running: true, streaming: [], result: null, error: null, offlineAvailable: false });
    port.onMessage.addListener((raw: unknown) => {
      const parsed = draftServerMessageSchema.safeParse(raw);
      if (!parsed.success || portRef.current !== port) return;
      const message = parsed.data;
      if (message.type === 'delta') {
        textRef.current = appendDelta(textRef.current, message.delta, message.reset);
        timerRef.current ??= setTimeout(() => {
          timerRef.current = null;
          setState((current) => (current.running ? { ...current, streaming: streamedVariants(textRef.current) } : current));
        }, PARSE_EVERY_MS);
        return;
      }
      clearTimer();
      setState({
        running: false,
        streaming: [],
        result: message.type === 'done' ? message : null,
        error: message.type === 'error' ? message.message : null,
        offlineAvailable: message.type === 'error' && message.offlineAvailable,
      });
      port.disconnect();
      portRef.current = null;
    });
    port.postMessage({
      type: 'start',
      request,
      regenerate: options.regenerate,
      locale: options.locale,
      fallback: options.fallback,
      offline: options.offline ?? false,
    } satisfies DraftClientMessage);
  }, []);

  return { ...state, start, stop };
}
