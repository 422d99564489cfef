import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draft, MemoryDraftCache, type DraftOptions } from '../../../lib/draft/index';
import type { ProviderConfig } from '../../../lib/draft/providers';
import { completion, httpError, startMockOpenAI, type MockOpenAI } from '../../support/mockOpenAI';
import { fakeCheckText, request, result, variant } from './fixtures';

/** Resilient model drafting against the project's mock OpenAI server (real HTTP, real SDK). */

let mock: MockOpenAI;
beforeEach(async () => {
  mock = await startMockOpenAI();
});
afterEach(async () => {
  await mock.close();
});

const noRetry = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 };
const providerConfig = (): ProviderConfig => ({ presetId: 'deepseek', baseURL: mock.baseURL, model: 'deepseek-chat', apiKey: 'sk-test' });
const options = (extra: Partial<DraftOptions> = {}): DraftOptions => ({
  provider: providerConfig(),
  guardrail: { checkText: fakeCheckText },
  call: { retry: noRetry },
  ...extra,
});
const three = { ...request, variants: 3 };
const lastUser = (i: number) => String(mock.requests[i]?.body.messages?.at(-1)?.content ?? '');

describe('a short or partly invalid answer keeps its good variants', () => {
  it('1 of 3 variants: keeps it and asks only for the 2 missing', async () => {
    mock.enqueue(
      completion(result(variant({ headline: '早高峰的保温杯' }))),
      completion(result(variant({ headline: '图书馆的保温杯' }), variant({ headline: '露营的保温杯' }))),
    );
    const outcome = await draft(three, options());
    if (!outcome.ok) throw outcome.error;
    expect(outcome.variants.map((v) => v.headline)).toEqual(['早高峰的保温杯', '图书馆的保温杯', '露营的保温杯']);
    expect(mock.requests).toHaveLength(2);
    expect(lastUser(1)).toContain('Write 2 more variant(s)');
    // The kept variant travels back as context, so the new ones differ from it.
    expect(String(mock.requests[1]?.body.messages?.at(-2)?.content)).toContain('早高峰的保温杯');
    expect(outcome.notices).toEqual([]);
  });

  it('a variant that breaks the schema is dropped, the valid ones stay, the missing one is asked for with the reason', async () => {
    mock.enqueue(
      completion(result(variant({ headline: '甲' }), { ...variant(), bullets: 'not a list' } as never, variant({ headline: '丙' }))),
      completion(result(variant({ headline: '乙' }))),
    );
    const outcome = await draft(three, options());
    if (!outcome.ok) throw outcome.error;
    expect(outcome.variants.map((v) => v.headline)).toEqual(['甲', '丙', '乙']);
    expect(lastUser(1)).toContain('Write 1 more variant(s)');
    expect(lastUser(1)).toContain('variants.1.bullets');
  });

  it('when the top-up fails, the good variants are still returned, with a notice, and not cached', async () => {
    const cache = new MemoryDraftCache();
    mock.enqueue(completion(result(variant({ headline: '只有一条' }))), httpError(500, 'boom'));
    const outcome = await draft(three, options({ cache }));
    if (!outcome.ok) throw outcome.error;
    expect(outcome.variants.map((v) => v.headline)).toEqual(['只有一条']);
    expect(outcome.notices).toEqual([{ kind: 'partial', got: 1, want: 3 }]);
    expect(cache.size).toBe(0);
  });

  it('sends a bounded max_tokens', async () => {
    mock.enqueue(completion(result(variant(), variant(), variant())));
    await draft(three, options());
    const maxTokens = mock.requests[0]?.body.max_tokens;
    expect(maxTokens).toBeGreaterThan(1000);
    expect(maxTokens).toBeLessThanOrEqual(8000);
  });
});

describe('provider down', () => {
  it('falls back to the offline drafter with a notice; the provider settings are left as they were', async () => {
    const provider = providerConfig();
    await mock.close(); // nothing listens on the port any more
    const before = structuredClone(provider);
    const outcome = await draft(three, options({ provider, fallback: 'offline' }));
    if (!outcome.ok) throw outcome.error;
    expect(outcome.source).toBe('offline');
    expect(outcome.variants).toHaveLength(3);
    expect(outcome.notices[0]).toMatchObject({ kind: 'fallback' });
    expect(outcome.notices[0]?.kind === 'fallback' && outcome.notices[0].error.kind).toBe('network');
    expect(provider).toEqual(before);
    mock = await startMockOpenAI(); // for afterEach
  });

  it('without fallback the error is a value the UI can offer the offline drafter for', async () => {
    mock.enqueue(httpError(503, 'overloaded'));
    const outcome = await draft(three, options());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe('server');
  });

  it('an offline fallback is not cached under the model', async () => {
    const cache = new MemoryDraftCache();
    mock.enqueue(httpError(503, 'overloaded'));
    await draft(three, options({ cache, fallback: 'offline' }));
    expect(cache.size).toBe(0);
  });
});

describe('an oversized answer', () => {
  it('stops reading at the cap, keeps the variants that arrived whole, and says so', async () => {
    const runaway = JSON.stringify(result(variant({ headline: '完整一' }), variant({ headline: '完整二' }), variant({ body: '长'.repeat(2_000_000) })));
    mock.enqueue(completion(runaway, { chunkSize: 65_536, chunkDelayMs: 20 }));
    let streamed = 0;
    let deltas = 0;
    const outcome = await draft(
      three,
      options({
        call: { retry: noRetry, maxAnswerChars: 20_000 },
        onDelta: (delta) => {
          streamed += delta.length;
          deltas += 1;
        },
      }),
    );
    if (!outcome.ok) throw outcome.error;
    expect(outcome.variants.map((v) => v.headline)).toEqual(['完整一', '完整二']);
    expect(outcome.notices).toContainEqual({ kind: 'too-large', maxChars: 20_000 });
    // Only increments travel, never more than the cap in total.
    expect(streamed).toBeLessThanOrEqual(20_000);
    expect(deltas).toBeGreaterThan(0);
    // A runaway answer is not asked again, and the client hung up instead of downloading the rest.
    expect(mock.requests).toHaveLength(1);
    await mock.requests[0]?.closed;
    expect(mock.requests[0]?.closedEarly).toBe(true);
  });

  it('with no complete variant before the cap, it is a clear too-large error', async () => {
    mock.enqueue(completion(JSON.stringify(result(variant({ body: '长'.repeat(200_000) }))), { chunkSize: 65_536 }));
    const outcome = await draft(three, options({ call: { retry: noRetry, maxAnswerChars: 10_000 } }));
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.kind).toBe('too-large');
    expect(outcome.error.messageZh).toContain('超出长度上限');
    expect(outcome.error.messageEn).toContain('exceeded the size limit');
  });
});

describe('a failed revision', () => {
  it('is not served from the cache next time', async () => {
    const cache = new MemoryDraftCache();
    const bad = variant({ headline: '最好的保温杯' });
    mock.enqueue(completion(result(bad, variant(), variant())), httpError(500, 'revision broke'));
    const first = await draft(three, options({ cache }));
    if (!first.ok) throw first.error;
    expect(first.revisionError?.kind).toBe('server');
    expect(first.variants[0]?.flagged).toBe(true);
    expect(first.notices.map((n) => n.kind)).toEqual(['revision-failed']);
    expect(cache.size).toBe(0);

    mock.enqueue(completion(result(variant(), variant(), variant())));
    const second = await draft(three, options({ cache }));
    if (!second.ok) throw second.error;
    expect(second.cached).toBe(false);
    expect(mock.requests).toHaveLength(3);
    expect(second.variants.every((v) => !v.flagged)).toBe(true);
    expect(cache.size).toBe(1);
  });
});
