import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

function catalogCsv(rows: number): Buffer {
  const lines = ['\uFEFF商品标题,卖点1,卖点2,商品描述'];
  for (let i = 1; i <= rows; i += 1) {
    const title = i % 4 === 0 ? `最好的保温杯${i} 大容量` : `保温杯${i} 316不锈钢 大容量`;
    const selling = i % 7 === 0 ? '"国家级工艺, 全网最低价"' : '"保温12小时, 不串味"';
    lines.push(`${title},${selling},轻巧便携,${i % 50 === 0 ? '<img src=x onerror=alert(1)>治疗失眠' : '适合通勤和露营'}`);
  }
  return Buffer.from(lines.join('\n'));
}

test('batch-audits a 2,000-row catalog with progress and cancel, re-runs from the cache, and exports every report format', async ({ context, extensionId }) => {
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=batch`);
  await page.getByTestId('batch-file').setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: catalogCsv(2000) });
  await expect(page.getByTestId('batch-loaded')).toContainText('2000 行');
  await expect(page.getByTestId('batch-title-column')).toHaveValue('商品标题');

  await page.getByTestId('batch-start').click();
  await expect.poll(async () => Number(await page.getByTestId('batch-progress').getAttribute('value'))).toBeGreaterThan(0);
  await page.getByTestId('batch-cancel').click();
  await expect(page.getByTestId('batch-status')).toContainText('已取消');
  const doneBeforeCancel = Number(/完成 (\d+) 行/.exec((await page.getByTestId('batch-status').textContent()) ?? '')?.[1]);
  expect(doneBeforeCancel).toBeGreaterThan(0);
  expect(doneBeforeCancel).toBeLessThan(2000);

  await page.getByTestId('batch-start').click();
  await expect(page.getByTestId('batch-status')).toContainText('完成：2000 行', { timeout: 60_000 });
  const hits = Number(/缓存命中 (\d+)/.exec((await page.getByTestId('batch-status').textContent()) ?? '')?.[1]);
  expect(hits).toBeGreaterThan(0);
  await expect(page.getByTestId('batch-chart')).toContainText('absolute');

  const save = async (testId: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return readFileSync((await download.path())!, 'utf8');
  };
  const csv = await save('batch-export-csv');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('"国家级"');
  const markdown = await save('batch-export-md');
  expect(markdown).toContain('# ListingLint 合规审核报告');
  expect(markdown).toContain('**最好**');
  const html = await save('batch-export-html');
  const report = await context.newPage();
  await report.setContent(html);
  await expect(report.locator('h1')).toHaveText('ListingLint 合规审核报告');
  await expect(report.locator('img')).toHaveCount(0);
  await expect(report.locator('body')).toContainText('onerror=alert(1)>');
  expect(dialogs).toBe(0);
});
