/**
 * Storage-layer benchmark on fake-indexeddb in Node (the lead measures real
 * Chromium IndexedDB later; absolute numbers here are NOT browser numbers, the
 * ratios and sizes are the point).
 *
 *   npx tsx -e "import('./tests/bench/db.bench.ts').then(m => m.run())"
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { auditCacheStats, getAudit, LAST_USED_GRANULARITY_MS, putAudit, type AuditPayload } from '../../lib/db/auditCache';
import { ListingLintDB } from '../../lib/db/database';
import { evictCaches } from '../../lib/db/eviction';
import { auditCacheKey } from '../../lib/db/hash';
import type { Finding } from '../../lib/types';

const ENTRIES = 10_000;
const SAMPLES = 5_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Row {
  measure: string;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

async function timeEach(measure: string, count: number, op: (i: number) => unknown): Promise<Row> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await op(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    measure,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    mean: times.reduce((a, b) => a + b, 0) / count,
  };
}

/** A typical audit of a 60-character title: a few findings and a small report. */
function samplePayload(i: number): AuditPayload {
  const findings: Finding[] = [
    {
      ruleId: 'absolute-term',
      severity: 'error',
      start: 0,
      end: 2,
      match: '最佳',
      message: '绝对化用语：“最佳”',
      basis: '《广告法》第九条第三项',
      suggestions: ['优选', ''],
      category: 'absolute',
      term: '最佳',
    },
    {
      ruleId: 'medical-claim',
      severity: 'error',
      start: 10,
      end: 12,
      match: '治疗',
      message: '普通商品不得宣称疾病治疗功能',
      basis: '《广告法》第十七条',
      suggestions: [''],
      category: 'medical',
      term: '治疗',
    },
    {
      ruleId: 'title-length',
      severity: 'warning',
      start: 0,
      end: 60,
      match: `标题${i}`,
      message: '标题超过 60 字符',
      suggestions: [],
    },
  ];
  return { findings, report: { score: 70 + (i % 30), counts: { error: 2, warning: 1, info: 0 }, platform: 'taobao' } };
}

function fmt(n: number): string {
  return n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toFixed(4);
}

export async function run(): Promise<void> {
  const db = new ListingLintDB({ indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const keys = Array.from({ length: ENTRIES }, (_, i) => auditCacheKey(`最佳纯棉T恤 治疗 ${i} 款`, 'rules-1', 'lex-1'));
  const now = Date.now();

  const t0 = performance.now();
  for (let i = 0; i < ENTRIES; i++) await putAudit(db, keys[i]!, samplePayload(i), now);
  const fillMs = performance.now() - t0;

  const map = new Map<string, AuditPayload>();
  for (let i = 0; i < ENTRIES; i++) map.set(keys[i]!, samplePayload(i));

  // Same random key sequence for every measure.
  let seed = 42;
  const pick = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return keys[seed % ENTRIES]!;
  };
  const order = Array.from({ length: SAMPLES }, pick);

  const timer = await timeEach('timer overhead (empty await)', SAMPLES, () => undefined);
  const baseline = await timeEach('baseline: Map.get', SAMPLES, (i) => map.get(order[i]!));
  const hit = await timeEach('getAudit hit (no lastUsedAt write)', SAMPLES, (i) => getAudit(db, order[i]!, now));
  const bump = await timeEach('getAudit hit + lastUsedAt bump', SAMPLES, (i) => getAudit(db, order[i]!, now + LAST_USED_GRANULARITY_MS * (i + 1)));
  const miss = await timeEach('getAudit miss', SAMPLES, (i) => getAudit(db, `missing-${i}`, now));
  const rows = [timer, baseline, hit, bump, miss];

  console.log(`\nListingLint storage benchmark — fake-indexeddb ${'6'} on Node ${process.version}; ${ENTRIES} cached audits, ${SAMPLES} random lookups each`);
  console.log('(ms per operation; ratio = p50 / baseline p50 in this same run)\n');
  const header = ['measure', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'p50 ratio'];
  const table = rows.map((r) => [r.measure, fmt(r.p50), fmt(r.p95), fmt(r.p99), fmt(r.mean), r === baseline ? '1×' : `${fmt(r.p50 / baseline.p50)}×`]);
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));

  const stats = await auditCacheStats(db);
  const entries = await db.auditCache.toArray();
  const jsonBytes = new TextEncoder().encode(JSON.stringify(entries)).length;
  const tStats = performance.now();
  await auditCacheStats(db);
  const statsMs = performance.now() - tStats;
  const tEvict = performance.now();
  const report = await evictCaches(db, { maxBytes: Math.floor(stats.bytes / 2), targetRatio: 1, maxAgeMs: Number.MAX_SAFE_INTEGER }, now);
  const evictMs = performance.now() - tEvict;

  const facts: [string, string][] = [
    [`fill: ${ENTRIES} × putAudit`, `${fmt(fillMs)} ms total, ${fmt(fillMs / ENTRIES)} ms each`],
    [
      `size of ${stats.count} cached audits (sum of sizeBytes)`,
      `${(stats.bytes / 1024 / 1024).toFixed(2)} MiB, ${Math.round(stats.bytes / stats.count)} B per entry`,
    ],
    ['the same as one JSON array (UTF-8)', `${(jsonBytes / 1024 / 1024).toFixed(2)} MiB`],
    ['auditCacheStats', `${fmt(statsMs)} ms`],
    ['evictCaches down to half the bytes', `${fmt(evictMs)} ms, removed ${report.auditsRemoved}, freed ${(report.bytesFreed / 1024 / 1024).toFixed(2)} MiB`],
  ];
  const labelWidth = Math.max(...facts.map(([label]) => label.length));
  console.log('\nsize and maintenance');
  for (const [label, value] of facts) console.log(`  ${label.padEnd(labelWidth)}  ${value}`);
  db.close();
}
