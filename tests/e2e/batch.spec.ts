import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

function catalogCsv(rows: number): Buffer {
  const lines = ['\uFEFF商品ID,商品标题,卖点1,卖点2,商品描述,类目'];
  for (let i = 1; i <= rows; i += 1) {
    const title = i % 4 === 0 ? `最好的保温杯${i} 大容量` : `保温杯${i} 316不锈钢 大容量`;
    const selling = i % 7 === 0 ? '"国家级工艺, 全网最低价"' : '"保温12小时, 不串味"';
    lines.push(`TB${600000 + i},${title},${selling},轻巧便携,${i % 50 === 0 ? '<img src=x onerror=alert(1)>治疗失眠' : '适合通勤和露营'},水杯`);
  }
  return Buffer.from(lines.join('\n'));
}

async function runBatch(page: Page, extensionId: string, rows: number) {
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=batch`);
  await page.getByTestId('batch-file').setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: catalogCsv(rows) });
  await expect(page.getByTestId('batch-loaded')).toContainText(`${rows} 行`);
  await expect(page.getByTestId('batch-id-column')).toHaveValue('商品ID');
  await expect(page.getByTestId('batch-category-column')).toHaveValue('类目');
  await page.getByTestId('batch-start').click();
  await expect(page.getByTestId('batch-status')).toContainText(`完成：${rows} 行`, { timeout: 60_000 });
}

const save = async (page: Page, testId: string) => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFileSync((await download.path())!, 'utf8');
};

test('batch-audits a 2,000-row catalog with an ID column: every finding listed, reports named by listing, a printable summary-first HTML under 80 pages', async ({
  context,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=batch`);
  // Cancel on a catalog large enough that it cannot finish first; its first rows are the 2,000 audited next.
  await page.getByTestId('batch-file').setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: catalogCsv(30000) });
  await expect(page.getByTestId('batch-title-column')).toHaveValue('商品标题');
  await page.getByTestId('batch-start').click();
  await expect.poll(async () => Number(await page.getByTestId('batch-progress').getAttribute('value'))).toBeGreaterThan(0);
  await page.getByTestId('batch-cancel').click();
  await expect(page.getByTestId('batch-status')).toContainText('已取消');
  const doneBeforeCancel = Number(/完成 (\d+) 行/.exec((await page.getByTestId('batch-status').textContent()) ?? '')?.[1]);
  expect(doneBeforeCancel).toBeGreaterThan(0);
  expect(doneBeforeCancel).toBeLessThan(30000);

  await page.getByTestId('batch-file').setInputFiles({ name: 'catalog.csv', mimeType: 'text/csv', buffer: catalogCsv(2000) });
  await expect(page.getByTestId('batch-loaded')).toContainText('2000');
  await page.getByTestId('batch-start').click();
  await expect(page.getByTestId('batch-status')).toContainText('完成：2000 行', { timeout: 60_000 });
  expect(Number(/缓存命中 (\d+)/.exec((await page.getByTestId('batch-status').textContent()) ?? '')?.[1])).toBeGreaterThan(0);
  // Translated legend, categories and axis; no raw rule ids.
  const chart = page.getByTestId('batch-chart');
  for (const word of ['违规', '风险', '绝对化用语', '问题数']) await expect(chart).toContainText(word);
  await expect(chart).not.toContainText('absolute');

  // Every finding is reachable: the count covers all, and scrolling to the end shows the last listing.
  const count = /(\d+) \/ (\d+)/.exec((await page.getByTestId('batch-count').textContent()) ?? '')!;
  expect(Number(count[1])).toBe(Number(count[2]));
  expect(Number(count[2])).toBeGreaterThan(1000);
  await page.getByTestId('batch-results').evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(page.getByTestId('batch-finding-listing').last()).toContainText('TB602000');
  await page.getByTestId('batch-filter-category').selectOption('medical');
  await expect(page.getByTestId('batch-count')).toContainText('40 /');
  await page.getByTestId('batch-finding-expand').first().click();
  await expect(page.getByTestId('batch-finding-detail')).toContainText('<img src=x onerror=alert(1)>治疗失眠');

  const csv = await save(page, 'batch-export-csv');
  expect(csv.startsWith('\uFEFF"行","商品ID","标题","字段","级别","类别"')).toBe(true);
  expect(csv).toContain('"TB600007"');
  expect(csv).not.toMatch(/absolute-term|ruleId/);
  const markdown = await save(page, 'batch-export-md');
  expect(markdown).toContain('# ListingLint 合规审核报告');
  expect(markdown).toContain('**最好**');
  expect(markdown).toContain('| TB600004 |');
  const html = await save(page, 'batch-export-html');

  const report = await context.newPage();
  await report.setContent(html);
  await expect(report.locator('h1')).toHaveText('ListingLint 合规审核报告');
  await expect(report.locator('img')).toHaveCount(0);
  await expect(report.locator('body')).toContainText('onerror=alert(1)>');
  await expect(report.locator('tr.listing').first()).toContainText('TB600004');
  const pdf = await report.pdf({ format: 'A4', printBackground: true });
  const out = path.resolve('test-results/batch-report');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, 'report.pdf'), pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(out, 'report.pdf')], { encoding: 'utf8' }))![1]);
  expect(pages).toBeGreaterThan(5);
  expect(pages).toBeLessThan(80);
  const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', path.join(out, 'report.pdf'), '-'], { encoding: 'utf8' });
  for (const word of ['概览', '商品数', '高频词条', '问题最多的商品', '审核结论统计']) expect(first).toContain(word);
  const second = execFileSync('pdftotext', ['-f', '2', '-l', '2', path.join(out, 'report.pdf'), '-'], { encoding: 'utf8' });
  expect(second).toContain('问题明细');
  expect(dialogs).toBe(0);
});

test('a bulk decision on a term is stored, shown in the table and in all three report formats; triage keys work once review mode is on', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await runBatch(page, extensionId, 60);
  await page.getByTestId('batch-filter-term').selectOption('国家级');
  await expect(page.getByTestId('batch-bulk')).toContainText('共 8 处');
  await page.getByTestId('batch-bulk-note').fill('非遗证书编号 2019-07');
  await page.getByTestId('batch-bulk-false-positive').click();
  await expect(page.getByTestId('batch-decision-status')).toContainText('8 处');
  await expect(page.getByTestId('batch-finding').first()).toHaveAttribute('data-decision', 'false-positive');

  const csv = await save(page, 'batch-export-csv');
  expect(csv.split('\r\n').filter((line) => line.includes('"误报","非遗证书编号 2019-07"'))).toHaveLength(8);
  const markdown = await save(page, 'batch-export-md');
  expect(markdown.split('\n').filter((line) => line.includes('误报：非遗证书编号 2019-07'))).toHaveLength(8);
  const html = await save(page, 'batch-export-html');
  const report = await context.newPage();
  await report.setContent(html);
  await expect(report.locator('td', { hasText: '非遗证书编号 2019-07' })).toHaveCount(8);
  await report.close();

  // Keyboard triage without clicking into the table first.
  await page.getByTestId('batch-filter-term').selectOption('');
  await page.getByTestId('batch-filter-decision').selectOption('undecided');
  await page.getByTestId('batch-review-mode').check();
  const firstListing = await page.getByTestId('batch-finding-listing').first().textContent();
  await page.keyboard.press('c');
  await page.getByTestId('batch-filter-decision').selectOption('');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await expect(page.getByTestId('batch-finding').filter({ hasText: firstListing! }).first()).toHaveAttribute('data-decision', 'confirmed');

  // The history names the listing, the field as the reviewer knows it, and the text in context.
  await page.getByTestId('tab-reviews').click();
  const rows = page.getByTestId('reviews-row');
  await expect(rows).toHaveCount(9);
  const tb7 = rows.filter({ hasText: '商品目录 · TB600007 · 保温杯7 316不锈钢' });
  await expect(tb7).toHaveCount(1);
  for (const part of ['已标为误报', '国家级', '卖点1', '【国家级】工艺, 全网最低价', '非遗证书编号 2019-07', '2026']) await expect(tb7).toContainText(part);
  await page.getByTestId('reviews-filter-decision').selectOption('confirmed');
  await expect(rows).toHaveCount(1);
  const history = await save(page, 'reviews-export');
  expect(history.startsWith('\uFEFF"时间","审核结论","词条","商品","字段","上下文","备注"')).toBe(true);
});

test('the batch audits like the overlay: an allowlisted term is not reported, a custom term is', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=lexicons`);
  await page.getByTestId('allow-phrase').fill('国家级工艺');
  await page.getByTestId('allow-add').click();
  await expect(page.getByTestId('allowlist')).toContainText('国家级工艺');
  await page.getByTestId('custom-term-text').fill('不串味');
  await page.getByTestId('custom-term-add').click();
  await expect(page.getByTestId('custom-terms')).toContainText('不串味');

  await runBatch(page, extensionId, 60);
  const terms = await page.getByTestId('batch-filter-term').locator('option').allTextContents();
  expect(terms.some((term) => term.startsWith('国家级'))).toBe(false);
  expect(terms.some((term) => term.startsWith('不串味'))).toBe(true);
  const csv = await save(page, 'batch-export-csv');
  expect(csv).not.toContain('"国家级"');
  expect(csv).toContain('"不串味"');
  expect(csv).toContain('自定义词条');
});
