import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  CATALOG_HEADER,
  GBK_ROWS,
  KEYWORD_CSV,
  gbkKeywords,
  keywordWorkbook,
  largeCatalogWorkbook,
  lexiconFiles,
  sellerFiles,
  toCsv,
} from '../support/sellerFiles';

type Fixture = keyof typeof sellerFiles;

/** Loads a catalog in the batch tab, runs the audit and returns per-row error/warning/info counts in order. */
async function auditCatalog(page: Page, name: string, buffer: Buffer, source: string): Promise<string[]> {
  await page.getByTestId('batch-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  await expect(page.getByTestId('batch-source')).toContainText(source);
  await expect(page.getByTestId('batch-preview')).toContainText('商品标题');
  await expect(page.getByTestId('batch-title-column')).toHaveValue('商品标题');
  await page.getByTestId('batch-start').click();
  await expect(page.getByTestId('batch-status')).toContainText('完成：4 行');
  // Every finding as listing / field / severity / matched text (the results list is virtualised: small catalogs fit on screen).
  return page.getByTestId('batch-finding').evaluateAll((lines) =>
    lines.map((line) =>
      [...line.querySelectorAll('.batch-finding-line > span')]
        .slice(0, 3)
        .map((span) => span.textContent)
        .concat(line.querySelector('mark')?.textContent ?? '')
        .join('/'),
    ),
  );
}

test('catalogs in every encoding and Excel give the findings of their UTF-8 version; random bytes are refused', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=batch`);

  const reference = await auditCatalog(page, 'utf8.csv', sellerFiles.utf8(), 'UTF-8');
  expect(reference.length).toBeGreaterThanOrEqual(4);
  expect(reference.some((line) => line.includes('违规'))).toBe(true);
  const cases: [Fixture, string, string][] = [
    ['utf8Bom', 'bom.csv', 'UTF-8 (BOM)'],
    ['gb18030', 'gb18030.csv', 'GB18030/GBK'],
    ['utf16le', 'unicode.txt', 'UTF-16LE (BOM)'],
    ['xlsx', 'catalog.xlsx', 'XLSX 工作簿，工作表「商品列表」'],
    ['xls', 'catalog.xls', 'XLS 工作簿，工作表「商品列表」'],
  ];
  for (const [fixture, name, source] of cases) expect(await auditCatalog(page, name, sellerFiles[fixture](), source), fixture).toEqual(reference);

  const gbkTwin = await auditCatalog(page, 'gbk-twin.csv', Buffer.from(toCsv([CATALOG_HEADER, ...GBK_ROWS])), 'UTF-8');
  expect(await auditCatalog(page, 'gbk.csv', sellerFiles.gbk(), 'GB18030/GBK')).toEqual(gbkTwin);

  // The sheet chooser re-reads the workbook: the second sheet has no title column.
  await page.getByTestId('batch-file').setInputFiles({ name: 'catalog.xlsx', mimeType: 'application/octet-stream', buffer: sellerFiles.xlsx() });
  await expect(page.getByTestId('batch-preview')).toContainText('第 4 行');
  await page.screenshot({ path: test.info().outputPath('batch-xlsx-preview.png'), fullPage: true });
  await page.getByTestId('batch-sheet').selectOption('说明');
  await expect(page.getByTestId('batch-source')).toContainText('工作表「说明」');
  await expect(page.getByTestId('batch-preview')).toContainText('说明');
  await expect(page.getByTestId('batch-title-column')).toHaveValue('');

  await page.getByTestId('batch-file').setInputFiles({ name: 'random.csv', mimeType: 'text/csv', buffer: sellerFiles.random() });
  await expect(page.getByTestId('batch-error')).toContainText(/无法识别文件编码|不是文本或表格文件/);
  await expect(page.getByTestId('batch-error')).toContainText('未导入任何数据');
  await expect(page.getByTestId('batch-title-column')).toHaveCount(0);
  await expect(page.getByTestId('batch-preview')).toHaveCount(0);
});

test('a 100k-row workbook is parsed off the main thread with progress; cancel stops it and imports nothing', async ({ context, extensionId }) => {
  test.setTimeout(180_000);
  // From disk, as a user picks it: a buffer would be decoded by Playwright's script on the page's own thread.
  const workbook = test.info().outputPath('商品.xlsx');
  mkdirSync(path.dirname(workbook), { recursive: true });
  writeFileSync(workbook, largeCatalogWorkbook(100_000));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=batch`);
  // Long tasks on the dashboard's main thread while it reads (the parse used to block it for 14–21 s).
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const longest = () => page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));

  await page.getByTestId('batch-file').setInputFiles(workbook);
  await expect(page.getByTestId('batch-reading')).toContainText('正在解析');
  // The page answers a real click while the worker parses.
  await page.getByTestId('batch-cancel').click();
  await expect(page.getByTestId('batch-error')).toContainText('已取消读取。 未导入任何数据');
  await expect(page.getByTestId('batch-reading')).toHaveCount(0);
  await expect(page.getByTestId('batch-preview')).toHaveCount(0);
  await expect(page.getByTestId('batch-loaded')).toHaveCount(0);

  await page.getByTestId('batch-file').setInputFiles(workbook);
  await expect(page.getByTestId('batch-reading')).toBeVisible();
  await expect(page.getByTestId('batch-loaded')).toContainText('100000', { timeout: 120_000 });
  await expect(page.getByTestId('batch-source')).toContainText('工作表「商品列表」');
  await expect(page.getByTestId('batch-preview')).toContainText('第 4 行');
  await expect(page.getByTestId('batch-title-column')).toHaveValue('商品标题');
  const worst = await longest();
  test.info().annotations.push({ type: 'longest main-thread task', description: `${Math.round(worst)} ms` });
  expect(worst).toBeLessThan(1000);
});

test('a GBK keyword list imports with its columns named; reimporting the platform replaces it; the list can be searched and edited', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=keywords`);
  await page.getByTestId('keywords-platform').selectOption('taobao');
  await page.getByTestId('keywords-file').setInputFiles({ name: '搜索词.csv', mimeType: 'text/csv', buffer: gbkKeywords() });
  await expect(page.getByTestId('keywords-source')).toContainText('GB18030/GBK');
  await expect(page.getByTestId('keywords-columns')).toContainText('搜索词、搜索人气');
  await expect(page.getByTestId('keywords-preview')).toContainText('保温杯 男士');
  await expect(page.getByTestId('keywords-target')).toHaveValue('new');
  await page.getByTestId('keywords-import').click();
  await expect(page.getByTestId('keywords-report')).toContainText('已新建「搜索词」：3 个关键词');
  await expect(page.getByTestId('keyword-lists')).toContainText('保温杯、儿童水杯、保温杯 男士');

  // The same list again, as a 生意参谋 workbook with metadata rows and a merged title cell: replaces, no duplicate.
  await page.getByTestId('keywords-file').setInputFiles({ name: '搜索词.xlsx', mimeType: 'application/octet-stream', buffer: keywordWorkbook() });
  await expect(page.getByTestId('keywords-preview')).toContainText('第 3 行');
  await expect(page.getByTestId('keywords-target').locator('option:checked')).toContainText('替换「搜索词」');
  await page.screenshot({ path: test.info().outputPath('keywords-reimport.png'), fullPage: true });
  await page.getByTestId('keywords-import').click();
  await expect(page.getByTestId('keywords-report')).toContainText('已替换「搜索词」');
  await expect(page.getByTestId('keyword-lists').locator('tr')).toHaveCount(1);

  await page.getByTestId('keyword-list-view').click();
  await page.getByTestId('keyword-search').fill('男士');
  await expect(page.getByTestId('keyword-row')).toHaveCount(1);
  await page.getByTestId('keyword-row').getByRole('textbox', { name: '搜索人气' }).fill('99,999');
  await page.getByTestId('keyword-save').click();
  await expect(page.getByTestId('keyword-editor-status')).toContainText('已保存 3 个关键词');
  await page.getByTestId('keyword-list-view').click();
  await expect(page.getByTestId('keyword-lists')).toContainText('保温杯 男士、保温杯、儿童水杯');

  // Delete one, add one, save; after a reload the stored list is what was saved.
  await page.getByTestId('keyword-list-view').click();
  await page.getByTestId('keyword-search').fill('儿童');
  await page.getByTestId('keyword-row').getByTestId('keyword-delete').click();
  await page.getByTestId('keyword-add').click();
  await expect(page.getByTestId('keyword-search')).toHaveValue('');
  await expect(page.getByTestId('keyword-editor-status')).toContainText('有未保存的修改');
  await page.getByTestId('keyword-row').first().getByRole('textbox', { name: '关键词' }).fill('保温杯 女士');
  await page.getByTestId('keyword-row').first().getByRole('textbox', { name: '搜索人气' }).fill('1.5万');
  await page.getByTestId('keyword-save').click();
  await expect(page.getByTestId('keyword-editor-status')).toContainText('已保存 3 个关键词');
  await page.reload();
  await expect(page.getByTestId('keyword-lists')).toContainText('保温杯 男士、保温杯 女士、保温杯');
  await expect(page.getByTestId('keyword-lists')).not.toContainText('儿童水杯');

  await page.getByTestId('keywords-file').setInputFiles({ name: 'kw.csv', mimeType: 'text/csv', buffer: sellerFiles.random() });
  await expect(page.getByTestId('keywords-error')).toContainText('未导入任何数据');
  expect(KEYWORD_CSV).toContain('搜索词');
});

test('custom terms from a GBK CSV import in one go with the encoding shown', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=lexicons`);
  const csv = 'text,severity,basis\n' + Array.from({ length: 3000 }, (_, i) => `禁用词${i},warning,店铺规范`).join('\n') + '\n秒杀价,error,平台规则\n';
  await page.getByTestId('custom-terms-file').setInputFiles({ name: 'terms.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await expect(page.getByTestId('custom-terms-source')).toContainText('GB18030/GBK');
  await expect(page.getByTestId('custom-terms-source')).toContainText('识别到 3001 个词');
  await page.getByTestId('custom-terms-import').click();
  await expect(page.getByTestId('custom-terms-report')).toContainText('已导入 3001');
  // Importing the same file again replaces the terms instead of duplicating them.
  await page.getByTestId('custom-terms-file').setInputFiles({ name: 'terms.csv', mimeType: 'text/csv', buffer: iconv.encode(csv, 'gbk') });
  await page.getByTestId('custom-terms-import').click();
  await expect(page.getByTestId('custom-terms-report')).toContainText('已导入 3001', { timeout: 60_000 });
  const count = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('listinglint');
        open.onsuccess = () => {
          const request = open.result.transaction('customTerms').objectStore('customTerms').count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(count).toBe(3001);
});

test('a team lexicon table imports as own terms in every encoding and as a workbook with a notes sheet; random bytes are refused', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=lexicons`);
  const preview = async (name: string, buffer: Buffer) => {
    await page.getByTestId('custom-terms-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    return page.getByTestId('custom-terms-source');
  };
  const cases: [keyof typeof lexiconFiles, string, string][] = [
    ['utf8', 'team.csv', 'UTF-8'],
    ['gb18030', 'team.csv', 'GB18030/GBK'],
    ['utf16le', 'team.txt', 'UTF-16LE (BOM)'],
    ['xlsx', 'team.xlsx', 'XLSX 工作簿，工作表「词库」'],
  ];
  for (const [fixture, name, source] of cases) {
    const line = await preview(name, lexiconFiles[fixture]());
    await expect(line, fixture).toContainText(source);
    await expect(line, fixture).toContainText('识别到 3 个词：秒杀价、𠮷祥款、包邮到家');
  }
  const gbk = await preview('team-gbk.csv', lexiconFiles.gbk());
  await expect(gbk).toContainText('GB18030/GBK');
  await expect(gbk).toContainText('识别到 3 个词：秒杀价、吉祥款、包邮到家');
  await page.getByTestId('custom-terms-import').click();
  await expect(page.getByTestId('custom-terms-report')).toContainText('已导入 3');
  await expect(page.getByTestId('custom-terms')).toContainText('店铺规范第3条');

  await page.getByTestId('custom-terms-file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: sellerFiles.random() });
  await expect(page.getByTestId('custom-terms-report')).toContainText('未导入任何数据');
  await expect(page.getByTestId('custom-terms-pending')).toHaveCount(0);
});
