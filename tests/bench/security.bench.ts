/**
 * Cost of the subscription checks (`npm run bench -- security`): vetting a lexicon (schema +
 * safe-pattern check) against schema-only parsing as the baseline, on the shipped lexicons and on
 * a worst case (a 5 MiB lexicon packed with long regexes); and how many bytes an oversized feed
 * gets to deliver before it is refused, against reading it whole (the old behaviour).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { ListingLintDB } from '../../lib/db/database';
import { MAX_LEXICON_BYTES, refreshSubscription, vetLexicon, type FetchLike } from '../../lib/db/subscriptions';
import { parseLexicon } from '../../lib/lexicon/load';

const RUNS = 3;
const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `min ${sorted[0]!.toFixed(1)} / median ${sorted[1]!.toFixed(1)} / max ${sorted[2]!.toFixed(1)}`;
};
const timeRuns = (op: () => unknown) =>
  Array.from({ length: RUNS }, () => {
    const started = performance.now();
    op();
    return performance.now() - started;
  });

function shipped(): unknown[] {
  const dir = path.resolve('public/lexicons');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown);
}

/** ~5 MiB: terms whose exception patterns are long, safe alternations (the most work per byte). */
function worstCase(): unknown {
  const alternation = `(${Array.from({ length: 40 }, (_, i) => `词${String.fromCharCode(0x4e00 + i)}`).join('|')})后缀`.slice(0, 200);
  const terms = [];
  let bytes = 0;
  for (let i = 0; bytes < MAX_LEXICON_BYTES - 2000; i += 1) {
    const term = {
      text: `术语${i}`,
      category: 'custom',
      severity: 'warning',
      basis: '团队规则',
      lang: 'zh',
      exceptionPatterns: [alternation, alternation, alternation, alternation],
    };
    bytes += Buffer.byteLength(JSON.stringify(term));
    terms.push(term);
  }
  return { id: 'worst-case', version: '1.0.0', name: { zh: '最坏情况', en: 'Worst case' }, source: 'bench', terms };
}

export async function run(): Promise<void> {
  const lexicons = shipped();
  const patterns = lexicons.flatMap((lexicon) =>
    (lexicon as { terms: { exceptionPatterns?: string[] }[] }).terms.flatMap((term) => term.exceptionPatterns ?? []),
  ).length;
  console.log(`shipped lexicons (${lexicons.length} files, ${patterns} patterns), ms:`);
  console.log(`  baseline parseLexicon  ${stats(timeRuns(() => lexicons.forEach((lexicon, i) => parseLexicon(lexicon, String(i)))))}`);
  console.log(`  vetLexicon             ${stats(timeRuns(() => lexicons.forEach((lexicon, i) => vetLexicon(lexicon, String(i)))))}`);

  const worst = worstCase();
  const worstPatterns = (worst as { terms: unknown[] }).terms.length * 4;
  console.log(`worst case (${(Buffer.byteLength(JSON.stringify(worst)) / 1024 / 1024).toFixed(2)} MiB, ${worstPatterns} patterns of ~200 chars), ms:`);
  console.log(`  baseline parseLexicon  ${stats(timeRuns(() => parseLexicon(worst, 'worst')))}`);
  console.log(`  vetLexicon             ${stats(timeRuns(() => vetLexicon(worst, 'worst')))}`);

  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  const feed =
    (counter: { pulled: number }): FetchLike =>
    async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (counter.pulled >= 40 * 1024 * 1024) return controller.close();
            counter.pulled += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
  const pulledBaseline: number[] = [];
  const pulledCapped: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const whole = { pulled: 0 };
    const response = await feed(whole)('https://cdn.example.com/x.json', {
      signal: new AbortController().signal,
      redirect: 'error',
      credentials: 'omit',
      cache: 'no-store',
    });
    await new Response(response.body).arrayBuffer();
    pulledBaseline.push(whole.pulled / 1024 / 1024);
    const db = new ListingLintDB({ indexedDB: new IDBFactory(), IDBKeyRange });
    const capped = { pulled: 0 };
    await refreshSubscription(db, 'https://cdn.example.com/x.json', { fetch: feed(capped) });
    pulledCapped.push(capped.pulled / 1024 / 1024);
    db.close();
  }
  console.log('40 MiB feed, MiB read before the answer:');
  console.log(`  baseline arrayBuffer() ${stats(pulledBaseline)}`);
  console.log(`  refreshSubscription    ${stats(pulledCapped)}`);
}
