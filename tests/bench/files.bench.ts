// Seller files (issue 13): check-csv throughput and peak RSS on 100k and 1M rows (1 GB with
// LL_BENCH_1GB=1), .xlsx import of 100k rows, custom-term import of 100k terms (fake-indexeddb in
// Node) and the compile of 100k custom terms as a seller tab does it. Each figure is min/median/max
// of three runs, next to a baseline measured in the same run.
import { spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as XLSX from '@e965/xlsx';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readTable } from '../../lib/files/table';
import { ListingLintDB } from '../../lib/db/database';
import { addCustomTerm, importCustomTerms } from '../../lib/db/customTerms';
import { cachedChecker } from '../../lib/compliance';
import { loadShippedLexicons } from '../../lib/lexicon/shipped';
import { extensionBuilt, launchBrowser } from './extensionBrowser';
import { largeCatalogWorkbook } from '../support/sellerFiles';

const dir = mkdtempSync(path.join(tmpdir(), 'll-files-bench-'));
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? 0, median: s[Math.floor(s.length / 2)] ?? 0, max: s[s.length - 1] ?? 0 };
};
const fmt = (xs: number[], unit: string, digits = 0) => {
  const { min, median, max } = stats(xs);
  return `min ${min.toFixed(digits)} / median ${median.toFixed(digits)} / max ${max.toFixed(digits)} ${unit}`;
};

function row(i: number): string {
  const title = i % 4 === 0 ? `全网最好的保温杯${i} 316不锈钢 大容量 通勤` : `保温杯${i} 316不锈钢 大容量 通勤 办公室 学生`;
  const selling = i % 7 === 0 ? '"国家级工艺, 全网最低价"' : '"保温12小时, 不串味，杯盖可拆洗"';
  return `${i},${title},${selling},适合通勤和露营，轻巧便携 ${i % 13 === 0 ? '治疗失眠' : '日常使用'}\n`;
}

async function writeCatalog(file: string, rows: number, encode: (s: string) => Buffer): Promise<number> {
  const out = createWriteStream(file);
  out.write(encode('商品ID,商品标题,卖点,商品描述\n'));
  let batch = '';
  for (let i = 1; i <= rows; i++) {
    batch += row(i);
    if (batch.length > 1 << 16) {
      if (!out.write(encode(batch))) await once(out, 'drain');
      batch = '';
    }
  }
  out.end(encode(batch));
  await once(out, 'finish');
  return statSync(file).size;
}

/** The I/O floor: stream the file and count newlines, no decode, no parse. */
async function rawRead(file: string): Promise<number> {
  const t0 = performance.now();
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>)
    for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) lines++;
  void lines;
  return performance.now() - t0;
}

function checkCsv(file: string): { ms: number; rssMb: number; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      'maxrss=%M',
      process.execPath,
      'lib/cli/listinglint.mjs',
      'check-csv',
      file,
      '--column',
      '商品标题',
      '--column',
      '卖点',
      '--out',
      path.join(dir, 'report.csv'),
      '--progress-every',
      '100000000',
    ],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  const ms = performance.now() - t0;
  const rss = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]) / 1024;
  return {
    ms,
    rssMb: rss,
    stderr:
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('check-csv:'))
        .pop() ?? r.stderr.slice(0, 300),
  };
}

async function benchCheckCsv(label: string, rows: number, encode: (s: string) => Buffer, runs: number): Promise<void> {
  const file = path.join(dir, `catalog-${label}.csv`);
  const bytes = await writeCatalog(file, rows, encode);
  const raw: number[] = [];
  const rates: number[] = [];
  const rss: number[] = [];
  let last = '';
  for (let i = 0; i < runs; i++) {
    raw.push(await rawRead(file));
    const r = checkCsv(file);
    rates.push(rows / (r.ms / 1000));
    rss.push(r.rssMb);
    last = r.stderr;
  }
  console.log(`check-csv ${label}: ${rows} rows, ${(bytes / 1024 / 1024).toFixed(0)} MB — ${fmt(rates, 'rows/s')}; peak RSS ${fmt(rss, 'MB')}`);
  console.log(
    `  baseline (stream + count newlines, same file): ${fmt(
      raw.map((ms) => bytes / 1024 / 1024 / (ms / 1000)),
      'MB/s',
    )}; last run: ${last}`,
  );
  rmSync(file);
}

async function benchXlsx(): Promise<void> {
  const rows = 100_000;
  const xlsx = largeCatalogWorkbook(rows);
  const book = XLSX.read(xlsx, { type: 'buffer', dense: true });
  const csv = XLSX.utils.sheet_to_csv(book.Sheets['商品列表']!);
  const gbk = iconv.encode(csv, 'gbk');
  const sheetMs: number[] = [];
  const csvMs: number[] = [];
  for (let i = 0; i < 3; i++) {
    let t0 = performance.now();
    const table = await readTable(xlsx, 'catalog.xlsx');
    sheetMs.push(performance.now() - t0);
    if (table.rows.length !== rows + 3) throw new Error(`xlsx rows ${table.rows.length}`);
    t0 = performance.now();
    await readTable(gbk, 'catalog.csv');
    csvMs.push(performance.now() - t0);
  }
  console.log(
    `.xlsx import (readTable in Node) of ${rows} rows, shared strings, 生意参谋 metadata rows, ${(xlsx.length / 1024 / 1024).toFixed(1)} MB: ${fmt(sheetMs, 'ms')}`,
  );
  console.log(`  baseline: the same sheet as a GBK CSV, ${(gbk.length / 1024 / 1024).toFixed(1)} MB, through readTable: ${fmt(csvMs, 'ms')}`);
  await benchXlsxInChromium(xlsx, Buffer.from(csv), rows);
}

/** The dashboard's batch tab in real Chromium: file chosen → "100000 rows loaded", and the longest main-thread task meanwhile. */
async function benchXlsxInChromium(xlsx: Buffer, csv: Buffer, rows: number): Promise<void> {
  if (!extensionBuilt()) {
    console.log('.xlsx import in Chromium: no built extension; run `npm run build:e2e` for this figure.');
    return;
  }
  const files = { xlsx: path.join(dir, '商品.xlsx'), csv: path.join(dir, '商品.csv') };
  writeFileSync(files.xlsx, xlsx);
  writeFileSync(files.csv, csv);
  const measure = async (file: string, extensionDir?: string) => {
    const browser = await launchBrowser(true, extensionDir);
    try {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html?tab=batch`);
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        w.longTasks = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
        }).observe({ type: 'longtask' });
      });
      const t0 = performance.now();
      await page.getByTestId('batch-file').setInputFiles(file);
      // "已读取 100000 行" or, in an English browser, "Read 100,000 rows".
      await page
        .getByTestId('batch-loaded')
        .filter({ hasText: new RegExp(`${rows}|${rows.toLocaleString('en')}`) })
        .waitFor({ timeout: 600_000 });
      const ms = performance.now() - t0;
      const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
      return { ms, longest: Math.max(0, ...tasks), blocked: tasks.reduce((a, b) => a + b, 0) };
    } finally {
      await browser.close();
    }
  };
  // LL_BENCH_BEFORE_EXTENSION: a build of the commit before (the parse on the main thread), measured in the same run.
  const before = process.env.LL_BENCH_BEFORE_EXTENSION;
  const cases: [string, string, string | undefined][] = [
    ['.xlsx', files.xlsx, undefined],
    ['baseline: the same sheet as UTF-8 CSV', files.csv, undefined],
    ...(before ? [[`baseline: .xlsx with the build in ${before}`, files.xlsx, path.resolve(before)] as [string, string, string]] : []),
  ];
  for (const [label, file, extensionDir] of cases) {
    const runs = [await measure(file, extensionDir), await measure(file, extensionDir), await measure(file, extensionDir)];
    console.log(
      `${label} import in the dashboard (Chromium, batch tab, file → ${rows} rows loaded): ${fmt(
        runs.map((r) => r.ms),
        'ms',
      )}; longest main-thread task ${fmt(
        runs.map((r) => r.longest),
        'ms',
      )}; all long tasks ${fmt(
        runs.map((r) => r.blocked),
        'ms',
      )}`,
    );
  }
}

async function benchCustomTerms(): Promise<void> {
  const count = 100_000;
  const terms = Array.from({ length: count }, (_, i) => ({ text: `自定义禁用词${i}`, severity: 'warning' as const }));
  const bulk: number[] = [];
  for (let i = 0; i < 3; i++) {
    const db = new ListingLintDB({ indexedDB: new IDBFactory(), IDBKeyRange });
    const t0 = performance.now();
    await importCustomTerms(db, terms);
    bulk.push(performance.now() - t0);
    db.close();
  }
  const db = new ListingLintDB({ indexedDB: new IDBFactory(), IDBKeyRange });
  const oneByOne = 1000;
  const t0 = performance.now();
  for (const term of terms.slice(0, oneByOne)) await addCustomTerm(db, term);
  const perTerm = (performance.now() - t0) / oneByOne;
  console.log(`custom terms: importCustomTerms of ${count} terms, one transaction (fake-indexeddb in Node): ${fmt(bulk, 'ms')}`);
  console.log(
    `  baseline: the previous path, addCustomTerm one by one: ${perTerm.toFixed(2)} ms/term on ${oneByOne} terms ≈ ${((perTerm * count) / 1000).toFixed(0)} s for ${count}`,
  );

  const lexicons = loadShippedLexicons().lexicons;
  const compile: number[] = [];
  for (let i = 0; i < 3; i++) {
    const fresh = terms.map((t) => ({ ...t, text: `${t.text}#${i}` }));
    const c0 = performance.now();
    cachedChecker(lexicons, fresh).check('全网最好的保温杯', {});
    compile.push(performance.now() - c0);
  }
  const b0 = performance.now();
  cachedChecker(lexicons, []).check('全网最好的保温杯', {});
  console.log(
    `compile in a seller tab (cachedChecker, shipped lexicons + ${count} custom terms, synchronous): ${fmt(compile, 'ms')}; baseline shipped only: ${(performance.now() - b0).toFixed(0)} ms`,
  );
  console.log(`  message carrying the terms to the tab: ${(JSON.stringify(terms).length / 1024 / 1024).toFixed(1)} MB of JSON`);
}

/** The dashboard's import in real Chromium IndexedDB: file → preview → click → report, through the UI. */
async function benchTermsInChromium(): Promise<void> {
  if (!extensionBuilt()) {
    console.log('custom terms in Chromium: no built extension; run `npm run build` for this figure.');
    return;
  }
  const count = 100_000;
  const csv = Buffer.from('text,severity\n' + Array.from({ length: count }, (_, i) => `自定义禁用词${i},warning`).join('\n') + '\n');
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/options.html?tab=lexicons`);
      await page.getByTestId('custom-terms-file').setInputFiles({ name: 'terms.csv', mimeType: 'text/csv', buffer: csv });
      await page.getByTestId('custom-terms-import').waitFor();
      const t0 = performance.now();
      await page.getByTestId('custom-terms-import').click();
      await page
        .getByTestId('custom-terms-report')
        .filter({ hasText: String(count) })
        .waitFor({ timeout: 600_000 });
      times.push(performance.now() - t0);
    } finally {
      await browser.close();
    }
  }
  console.log(
    `custom terms in the dashboard (Chromium IndexedDB, click → report, includes the page re-rendering its term list): ${fmt(times, 'ms')} for ${count} terms`,
  );
}

export async function run(): Promise<void> {
  try {
    // LL_BENCH_ONLY=csv,xlsx,terms,chromium picks parts (all by default).
    const only = new Set((process.env.LL_BENCH_ONLY ?? 'csv,xlsx,terms,chromium').split(','));
    if (only.has('csv')) {
      await benchCheckCsv('utf8-100k', 100_000, (s) => Buffer.from(s), 3);
      await benchCheckCsv('gbk-100k', 100_000, (s) => iconv.encode(s, 'gbk'), 3);
      await benchCheckCsv('utf8-1M', 1_000_000, (s) => Buffer.from(s), 3);
      if (process.env.LL_BENCH_1GB === '1') await benchCheckCsv('utf8-1GB', 9_000_000, (s) => Buffer.from(s), 1);
    }
    if (only.has('xlsx')) await benchXlsx();
    if (only.has('terms')) await benchCustomTerms();
    if (only.has('chromium')) await benchTermsInChromium();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
