import { test, expect } from './fixtures';

test('a reviewer triages three findings (mouse and keyboard); decisions come back after reload; a false positive is promoted to the allowlist', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  const overlay = page.locator('listinglint-overlay');
  const text = '国家级工艺，全网最低价，顶级面料';
  await page.locator('#sellPoint1').fill(text);
  await overlay.getByTestId('ll-panel-toggle').click();
  await overlay.getByTestId('ll-review-mode').check();
  const entries = overlay.getByTestId('ll-panel-entry');
  await expect(entries).toHaveCount(3);

  const byMatch = (match: string) => entries.filter({ hasText: match });
  await byMatch('国家级').getByTestId('ll-decide-confirmed').click();
  await byMatch('最低价').getByTestId('ll-note').fill('有比价截图');
  await byMatch('最低价').getByTestId('ll-decide-accepted').click();
  // Keyboard: move to the third finding and mark it a false positive, straight after turning review mode on (no click into the panel).
  await overlay.getByTestId('ll-review-mode').uncheck();
  await overlay.getByTestId('ll-review-mode').check();
  const order = await entries.allTextContents();
  const index = order.findIndex((entry) => entry.includes('顶级'));
  for (let i = 0; i < index; i += 1) await page.keyboard.press('j');
  await page.keyboard.press('f');
  await expect(byMatch('顶级')).toHaveAttribute('data-decision', 'false-positive');
  await expect(byMatch('国家级')).toHaveAttribute('data-decision', 'confirmed');
  await expect(byMatch('最低价')).toHaveAttribute('data-decision', 'accepted');

  await page.reload();
  await page.locator('#sellPoint1').fill(text);
  await overlay.getByTestId('ll-panel-toggle').click();
  await expect(byMatch('国家级')).toHaveAttribute('data-decision', 'confirmed');
  await expect(byMatch('最低价').getByTestId('ll-decision')).toContainText('有比价截图');
  await expect(byMatch('顶级')).toHaveAttribute('data-decision', 'false-positive');

  // The history names the field as the reviewer knows it and shows the text in context.
  const history = await context.newPage();
  await history.goto(`chrome-extension://${extensionId}/options.html?tab=reviews`);
  const row = history.getByTestId('reviews-row').filter({ hasText: '有比价截图' });
  await expect(row).toContainText('国家级工艺，【全网最低价】，顶级面料');
  await expect(row.locator('td').nth(4)).toHaveText('卖点一');
  await expect(row).not.toContainText('selling-point');
  await history.close();

  await overlay.getByTestId('ll-review-mode').check();
  await byMatch('顶级').getByTestId('ll-promote').click();
  await expect(entries).toHaveCount(2);
  await expect(page.locator('listinglint-overlay').locator('[data-testid="ll-underline"][data-match="顶级"]')).toHaveCount(0);
});

test('the paste-and-check tab highlights every hit as text, groups them by type, replaces all occurrences and copies the result', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=paste`);
  const text = '最好的面霜<img src=x onerror=alert(1)>，最好的乳液，可治疗失眠，国家级配方。';
  await page.getByTestId('paste-input').fill(text);
  const hits = page.getByTestId('paste-hit');
  await expect(hits.filter({ hasText: '最好' })).toHaveCount(2);
  await expect(hits.filter({ hasText: '治疗' })).toHaveCount(1);
  await expect(page.getByTestId('paste-preview')).toHaveText(text);
  await expect(page.getByTestId('paste-preview').locator('img')).toHaveCount(0);
  const absolute = page.locator('[data-testid="paste-group"][data-group="absolute"]');
  await expect(absolute).toContainText('绝对化用语');
  await expect(page.locator('[data-testid="paste-group"][data-group="medical"]')).toContainText('医疗用语');

  const best = absolute.locator('[data-testid="paste-term"][data-match="最好"]');
  await expect(best).toContainText('×2');
  await best.getByTestId('paste-replacement').fill('很好');
  await best.getByTestId('paste-replace-all').click();
  await expect(page.getByTestId('paste-status')).toContainText('已替换 2 处');
  const fixed = text.replaceAll('最好', '很好');
  await expect(page.getByTestId('paste-input')).toHaveValue(fixed);
  await expect(hits.filter({ hasText: '最好' })).toHaveCount(0);
  await expect(hits.filter({ hasText: '国家级' })).toHaveCount(1);

  await page.getByTestId('paste-copy').click();
  await expect(page.getByTestId('paste-status')).toContainText('已复制');
  // Read the clipboard back the way a user would: paste it into an empty box.
  await page.getByTestId('paste-input').fill('');
  await page.getByTestId('paste-input').focus();
  await page.keyboard.press('Control+V');
  await expect(page.getByTestId('paste-input')).toHaveValue(fixed);
});
