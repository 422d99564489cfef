import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const overlay = (page: Page) => page.locator('listinglint-overlay');

async function importKeywords(context: BrowserContext, extensionId: string, platform: string, csv: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html?tab=keywords`);
  await options.getByTestId('keywords-platform').selectOption(platform);
  await options.getByTestId('keywords-file').setInputFiles({ name: 'keywords.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await options.getByTestId('keywords-import').click();
  await expect(options.getByTestId('keywords-report')).toContainText('已导入');
  await options.close();
}

test('the title coach opens from the meter by mouse and keyboard, inserts a missing keyword into React state, keeps contradicting keywords out, and applies the suggested title within the limit', async ({
  context,
  extensionId,
}) => {
  await importKeywords(context, extensionId, 'taobao', '\uFEFF关键词,搜索人气\n蓝牙耳机,50000\n降噪耳机,30000\n儿童耳机,20000\n运动耳机,9000\n无线耳机,8000\n');
  const page = await context.newPage();
  await page.goto('/demo/taobao.html');
  await page.locator('#title').fill('女士蓝牙耳机 入耳式');
  const meter = overlay(page).getByTestId('ll-title-meter');
  await expect(meter).toContainText('关键词覆盖');
  await expect(meter).toHaveAttribute('aria-expanded', 'false');

  // Mouse: the meter opens the coach.
  await meter.click();
  const coach = overlay(page).getByTestId('ll-title-coach');
  await expect(coach).toBeVisible();
  await expect(meter).toHaveAttribute('aria-expanded', 'true');
  await expect(coach.locator('[data-part]')).toHaveCount(5);
  await expect(coach.getByTestId('ll-coach-used')).toContainText('蓝牙耳机');
  await expect(coach.getByTestId('ll-coach-missing')).toContainText('降噪耳机');
  await expect(coach.getByTestId('ll-coach-missing')).not.toContainText('儿童耳机');
  await expect(coach.getByTestId('ll-coach-conflicting')).toContainText('儿童耳机');
  await page.screenshot({ path: 'test-results/title-coach.png' });

  // The coach never covers the field being edited.
  const field = await page.locator('#title').boundingBox();
  const box = await coach.boundingBox();
  if (!field || !box) throw new Error('no boxes');
  expect(box.y >= field.y + field.height || box.y + box.height <= field.y || box.x >= field.x + field.width || box.x + box.width <= field.x).toBe(true);

  // A missing chip goes in where it reads naturally, through the page's own React state.
  await coach.getByRole('button', { name: '加入“降噪耳机”' }).click();
  await expect(page.getByTestId('react-state')).toHaveText('React state: "女士蓝牙降噪耳机 入耳式"');
  await expect(coach.getByTestId('ll-coach-status')).toHaveText('已加入“降噪耳机”。');
  await expect(coach.getByTestId('ll-coach-used')).toContainText('降噪耳机');

  // Apply the suggested title: React sees it and it fits the 60-unit limit.
  const suggested = (await coach.getByTestId('ll-coach-suggested-title').textContent()) ?? '';
  expect(suggested).not.toContain('儿童');
  await coach.getByRole('button', { name: '应用' }).click();
  await expect(page.getByTestId('react-state')).toHaveText(`React state: ${JSON.stringify(suggested)}`);
  const [used, limit] = ((await page.getByTestId('title-counter').textContent()) ?? '').split('/').map(Number);
  expect(used).toBeLessThanOrEqual(limit ?? 0);

  // Escape closes it and returns focus to the field; the keyboard opens it again (the meter is a button).
  await page.keyboard.press('Escape');
  await expect(coach).toHaveCount(0);
  await expect(page.locator('#title')).toBeFocused();
  await meter.focus();
  await page.keyboard.press('Enter');
  await expect(overlay(page).getByTestId('ll-title-coach')).toBeVisible();
});

test('a title over the hard limit scores under the cap and the coach says why', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/taobao.html');
  await page.locator('#title').fill('女士蓝牙耳机降噪入耳式运动跑步超长续航大电量学生考研图书馆高颜值情侣礼物适用苹果华为小米');
  await expect(page.getByTestId('title-counter')).toHaveClass(/over/);
  const meter = overlay(page).getByTestId('ll-title-meter');
  await meter.click();
  const coach = overlay(page).getByTestId('ll-title-coach');
  await expect(coach.getByTestId('ll-coach-cap')).toContainText('超出上限');
  const score = Number(((await coach.getByTestId('ll-coach-score').textContent()) ?? '').replace(/\D+/g, ''));
  expect(score).toBeLessThanOrEqual(40);
});

test('on Amazon, keywords match by words in any order and the suggested title applies within 200 characters', async ({ context, extensionId }) => {
  await importKeywords(
    context,
    extensionId,
    'amazon',
    'keyword,search volume\nwater bottle,90000\ninsulated water bottles,40000\nkids water bottle,30000\nwater bottle with straw,20000\nstainless steel water bottle,15000\n',
  );
  const page = await context.newPage();
  await page.goto('/demo/amazon.html');
  await page.locator('#item_name').fill('Insulated Water Bottle for Women');
  const meter = overlay(page).getByTestId('ll-title-meter');
  await meter.click();
  const coach = overlay(page).getByTestId('ll-title-coach');
  await expect(coach.getByTestId('ll-coach-used')).toContainText('insulated water bottles');
  await expect(coach.getByTestId('ll-coach-conflicting')).toContainText('kids water bottle');
  const suggested = (await coach.getByTestId('ll-coach-suggested-title').textContent()) ?? '';
  await coach
    .getByRole('button', { name: 'Apply' })
    .or(coach.getByRole('button', { name: '应用' }))
    .click();
  await expect(page.locator('#item_name')).toHaveValue(suggested);
  expect(suggested.length).toBeLessThanOrEqual(200);
});
