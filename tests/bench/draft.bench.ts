import { DraftSession } from '../../lib/draft/client';
import { draft, MemoryDraftCache, type DraftOptions } from '../../lib/draft/index';
import { buildMessages } from '../../lib/draft/prompt';
import { resolveProvider } from '../../lib/draft/providers';
import { draftRequestSchema, type DraftRequestInput, type DraftVariant } from '../../lib/draft/schema';
import { completion, startMockOpenAI, type MockOpenAI } from '../support/mockOpenAI';

/**
 * Drafting latency that is ours, not the model's:
 * 1. time to first streamed token through DraftSession / draft(), minus the same
 *    mock server's time to first SSE byte read with bare fetch (target < 30 ms);
 * 2. a cached draft served from the in-memory cache vs. drafting it again.
 */

const ITERATIONS = 60;
const WARMUP = 10;

const request: DraftRequestInput = {
  product: { name: '轻量折叠保温杯', category: '保温杯', sellingPoints: ['316不锈钢内胆', '单手开盖', '折叠后可放进口袋'], audience: '上班族' },
  scene: '通勤',
  platform: 'taobao-detail',
  variants: 3,
  keywords: ['保温杯', '便携水杯'],
};

const variant: DraftVariant = {
  headline: '通勤路上的保温杯',
  painPoint: '早高峰挤地铁，热水总是洒一身。',
  solution: '单手开盖，折叠后可放进口袋。',
  showcase: '便携水杯，316不锈钢内胆。',
  body: '早高峰挤地铁，热水总是洒一身。这只保温杯单手开盖，折叠后可放进口袋，是通勤的便携水杯。',
  bullets: ['316不锈钢内胆', '单手开盖'],
  hashtags: [],
  scene: '通勤',
  framework: 'pain-solution-showcase',
};
const answer = JSON.stringify({ variants: [variant, variant, variant] });

async function timeIt(n: number, fn: () => Promise<number>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await fn());
  return samples.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const ms = (x: number) => `${x.toFixed(2)} ms`;

/** Bare fetch + first SSE chunk: what the server and the socket cost without our code. */
async function bareFirstByte(mock: MockOpenAI): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${mock.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
    body: JSON.stringify({ model: 'm', stream: true, messages: [{ role: 'user', content: 'x' }] }),
  });
  const reader = response.body?.getReader();
  await reader?.read();
  const elapsed = performance.now() - started;
  // Drain like the SDK does, so the keep-alive connection is reused on both sides of the comparison.
  while (reader && !(await reader.read()).done);
  return elapsed;
}

export async function run(): Promise<void> {
  const mock = await startMockOpenAI({ handler: () => completion(answer, { chunkSize: 16 }) });
  try {
    const resolved = resolveProvider({ presetId: 'custom', baseURL: mock.baseURL, model: 'mock', apiKey: 'k', structuredOutput: 'json_schema' });
    if (!resolved.ok) throw new Error(resolved.error);
    const provider = resolved.provider;
    const parsed = draftRequestSchema.parse(request);
    const messagesFor = (mode: 'json_schema' | 'json_object') => buildMessages(parsed, { mode });
    const options: DraftOptions = { provider: { presetId: 'custom', baseURL: mock.baseURL, model: 'mock', apiKey: 'k' } };

    const bare = await timeIt(ITERATIONS, () => bareFirstByte(mock));

    const session = await timeIt(ITERATIONS, async () => {
      const started = performance.now();
      let first = NaN;
      await new DraftSession(provider, { onDelta: () => (Number.isNaN(first) ? (first = performance.now() - started) : undefined) }).complete(messagesFor);
      return first;
    });

    const full = await timeIt(ITERATIONS, async () => {
      const started = performance.now();
      let first = NaN;
      const outcome = await draft(request, { ...options, onDelta: () => (Number.isNaN(first) ? (first = performance.now() - started) : undefined) });
      if (!outcome.ok) throw outcome.error;
      return first;
    });

    const complete = await timeIt(ITERATIONS, async () => {
      const started = performance.now();
      const outcome = await draft(request, options);
      if (!outcome.ok) throw outcome.error;
      return performance.now() - started;
    });

    const cache = new MemoryDraftCache();
    await draft(request, { ...options, cache });
    const requestsBefore = mock.requests.length;
    const cached = await timeIt(ITERATIONS, async () => {
      const started = performance.now();
      const outcome = await draft(request, { ...options, cache });
      if (!outcome.ok || !outcome.cached) throw new Error('expected a cache hit');
      return performance.now() - started;
    });
    if (mock.requests.length !== requestsBefore) throw new Error('cache hits made network requests');

    const offline = await timeIt(ITERATIONS, async () => {
      const started = performance.now();
      const outcome = await draft(request);
      if (!outcome.ok) throw outcome.error;
      return performance.now() - started;
    });

    const bareMedian = quantile(bare, 0.5);
    const rows: [string, number[], string][] = [
      ['mock server, bare fetch → first SSE chunk (baseline)', bare, '1.00×'],
      ['DraftSession → first onDelta', session, `${(quantile(session, 0.5) / bareMedian).toFixed(2)}×`],
      ['draft() → first onDelta', full, `${(quantile(full, 0.5) / bareMedian).toFixed(2)}×`],
      ['draft() complete via mock (3 variants, audited)', complete, '1.00× (baseline B)'],
      ['draft() cache hit (in-memory)', cached, `${(quantile(cached, 0.5) / quantile(complete, 0.5)).toFixed(3)}× of B`],
      ['draft() offline templates (3 variants, audited)', offline, `${(quantile(offline, 0.5) / quantile(complete, 0.5)).toFixed(3)}× of B`],
    ];
    console.log(`\ndraft bench — ${ITERATIONS} runs each after ${WARMUP} warm-up, Node ${process.version}\n`);
    console.log(`${'measure'.padEnd(54)} ${'median'.padStart(10)} ${'p95'.padStart(10)}  ratio`);
    for (const [name, samples, ratio] of rows)
      console.log(`${name.padEnd(54)} ${ms(quantile(samples, 0.5)).padStart(10)} ${ms(quantile(samples, 0.95)).padStart(10)}  ${ratio}`);
    const added = quantile(full, 0.5) - bareMedian;
    const addedP95 = quantile(full, 0.95) - quantile(bare, 0.95);
    console.log(
      `\ntime to first token added by our code (draft() − bare): median ${ms(added)}, p95 ${ms(addedP95)} — target < 30 ms: ${added < 30 ? 'PASS' : 'FAIL'}`,
    );
    console.log(
      `cache hit served in ${ms(quantile(cached, 0.5))} median, no request sent (${mock.requests.length - requestsBefore} requests during cache runs)\n`,
    );
  } finally {
    await mock.close();
  }
}
