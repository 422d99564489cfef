import { DraftError } from './errors';

/** How hard to retry a request the server refused for now (429, 5xx, dropped connection). */
export interface RetryPolicy {
  /** Total attempts, including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  /** A server asking for a longer wait than this is not waited for: the error goes to the user. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 20_000 };

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/** setTimeout that rejects with an aborted DraftError as soon as the signal fires. */
export const abortableSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(new DraftError('aborted'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DraftError('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export function isRetryable(error: DraftError): boolean {
  if (error.kind === 'rate-limited' || error.kind === 'network') return true;
  return error.kind === 'server' && error.status !== null && [500, 502, 503, 504].includes(error.status);
}

/**
 * Wait before attempt `attempt + 1` (attempt counts from 1), or null to give up.
 * A Retry-After from the server wins over exponential backoff; one beyond
 * `maxDelayMs` means giving up now rather than leaving the user waiting.
 */
export function retryDelay(error: DraftError, attempt: number, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (!isRetryable(error) || attempt >= policy.maxAttempts) return null;
  if (error.retryAfterMs !== null) return error.retryAfterMs <= policy.maxDelayMs ? error.retryAfterMs : null;
  const exponential = policy.baseDelayMs * 2 ** (attempt - 1);
  // Full jitter keeps many tabs from retrying in lockstep.
  return Math.min(policy.maxDelayMs, Math.round(exponential / 2 + random() * (exponential / 2)));
}
