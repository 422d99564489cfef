import { test, expect } from './fixtures';

test('a reviewer triages three findings (mouse and keyboard); decisions come back after reload; a false positive is promoted to the allowlist', async ({ context }) => {
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
  // Keyboard: move to the third finding and mark it a false positive.
  await overlay.getByTestId('ll-panel').focus();
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

  await overlay.getByTestId('ll-review-mode').check();
  await byMatch('顶级').getByTestId('ll-promote').click();
  await expect(entries).toHaveCount(2);
  await expect(page.locator('listinglint-overlay').locator('[data-testid="ll-underline"][data-match="顶级"]')).toHaveCount(0);
});
