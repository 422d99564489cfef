import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';

/** What went wrong with a draft, in words the seller can act on. */
export type DraftErrorKind = 'invalid-request' | 'invalid-key' | 'rate-limited' | 'timeout' | 'network' | 'malformed' | 'too-large' | 'aborted' | 'server';

const MESSAGES: Record<DraftErrorKind, { zh: string; en: string }> = {
  'invalid-request': { zh: '生成请求或模型设置不完整、格式不正确。', en: 'The draft request or provider settings are incomplete or invalid.' },
  'invalid-key': {
    zh: 'API 密钥无效或无权访问该模型，请在设置中检查密钥与模型名。',
    en: 'The API key is invalid or has no access to this model; check the key and model in settings.',
  },
  'rate-limited': { zh: '请求过于频繁或额度已用完，请稍后再试。', en: 'Rate limited or out of quota; try again later.' },
  timeout: { zh: '模型响应超时，请稍后重试或换一个模型。', en: 'The model took too long to answer; retry or pick another model.' },
  network: { zh: '无法连接到模型服务，请检查网络和 Base URL。', en: 'Could not reach the model service; check the network and the base URL.' },
  malformed: { zh: '模型返回的内容格式不正确，重试后仍无法解析。', en: 'The model returned malformed output, also after one retry.' },
  'too-large': {
    zh: '模型输出超出长度上限，已停止接收，且没有一条完整的文案。',
    en: 'The model answer exceeded the size limit and was cut off before any complete variant.',
  },
  aborted: { zh: '已取消生成。', en: 'Drafting was cancelled.' },
  server: { zh: '模型服务返回错误，请稍后重试。', en: 'The model service returned an error; try again later.' },
};

export class DraftError extends Error {
  override readonly name = 'DraftError';
  readonly kind: DraftErrorKind;
  readonly messageZh: string;
  readonly messageEn: string;
  /** HTTP status when the server answered. */
  readonly status: number | null;
  /** Server-requested wait before the next try, when it sent one. */
  readonly retryAfterMs: number | null;
  /** Technical detail (server message, validation error) for logs and the CLI. */
  readonly detail: string;

  constructor(kind: DraftErrorKind, detail = '', extra: { status?: number | null; retryAfterMs?: number | null; cause?: unknown } = {}) {
    const text = MESSAGES[kind];
    super(`DraftError(${kind}): ${text.en}${detail ? ` — ${detail}` : ''}`, { cause: extra.cause });
    this.kind = kind;
    this.messageZh = text.zh;
    this.messageEn = text.en;
    this.status = extra.status ?? null;
    this.retryAfterMs = extra.retryAfterMs ?? null;
    this.detail = detail;
  }

  /** The message in the user's locale, with the technical detail appended. */
  localized(locale: 'zh-CN' | 'en'): string {
    const base = locale === 'zh-CN' ? this.messageZh : this.messageEn;
    return this.detail ? `${base}（${this.detail}）` : base;
  }
}

/** Why our own controller aborted: the caller, or our deadline. */
export type AbortCause = 'caller' | 'deadline' | null;

/**
 * Maps anything the SDK or fetch throws to a DraftError. `abortCause` says whether
 * an abort came from the caller's signal or from our deadline, since both surface
 * as the same AbortError.
 */
export function toDraftError(error: unknown, abortCause: AbortCause): DraftError {
  if (error instanceof DraftError) return error;
  if (abortCause === 'caller') return new DraftError('aborted', '', { cause: error });
  if (abortCause === 'deadline') return new DraftError('timeout', '', { cause: error });
  if (error instanceof APIConnectionTimeoutError) return new DraftError('timeout', error.message, { cause: error });
  if (error instanceof APIUserAbortError) return new DraftError('aborted', '', { cause: error });
  if (error instanceof APIConnectionError) return new DraftError('network', causeMessage(error), { cause: error });
  if (error instanceof APIError) {
    const status = typeof error.status === 'number' ? error.status : null;
    const detail = serverMessage(error);
    if (status === 401 || status === 403) return new DraftError('invalid-key', detail, { status, cause: error });
    if (status === 429) {
      const headers = error.headers instanceof Headers ? error.headers : undefined;
      return new DraftError('rate-limited', detail, { status, retryAfterMs: parseRetryAfter(headers), cause: error });
    }
    return new DraftError('server', status ? `HTTP ${status}: ${detail}` : detail, { status, cause: error });
  }
  if (error instanceof Error && error.name === 'AbortError') return new DraftError('aborted', '', { cause: error });
  if (error instanceof TypeError) return new DraftError('network', error.message, { cause: error });
  return new DraftError('server', error instanceof Error ? error.message : String(error), { cause: error });
}

function serverMessage(error: APIError): string {
  const body: unknown = error.error;
  if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') return body.message.slice(0, 300);
  return error.message.slice(0, 300);
}

function causeMessage(error: Error): string {
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const inner: unknown = cause.cause;
    return inner instanceof Error ? `${cause.message}: ${inner.message}` : cause.message;
  }
  return error.message;
}

/**
 * Retry-After as milliseconds: `retry-after-ms`, then `retry-after` as seconds or
 * as an HTTP-date (RFC 9110 §10.2.3). Null when absent or unreadable.
 */
export function parseRetryAfter(headers: Headers | undefined, now: number = Date.now()): number | null {
  if (!headers) return null;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.round(Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return null;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}
