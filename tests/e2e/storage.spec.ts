import { launchWithExtension, serviceWorkerOf, test, expect } from './fixtures';

const underline = (page: import('@playwright/test').Page, match: string) =>
  page.locator('listinglint-overlay').locator(`[data-testid="ll-underline"][data-match="${match}"]`);

test('a custom term added in the dashboard is flagged on the demo page, survives a browser restart, and the allowlist silences a term', async ({
  context,
  extensionId,
  userDataDir,
  baseURL,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html?tab=lexicons`);
  await options.getByTestId('custom-term-text').fill('秒发货');
  await options.getByTestId('custom-term-add').click();
  await expect(options.getByTestId('custom-terms')).toContainText('秒发货');

  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await page.locator('#sellPoint1').fill('下单秒发货，顶级面料');
  await expect(underline(page, '秒发货')).toHaveCount(1);
  await expect(underline(page, '顶级')).toHaveCount(1);

  // The allowlist silences a shipped term; open pages pick it up without a reload.
  await options.getByTestId('allow-phrase').fill('顶级面料');
  await options.getByTestId('allow-add').click();
  await expect(options.getByTestId('allowlist')).toContainText('顶级面料');
  await expect(underline(page, '顶级')).toHaveCount(0);
  await expect(underline(page, '秒发货')).toHaveCount(1);

  await context.close();
  const reopened = await launchWithExtension(userDataDir);
  try {
    const id = new URL((await serviceWorkerOf(reopened)).url()).host;
    const again = await reopened.newPage();
    await again.goto(`${baseURL}/demo/jd.html`);
    await again.locator('#sellPoint1').fill('下单秒发货，顶级面料');
    await expect(underline(again, '秒发货')).toHaveCount(1);
    await expect(underline(again, '顶级')).toHaveCount(0);
    const dashboard = await reopened.newPage();
    await dashboard.goto(`chrome-extension://${id}/options.html?tab=lexicons`);
    await expect(dashboard.getByTestId('custom-terms')).toContainText('秒发货');
  } finally {
    await reopened.close();
  }
});

test('a keyword list imported in the dashboard drives the title meter; a corrupt backup changes nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html?tab=keywords`);
  await options.getByTestId('keywords-platform').selectOption('taobao');
  await options.getByTestId('keywords-file').setInputFiles({
    name: 'keywords.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('\uFEFF关键词,搜索人气\n无线耳机,"12,000"\n降噪耳机,8000\n,5\n蓝牙耳机 运动,3000\n'),
  });
  await options.getByTestId('keywords-import').click();
  await expect(options.getByTestId('keywords-report')).toContainText('已导入 3');
  await expect(options.getByTestId('keyword-lists')).toContainText('3 个关键词');

  const page = await context.newPage();
  await page.goto('/demo/taobao.html');
  await page.locator('#title').fill('无线耳机 降噪');
  await expect(page.locator('listinglint-overlay').getByTestId('ll-title-meter')).toContainText('关键词覆盖');

  await options.goto(`chrome-extension://${extensionId}/options.html?tab=backup`);
  await options.getByTestId('backup-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"listinglint-backup","version":1,"data":{"customTerms":[{"text":""}]}}'),
  });
  await expect(options.getByTestId('backup-status')).toHaveAttribute('role', 'alert');
  await options.goto(`chrome-extension://${extensionId}/options.html?tab=keywords`);
  await expect(options.getByTestId('keyword-lists')).toContainText('3 个关键词');
});
