import type { Page } from '@playwright/test';
import { completion, startMockOpenAI } from '../support/mockOpenAI';
import { test, expect } from './fixtures';

const variant = (body: string, headline = '通勤路上的安静时刻') => ({
  headline,
  painPoint: '地铁太吵，听不清播客',
  solution: '主动降噪把噪音压下去',
  showcase: '轻巧耳机，续航一整天',
  body,
  bullets: ['主动降噪', '续航 30 小时'],
  hashtags: ['通勤好物'],
  scene: '通勤',
  framework: 'pain-solution-showcase',
});

async function fillFacts(scope: ReturnType<Page['locator']> | Page) {
  await scope.getByTestId('draft-name').fill('无线降噪耳机');
  await scope.getByTestId('draft-selling-points').fill('主动降噪\n续航30小时');
  await scope.getByTestId('draft-keywords').fill('降噪耳机');
}

test('the offline drafter works in the dashboard with no API key', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html?tab=draft`);
  await fillFacts(page);
  await page.getByTestId('draft-generate').click();
  await expect(page.getByTestId('draft-variant')).toHaveCount(3);
  await expect(page.getByTestId('draft-results')).toContainText('离线模板');
  await expect(page.getByTestId('draft-variant').first()).toHaveAttribute('data-flagged', 'false');
  await expect(page.getByTestId('draft-variant').first().getByTestId('draft-body')).toContainText('降噪');
});

test('drafts in the page and inserts a variant into a demo field through the overlay', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  const overlay = page.locator('listinglint-overlay');
  await overlay.getByTestId('ll-draft-toggle').click();
  const drawer = overlay.getByTestId('ll-draft-drawer');
  await fillFacts(drawer);
  await drawer.getByTestId('draft-generate').click();
  const first = drawer.getByTestId('draft-variant').first();
  await expect(first).toBeVisible();
  // A 卖点 field takes a bullet, not the whole body.
  const bullet = ((await first.locator('ul li').first().textContent()) ?? '').trim();
  const body = ((await first.getByTestId('draft-body').textContent()) ?? '').trim();
  // The overlay acts only on trusted input (selectOption's events are synthetic): pick the field by keyboard.
  const target = first.getByTestId('draft-target');
  await target.focus();
  for (let step = 0; step < 8 && (await target.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.label)) !== '卖点一'; step++)
    await page.keyboard.press('ArrowDown');
  await expect.poll(() => target.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.label)).toBe('卖点一');
  await expect(first.getByTestId('draft-insert-note')).toContainText('卖点');
  await first.getByTestId('draft-insert').click();
  await expect(page.locator('#sellPoint1')).toHaveValue(bullet);
  expect(bullet).not.toEqual(body);
});

test('in the page drawer a provider that is down falls back to the offline drafter, with a notice, keeping the settings', async ({ context, extensionId }) => {
  const server = await startMockOpenAI();
  const baseURL = server.baseURL;
  await server.close(); // nothing listens there any more
  const settings = await context.newPage();
  await settings.goto(`chrome-extension://${extensionId}/options.html?tab=providers`);
  await settings.getByTestId('provider-preset').selectOption('custom');
  await settings.getByTestId('provider-base-url').fill(baseURL);
  await settings.getByTestId('provider-model').fill('mock-model');
  await settings.getByTestId('provider-api-key').fill('sk-test-key');
  await settings.getByTestId('provider-save').click();
  await expect(settings.getByTestId('provider-status')).toHaveText('已保存');

  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  const overlay = page.locator('listinglint-overlay');
  await overlay.getByTestId('ll-draft-toggle').click();
  const drawer = overlay.getByTestId('ll-draft-drawer');
  await fillFacts(drawer);
  await drawer.getByTestId('draft-generate').click();
  await expect(drawer.getByTestId('draft-variant')).toHaveCount(3);
  await expect(drawer.getByTestId('draft-notice')).toHaveAttribute('data-kind', 'fallback');
  await expect(drawer.getByTestId('draft-notice')).toContainText('模型设置已保留');
  await expect(drawer.getByTestId('draft-results')).toContainText('离线');

  // The dashboard offers the offline drafter instead of falling back silently; the provider is still saved.
  await settings.goto(`chrome-extension://${extensionId}/options.html?tab=draft`);
  await fillFacts(settings);
  await settings.getByTestId('draft-generate').click();
  await expect(settings.getByTestId('draft-error')).toBeVisible();
  await settings.getByTestId('draft-use-offline').click();
  await expect(settings.getByTestId('draft-variant')).toHaveCount(3);
  await settings.goto(`chrome-extension://${extensionId}/options.html?tab=providers`);
  await expect(settings.getByTestId('provider-base-url')).toHaveValue(baseURL);
});

test('drafts through an OpenAI-compatible server: streamed, audited, violating text revised, cache hit without a request', async ({ context, extensionId }) => {
  const server = await startMockOpenAI({
    answers: [
      completion('pong'),
      completion({ variants: [variant('这是全网最好的降噪耳机，第一品牌！')] }, { chunkSize: 6, chunkDelayMs: 60 }),
      completion({ variants: [variant('这款降噪耳机让通勤安静下来。')] }),
    ],
  });
  try {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html?tab=providers`);
    await page.getByTestId('provider-preset').selectOption('custom');
    await page.getByTestId('provider-base-url').fill(server.baseURL);
    await page.getByTestId('provider-model').fill('mock-model');
    await page.getByTestId('provider-api-key').fill('sk-test-key');
    await page.getByTestId('provider-save').click();
    await expect(page.getByTestId('provider-status')).toHaveText('已保存');
    await page.getByTestId('provider-test').click();
    await expect(page.getByTestId('provider-status')).toContainText('连接成功');

    await page.goto(`chrome-extension://${extensionId}/options.html?tab=draft`);
    await fillFacts(page);
    await page.locator('input[type="number"]').first().fill('1');
    await page.getByTestId('draft-generate').click();
    // While it streams, the fields fill in as text, never as raw JSON.
    await expect(page.getByTestId('draft-stream-pain').first()).toContainText('地铁太吵');
    await expect(page.getByTestId('draft-stream')).not.toContainText('"headline"');
    await expect(page.getByTestId('draft-variant')).toHaveCount(1);
    const result = page.getByTestId('draft-variant').first();
    await expect(result.getByTestId('draft-body')).toHaveText('这款降噪耳机让通勤安静下来。');
    await expect(result).toHaveAttribute('data-flagged', 'false');
    await expect(page.getByTestId('draft-results')).toContainText('自动修订 1');
    // connection test + first draft + revision
    expect(server.requests.length).toBe(3);
    expect(server.requests[1]!.headers.authorization).toBe('Bearer sk-test-key');

    await page.getByTestId('draft-generate').click();
    await expect(page.getByTestId('draft-cached')).toBeVisible();
    expect(server.requests.length).toBe(3);
  } finally {
    await server.close();
  }
});
