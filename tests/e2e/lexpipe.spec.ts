import { test, expect } from './fixtures';

// Issue 18: the content script bundles no lexicons and no RE2JS. The shipped rules come from the
// background once per tab; RE2JS is injected into the overlay's isolated world only for user regexes.
const underline = (page: import('@playwright/test').Page, match: string) => page.locator('listinglint-overlay').locator(`[data-testid="ll-underline"][data-match="${match}"]`);

test('shipped terms underline on the first keystroke after load; the delay from load to the first underline is printed', async ({ context }) => {
  const page = await context.newPage();
  const delays: number[] = [];
  for (let run = 0; run < 3; run++) {
    await page.goto('/demo/jd.html', { waitUntil: 'load' });
    const t0 = Date.now();
    await page.locator('#sellPoint1').pressSequentially('国家级', { delay: 0 });
    await expect(underline(page, '国家级')).toHaveCount(1);
    delays.push(Date.now() - t0);
  }
  // The warm case on the same page: the overlay is mounted, the rules are in place.
  const w0 = Date.now();
  await page.locator('#sellPoint2').pressSequentially('顶级面料', { delay: 0 });
  await expect(underline(page, '顶级')).toHaveCount(1);
  const warm = Date.now() - w0;
  const sorted = [...delays].sort((a, b) => a - b);
  console.log(`load → first underline (typed right after load): min/median/max ${sorted[0]}/${sorted[1]}/${sorted[2]} ms; warm baseline on the same page: ${warm} ms`);
  // Traps stay clean: the exception rules arrived with the terms.
  await page.locator('#sellPoint2').fill('最近第一次买');
  await expect(underline(page, '顶级')).toHaveCount(0);
  await expect(page.locator('listinglint-overlay').locator('[data-testid="ll-underline"]')).toHaveCount(1);
  await expect(underline(page, '国家级')).toHaveCount(1);
});

test('a custom term with an exception regex: the engine is injected into the isolated world, the page cannot see it', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html?tab=lexicons`);
  // The term import keeps text and severity only; a backup carries a term's exception patterns.
  await options.getByTestId('custom-term-text').fill('秒发货');
  await options.getByTestId('custom-term-add').click();
  await expect(options.getByTestId('custom-terms')).toContainText('秒发货');
  await options.goto(`chrome-extension://${extensionId}/options.html?tab=backup`);
  const download = options.waitForEvent('download');
  await options.getByTestId('backup-export').click();
  const backup = JSON.parse(await new Response((await (await download).createReadStream()) as unknown as ReadableStream).text()) as { data: { customTerms: Array<{ exceptionPatterns: string[] }> } };
  for (const term of backup.data.customTerms) term.exceptionPatterns = ['不(支持|能)秒发货'];
  await options.getByTestId('backup-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await expect(options.getByTestId('backup-status')).toHaveAttribute('role', 'status');

  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await page.locator('#sellPoint1').pressSequentially('下单秒发货', { delay: 0 });
  await expect(underline(page, '秒发货')).toHaveCount(1);
  // The exception pattern ran (in RE2JS): this occurrence is silenced.
  await page.locator('#sellPoint2').pressSequentially('偏远地区不支持秒发货', { delay: 0 });
  await expect(underline(page, '秒发货')).toHaveCount(1);
  await expect(page.locator('#sellPoint2')).toHaveValue('偏远地区不支持秒发货');
  expect(await page.evaluate(() => Object.keys(window).filter((key) => key.includes('listinglint') || key.includes('Re2js')))).toEqual([]);
});
