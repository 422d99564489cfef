// Batch audit of a 10,000-row catalog (issue 8): throughput in the dashboard's Web Worker in real
// Chromium (cold, then a cached re-run), against the same audit in Node without storage; peak heap of the Node run.
import { extensionBuilt, launchBrowser } from './extensionBrowser';
import { auditCatalog } from '../../lib/batch/auditCatalog';
import { parseCatalog } from '../../lib/batch/catalog';

const ROWS = 10_000;

function catalogCsv(rows: number): string {
  const lines = ['商品标题,卖点1,卖点2,商品描述'];
  for (let i = 1; i <= rows; i += 1) {
    lines.push(
      `${i % 4 === 0 ? '最好的' : ''}保温杯${i} 316不锈钢 大容量 通勤,${i % 7 === 0 ? '"国家级工艺, 全网最低价"' : '"保温12小时, 不串味"'},轻巧便携 ${i},适合通勤和露营，杯盖可拆洗 ${i % 13 === 0 ? '治疗失眠' : ''}`,
    );
  }
  return lines.join('\n');
}

export async function run(): Promise<void> {
  const csv = catalogCsv(ROWS);
  const { rows } = parseCatalog(csv);
  const columns = { title: '商品标题', sellingPoints: ['卖点1', '卖点2'], description: '商品描述' };
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  await auditCatalog(rows, { columns, platform: 'taobao' });
  const nodeMs = performance.now() - t0;
  clearInterval(sampler);
  console.log(
    `Node (no storage): ${ROWS} rows in ${(nodeMs / 1000).toFixed(2)} s = ${Math.round(ROWS / (nodeMs / 1000))} rows/s; heap peak +${((peak - before) / 1024 / 1024).toFixed(1)} MB`,
  );

  if (!extensionBuilt()) {
    console.log('batch bench: no built extension; run `npm run build` for the dashboard figures.');
    return;
  }
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html?tab=batch`);
    await page.getByTestId('batch-file').setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    for (const label of ['cold (audit + IndexedDB writes)', 'cached re-run']) {
      await page.getByTestId('batch-start').click();
      await page
        .getByTestId('batch-status')
        .filter({ hasText: `${ROWS} ` })
        .waitFor({ timeout: 300_000 });
      const status = (await page.getByTestId('batch-status').textContent()) ?? '';
      const seconds = Number(/([\d.]+) (秒|s)/.exec(status)?.[1]);
      console.log(
        `dashboard worker, ${label}: ${ROWS} rows in ${seconds.toFixed(1)} s = ${Math.round(ROWS / seconds)} rows/s (${(ROWS / seconds / (ROWS / (nodeMs / 1000))).toFixed(2)}× the Node baseline) — ${status}`,
      );
    }
  } finally {
    await browser.close();
  }
}
