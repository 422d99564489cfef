import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftSession, parseDraftResult, testConnection } from '../../../lib/draft/client';
import { DraftError, parseRetryAfter } from '../../../lib/draft/errors';
import { buildMessages } from '../../../lib/draft/prompt';
import { resolveProvider, type ProviderConfig, type ResolvedProvider } from '../../../lib/draft/providers';
import { retryDelay, DEFAULT_RETRY } from '../../../lib/draft/retry';
import { draftRequestSchema } from '../../../lib/draft/schema';
import { completion, httpError, rejectsJsonSchema, startMockOpenAI, type MockOpenAI } from '../../support/mockOpenAI';
import { request, result, variant } from './fixtures';

let mock: MockOpenAI;
beforeEach(async () => {
  mock = await startMockOpenAI();
});
afterEach(async () => {
  await mock.close();
});

const req = draftRequestSchema.parse(request);
const messagesFor = (mode: 'json_schema' | 'json_object') => buildMessages(req, { mode });

function provider(overrides: Partial<ProviderConfig> = {}): ResolvedProvider {
  const resolved = resolveProvider({ presetId: 'qwen', baseURL: mock.baseURL, model: 'qwen-plus', apiKey: 'sk-test', ...overrides });
  if (!resolved.ok) throw new Error(resolved.error);
  return resolved.provider;
}

async function expectDraftError(promise: Promise<unknown>, kind: DraftError['kind']): Promise<DraftError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DraftError);
  expect((error as DraftError).kind).toBe(kind);
  return error as DraftError;
}

describe('structured output', () => {
  it('sends json_schema (strict) to a capable provider, streams deltas and validates the result', async () => {
    mock.enqueue(completion(result(variant(), variant({ headline: '第二个' })), { chunkSize: 7 }));
    const deltas: string[] = [];
    const session = new DraftSession(provider(), { onDelta: (delta) => deltas.push(delta) });
    const generation = await session.generate(messagesFor, 2);
    expect(generation.result.variants).toHaveLength(2);
    expect(generation.result.variants[1]?.headline).toBe('第二个');
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join('')).toBe(generation.raw);
    const sent = mock.requests[0]?.body;
    expect(sent?.stream).toBe(true);
    expect(sent?.model).toBe('qwen-plus');
    expect(sent?.response_format?.type).toBe('json_schema');
    expect(sent?.response_format?.json_schema?.strict).toBe(true);
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer sk-test');
  });

  it('uses JSON mode for DeepSeek-like providers, and the prompt says JSON', async () => {
    mock.enqueue(completion(result(variant(), variant())));
    const session = new DraftSession(provider({ presetId: 'deepseek', model: 'deepseek-chat' }));
    await session.generate(messagesFor, 2);
    const sent = mock.requests[0]?.body;
    expect(sent?.response_format).toEqual({ type: 'json_object' });
    expect(sent?.messages?.[0]?.content).toContain('JSON');
    expect(sent?.messages?.[0]?.content).toContain('"painPoint":string');
  });

  it('falls back to json_object when the server answers json_schema with 400', async () => {
    mock.setHandler(rejectsJsonSchema(() => completion(result(variant(), variant()))));
    const session = new DraftSession(provider());
    const generation = await session.generate(messagesFor, 2);
    expect(generation.result.variants).toHaveLength(2);
    expect(mock.requests.map((r) => r.body.response_format?.type)).toEqual(['json_schema', 'json_object']);
    expect(mock.requests[1]?.body.messages?.[0]?.content).toContain('"painPoint":string');
    expect(session.mode).toBe('json_object');
  });

  it('falls back to a plain request when the server rejects streaming', async () => {
    mock.setHandler((r) => (r.body.stream ? httpError(400, 'stream is not supported') : completion(result(variant(), variant()))));
    const deltas: string[] = [];
    const session = new DraftSession(provider(), { onDelta: (d) => deltas.push(d) });
    await session.generate(messagesFor, 2);
    expect(mock.requests.map((r) => [r.body.stream, r.body.response_format?.type])).toEqual([
      [true, 'json_schema'],
      [false, 'json_schema'],
    ]);
    expect(deltas).toHaveLength(1); // the whole text, once
  });

  it('falls back to a plain request when a server ignores stream and answers JSON', async () => {
    mock.setHandler(() => completion(result(variant(), variant()), { ignoreStream: true }));
    const session = new DraftSession(provider());
    // The SDK reads a JSON body as an empty event stream: we notice and ask again without stream.
    const generation = await session.generate(messagesFor, 2);
    expect(generation.result.variants).toHaveLength(2);
    expect(mock.requests.map((r) => r.body.stream)).toEqual([true, false]);
  });
});

describe('malformed answers', () => {
  it('retries once with the validation error, then succeeds', async () => {
    mock.enqueue(completion('{"variants": [{"headline": "x"}]'), completion(result(variant(), variant())));
    const session = new DraftSession(provider());
    const generation = await session.generate(messagesFor, 2);
    expect(generation.repairs).toBe(1);
    const followUp = mock.requests[1]?.body.messages ?? [];
    expect(followUp.at(-2)).toMatchObject({ role: 'assistant', content: '{"variants": [{"headline": "x"}]' });
    expect(followUp.at(-1)?.content).toContain('<validation_error>');
    // The answer was cut short: its one variant fragment is named in the repair turn.
    expect(followUp.at(-1)?.content).toContain('variants.0.painPoint');
  });

  it('gives a plain malformed DraftError after the second bad answer', async () => {
    mock.enqueue(completion(result({ ...variant(), bullets: 'nope' } as never)), completion(result({ ...variant(), body: '' })));
    const error = await expectDraftError(new DraftSession(provider()).generate(messagesFor, 2), 'malformed');
    expect(error.detail).toMatch(/^variants\.0\.body/);
    expect(String(mock.requests[1]?.body.messages?.at(-1)?.content)).toContain('variants.0.bullets');
    expect(error.messageZh).toContain('格式不正确');
    expect(mock.requests).toHaveLength(2);
  });

  it('parses fenced JSON but not prose', () => {
    expect(parseDraftResult('```json\n' + JSON.stringify(result(variant())) + '\n```', 1).ok).toBe(true);
    expect(parseDraftResult('Sure! Here you go.', 1)).toEqual({ ok: false, error: 'the answer is not valid JSON' });
  });
});

describe('HTTP errors', () => {
  it('maps 401 to invalid-key without retrying', async () => {
    mock.enqueue(httpError(401, 'Incorrect API key provided'));
    const error = await expectDraftError(new DraftSession(provider()).complete(messagesFor), 'invalid-key');
    expect(error.status).toBe(401);
    expect(error.detail).toContain('Incorrect API key');
    expect(error.localized('zh-CN')).toContain('API 密钥无效');
    expect(mock.requests).toHaveLength(1);
  });

  it('refuses to call a key-requiring preset without a key', () => {
    expect(() => new DraftSession(provider({ apiKey: undefined }))).toThrow(/invalid-key/);
  });

  it('honours Retry-After seconds on 429 and then succeeds', async () => {
    mock.enqueue(httpError(429, 'slow down', { 'retry-after': '1' }), completion(result(variant())));
    const waits: number[] = [];
    const session = new DraftSession(provider(), { sleep: async (ms) => void waits.push(ms) });
    const answer = await session.complete(messagesFor);
    expect(JSON.parse(answer.text)).toEqual(result(variant()));
    expect(waits).toEqual([1000]);
    expect(mock.requests).toHaveLength(2);
  });

  it('really waits for Retry-After with the default sleep', async () => {
    mock.enqueue(httpError(429, 'slow down', { 'retry-after': '1' }), completion(result(variant())));
    const started = performance.now();
    await new DraftSession(provider()).complete(messagesFor);
    const gap = (mock.requests[1]?.receivedAt ?? 0) - (mock.requests[0]?.receivedAt ?? 0);
    expect(gap).toBeGreaterThanOrEqual(950);
    expect(performance.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('bounds 429 retries and reports rate-limited', async () => {
    mock.setHandler(() => httpError(429, 'quota', { 'retry-after': '0' }));
    const error = await expectDraftError(
      new DraftSession(provider(), { retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 100 } }).complete(messagesFor),
      'rate-limited',
    );
    expect(mock.requests).toHaveLength(3);
    expect(error.retryAfterMs).toBe(0);
  });

  it('does not wait for a Retry-After beyond the policy limit', async () => {
    mock.enqueue(httpError(429, 'come back tomorrow', { 'retry-after': '3600' }));
    const error = await expectDraftError(new DraftSession(provider()).complete(messagesFor), 'rate-limited');
    expect(error.retryAfterMs).toBe(3_600_000);
    expect(mock.requests).toHaveLength(1);
  });

  it('reads Retry-After as an HTTP-date and backs off exponentially without one', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5000);
    expect(parseRetryAfter(new Headers({ 'retry-after-ms': '250' }))).toBe(250);
    expect(parseRetryAfter(new Headers({ 'retry-after': 'soon' }))).toBeNull();
    const limited = new DraftError('rate-limited', '', { status: 429 });
    expect(retryDelay(limited, 1, DEFAULT_RETRY, () => 1)).toBe(500);
    expect(retryDelay(limited, 2, DEFAULT_RETRY, () => 1)).toBe(1000);
    expect(retryDelay(limited, 3, DEFAULT_RETRY, () => 1)).toBeNull();
    expect(retryDelay(new DraftError('invalid-key'), 1, DEFAULT_RETRY)).toBeNull();
  });

  it('maps a refused connection to network', async () => {
    const closed = await startMockOpenAI();
    const baseURL = closed.baseURL;
    await closed.close();
    const resolved = resolveProvider({ presetId: 'custom', baseURL, model: 'm' });
    if (!resolved.ok) throw new Error(resolved.error);
    await expectDraftError(new DraftSession(resolved.provider, { retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 } }).complete(messagesFor), 'network');
  });

  it('maps 500 after retries to server', async () => {
    mock.setHandler(() => httpError(500, 'boom'));
    const error = await expectDraftError(
      new DraftSession(provider(), { retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 } }).complete(messagesFor),
      'server',
    );
    expect(error.detail).toContain('HTTP 500');
    expect(mock.requests).toHaveLength(2);
  });
});

describe('abort and timeout', () => {
  it('abort cancels the HTTP request: the server sees the connection close', async () => {
    mock.enqueue({ type: 'hang' });
    const controller = new AbortController();
    const deltas: string[] = [];
    const pending = new DraftSession(provider(), { signal: controller.signal, onDelta: (d) => deltas.push(d) }).complete(messagesFor);
    while (deltas.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expectDraftError(pending, 'aborted');
    const request = mock.requests[0];
    await Promise.race([request?.closed, new Promise((_, reject) => setTimeout(() => reject(new Error('socket stayed open')), 2000))]);
    expect(request?.closedEarly).toBe(true);
  });

  it('a slow server runs into the timeout, and the connection is closed', async () => {
    mock.enqueue(completion(result(variant()), { delayMs: 2000 }));
    const started = performance.now();
    await expectDraftError(new DraftSession(provider(), { timeoutMs: 200 }).complete(messagesFor), 'timeout');
    expect(performance.now() - started).toBeLessThan(1500);
    await mock.requests[0]?.closed;
    expect(mock.requests[0]?.closedEarly).toBe(true);
  });

  it('a stream that stalls mid-way also times out', async () => {
    mock.enqueue({ type: 'hang' });
    await expectDraftError(new DraftSession(provider(), { timeoutMs: 300 }).complete(messagesFor), 'timeout');
  });
});

describe('testConnection', () => {
  it('reports model and latency', async () => {
    mock.enqueue(completion('p', { model: 'qwen-plus-2025' }));
    const check = await testConnection({ presetId: 'qwen', baseURL: mock.baseURL, model: 'qwen-plus', apiKey: 'k' });
    expect(check.ok).toBe(true);
    if (check.ok) {
      expect(check.model).toBe('qwen-plus-2025');
      expect(check.latencyMs).toBeGreaterThanOrEqual(0);
    }
    expect(mock.requests[0]?.body.max_tokens).toBe(1);
  });

  it('reports a typed error', async () => {
    mock.enqueue(httpError(403, 'forbidden'));
    const check = await testConnection({ presetId: 'ollama', baseURL: mock.baseURL, model: 'qwen2.5:7b' });
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error.kind).toBe('invalid-key');
    const invalid = await testConnection({ presetId: 'ollama', baseURL: 'not a url', model: 'x' });
    expect(!invalid.ok && invalid.error.kind).toBe('invalid-request');
  });
});
