import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draft, MemoryDraftCache, type DraftOptions } from '../../../lib/draft/index';
import { canonicalJson, draftCacheKey } from '../../../lib/draft/cache';
import { auditVariant, applySuggestions } from '../../../lib/draft/guardrail';
import { draftRequestSchema } from '../../../lib/draft/schema';
import { completion, httpError, startMockOpenAI, type MockOpenAI } from '../../support/mockOpenAI';
import { fakeCheckText, request, result, variant } from './fixtures';

let mock: MockOpenAI;
beforeEach(async () => {
  mock = await startMockOpenAI();
});
afterEach(async () => {
  await mock.close();
});

const options = (extra: Partial<DraftOptions> = {}): DraftOptions => ({
  provider: { presetId: 'deepseek', baseURL: mock.baseURL, model: 'deepseek-chat', apiKey: 'sk-test' },
  guardrail: { checkText: fakeCheckText },
  ...extra,
});

const violating = variant({ headline: '第一保温杯', body: '这是最好的保温杯，还能治疗手冷。' });
const cleanRevision = variant({ headline: '通勤保温杯', body: '这是很顺手的保温杯，冬天手也暖。' });

describe('draft() with a model', () => {
  it('returns clean variants unflagged, with no revision round', async () => {
    mock.enqueue(completion(result(variant(), variant({ headline: 'B' }))));
    const outcome = await draft(request, options());
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.variants.map((v) => v.flagged)).toEqual([false, false]);
    expect(outcome.revisions).toBe(0);
    expect(outcome.cached).toBe(false);
    expect(outcome.requests).toBe(1);
    expect(outcome.variants[0]?.missingKeywords).toEqual([]);
  });

  it('revises a violating variant once, naming the quoted spans and basis, and returns it clean', async () => {
    mock.enqueue(completion(result(variant(), violating)), completion(result(cleanRevision)));
    const outcome = await draft(request, options());
    if (!outcome.ok) throw outcome.error;
    expect(outcome.revisions).toBe(1);
    expect(mock.requests).toHaveLength(2);
    const revisionAsk = String(mock.requests[1]?.body.messages?.at(-1)?.content);
    expect(revisionAsk).toContain('#2');
    for (const quote of ['"quote": "最好"', '"quote": "治疗"', '"quote": "第一"', '广告法第九条第三项', '广告法第十七条']) expect(revisionAsk).toContain(quote);
    expect(revisionAsk).toContain('exactly 1 variant(s)');
    const [first, second] = outcome.variants;
    expect(first?.revised).toBe(false);
    expect(second).toMatchObject({ headline: '通勤保温杯', revised: true, flagged: false, findings: [] });
  });

  it('flags what the revision could not fix, with the findings attached — never clean', async () => {
    const stillBad = variant({ body: '依然是最好的保温杯。' });
    mock.enqueue(completion(result(violating, variant())), completion(result(stillBad)));
    const outcome = await draft(request, options());
    if (!outcome.ok) throw outcome.error;
    const flaggedVariant = outcome.variants[0];
    expect(flaggedVariant?.flagged).toBe(true);
    expect(flaggedVariant?.body).toBe('依然是最好的保温杯。');
    const finding = flaggedVariant?.findings.find((f) => f.match === '最好');
    expect(finding).toMatchObject({ field: 'body', severity: 'error', start: 3, end: 5, basis: '广告法第九条第三项' });
    expect(outcome.variants[1]?.flagged).toBe(false);
    expect(outcome.revisions).toBe(1);
    expect(mock.requests).toHaveLength(2); // bounded: one revision round only
  });

  it('keeps the first drafts flagged when the revision request itself fails', async () => {
    mock.enqueue(completion(result(violating, variant())), httpError(401, 'key revoked'));
    const outcome = await draft(request, options());
    if (!outcome.ok) throw outcome.error;
    expect(outcome.variants[0]?.flagged).toBe(true);
    expect(outcome.revisionError?.kind).toBe('invalid-key');
  });

  it('returns typed errors as values', async () => {
    mock.enqueue(httpError(401, 'bad key'));
    const outcome = await draft(request, options());
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.kind).toBe('invalid-key');
    const invalid = await draft({ ...request, variants: 9 }, options());
    expect(!invalid.ok && invalid.error.detail).toMatch(/^DraftRequest: variants:/);
  });

  it('forwards streamed deltas to onDelta', async () => {
    mock.enqueue(completion(result(variant(), variant()), { chunkSize: 5 }));
    let last = '';
    let count = 0;
    await draft(request, options({ onDelta: (_d, soFar) => ((last = soFar), (count += 1)) }));
    expect(count).toBeGreaterThan(10);
    expect(JSON.parse(last)).toEqual(result(variant(), variant()));
  });

  it('an aborted draft reports aborted', async () => {
    mock.enqueue({ type: 'hang' });
    const controller = new AbortController();
    const pending = draft(request, options({ signal: controller.signal, onDelta: () => controller.abort() }));
    const outcome = await pending;
    expect(!outcome.ok && outcome.error.kind).toBe('aborted');
  });
});

describe('cache', () => {
  it('answers an identical request from the cache without a network call; regenerate bypasses it', async () => {
    const cache = new MemoryDraftCache();
    mock.setHandler(() => completion(result(variant(), variant({ headline: `Take ${String.fromCharCode(64 + mock.requests.length)}` }))));
    const first = await draft(request, options({ cache }));
    expect(first.ok && first.cached).toBe(false);
    expect(mock.requests).toHaveLength(1);

    // Same request, keys in another order: still a hit.
    const reordered = JSON.parse(canonicalJson(request)) as typeof request;
    const second = await draft(reordered, options({ cache }));
    expect(mock.requests).toHaveLength(1);
    expect(second.ok && second.cached).toBe(true);
    expect(second.ok && second.requests).toBe(0);
    expect(second.ok && second.variants).toEqual(first.ok && first.variants);

    const fresh = await draft(request, options({ cache, regenerate: true }));
    expect(mock.requests).toHaveLength(2);
    expect(fresh.ok && fresh.cached).toBe(false);
    expect(fresh.ok && fresh.variants[1]?.headline).toBe('Take B');
  });

  it('keys differ by request and by model', async () => {
    const parsed = draftRequestSchema.parse(request);
    const id = { presetId: 'deepseek', baseURL: 'https://api.deepseek.com', model: 'deepseek-chat' };
    const key = await draftCacheKey(parsed, id);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await draftCacheKey(parsed, { ...id })).toBe(key);
    expect(await draftCacheKey(parsed, { ...id, model: 'deepseek-reasoner' })).not.toBe(key);
    expect(await draftCacheKey({ ...parsed, scene: '露营' }, id)).not.toBe(key);
  });

  it('treats a corrupt cache entry as a miss', async () => {
    const cache = new MemoryDraftCache();
    const corrupt = { get: async () => ({ variants: 'garbage' }), put: cache.put.bind(cache) };
    mock.enqueue(completion(result(variant(), variant())));
    const outcome = await draft(request, options({ cache: corrupt }));
    expect(outcome.ok && outcome.cached).toBe(false);
    expect(mock.requests).toHaveLength(1);
  });
});

describe('guardrail', () => {
  it('locates findings per field and lists missing keywords', () => {
    const req = draftRequestSchema.parse({ ...request, keywords: ['保温杯', '露营灯'] });
    const audit = auditVariant(variant({ bullets: ['a', '第一选择'] }), req, { checkText: fakeCheckText });
    expect(audit.findings).toEqual([expect.objectContaining({ field: 'bullets.1', match: '第一', start: 0, end: 2 })]);
    expect(audit.errors).toBe(1);
    expect(audit.missingKeywords).toEqual(['露营灯']);
  });

  it('a checker that throws flags the variant instead of passing it', () => {
    const audit = auditVariant(variant(), draftRequestSchema.parse(request), {
      checkText: () => {
        throw new Error('lexicon missing');
      },
    });
    expect(audit.errors).toBeGreaterThan(0);
    expect(audit.findings[0]?.ruleId).toBe('audit-failed');
  });

  it('runs the title audit on headlines where the headline is the listing title', () => {
    const titleAudit = (title: string) => ({
      findings:
        title.length < 10
          ? [{ ruleId: 'title-length', severity: 'warning' as const, start: 0, end: title.length, match: title, message: 'short', suggestions: [] }]
          : [],
    });
    const taobao = auditVariant(variant(), draftRequestSchema.parse(request), { checkText: fakeCheckText, auditTitle: titleAudit });
    expect(taobao.findings.map((f) => f.ruleId)).toEqual(['title-length']);
    const douyin = auditVariant(variant(), draftRequestSchema.parse({ ...request, platform: 'douyin-script' }), {
      checkText: fakeCheckText,
      auditTitle: titleAudit,
    });
    expect(douyin.findings).toEqual([]);
  });

  it('applySuggestions replaces spans with the first non-empty suggestion and never just deletes', () => {
    const v = variant({ body: '第一，最好的杯子，最好用' });
    const audit = auditVariant(v, draftRequestSchema.parse(request), { checkText: fakeCheckText });
    const fixed = applySuggestions(v, audit.findings);
    expect(fixed.body).toBe('第一，很好的杯子，很好用');
    expect(auditVariant(fixed, draftRequestSchema.parse(request), { checkText: fakeCheckText }).errors).toBe(1);
  });
});
