import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, serviceWorkerOf } from './fixtures';

const overlay = (page: Page) => page.locator('listinglint-overlay');
const underline = (page: Page, text: string) => overlay(page).locator(`[data-testid="ll-underline"][data-match="${text}"]`);
const CJK = /[\u3400-\u9fff\uff01-\uff60\u3000-\u303f]/;

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (value) => (await chrome.tabs.query({})).find((tab) => tab.url === value)?.id, url);
  if (id === undefined) throw new Error(`no tab for ${url}`);
  return id;
}

async function openPopupFor(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 320, height: 480 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

test('the onboarding page opens on install, checks the sample and switches language', async ({ context, extensionId }) => {
  const onboardingUrl = `chrome-extension://${extensionId}/onboarding.html`;
  await expect.poll(() => context.pages().map((page) => page.url())).toContain(onboardingUrl);
  const page = context.pages().find((candidate) => candidate.url() === onboardingUrl)!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('欢迎使用 ListingLint');
  await expect(page.getByTestId('onboarding-sites')).toContainText('淘宝');
  // The sample is really audited: 最低价 and 国家级 are findings, 第一次 is not (an exception).
  const findings = page.getByTestId('text-check-findings');
  await expect(findings).toContainText('最低价');
  await expect(findings).toContainText('国家级');
  await expect(findings).not.toContainText('第一次');
  await page.getByTestId('onboarding-sample').fill('最近上新的保温杯');
  await expect(page.getByTestId('text-check-summary')).toHaveText('未发现问题');
  await page.getByTestId('onboarding-locale').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to ListingLint');
  await page.getByTestId('onboarding-sample').fill('Best seller earbuds, cures insomnia');
  await expect(page.getByTestId('text-check-summary')).toHaveText('2 issues found');
  await page.getByTestId('onboarding-sample').fill('#1 rated earbuds');
  await expect(page.getByTestId('text-check-summary')).toHaveText('1 issue found');
});

test('the popup shows the tab state from the content script and pauses the site', async ({ context, extensionId }) => {
  const worker = await serviceWorkerOf(context);
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await expect(overlay(page).getByTestId('ll-field-count')).toContainText('6', { timeout: 10_000 });
  await page.locator('#sellPoint1').fill('国家级工艺，全网最低价，最近上新');
  await expect(underline(page, '国家级')).toHaveCount(1);
  const tabId = await tabIdOf(worker, page.url());

  const popup = await openPopupFor(context, extensionId, tabId);
  await expect(popup.getByTestId('popup-platform')).toHaveText('京东');
  await expect(popup.getByTestId('popup-fields')).toHaveText('识别到 6 个字段');
  await expect(popup.getByTestId('popup-findings')).toHaveText('2 个违规 · 0 个风险 · 0 个提示');

  await popup.getByTestId('popup-pause').click();
  await expect(popup.getByTestId('popup-paused')).toBeVisible();
  await expect(overlay(page)).toHaveCount(0);
  // Paused survives a reload: the content script mounts nothing.
  await page.reload();
  await page.waitForTimeout(800);
  await expect(overlay(page)).toHaveCount(0);

  await popup.reload();
  await expect(popup.getByTestId('popup-paused')).toBeVisible();
  await popup.getByTestId('popup-pause').click();
  await expect(overlay(page)).toHaveCount(1);
  await page.locator('#sellPoint1').fill('全网最低价');
  await expect(underline(page, '全网最低价')).toHaveCount(1);
  await expect(popup.getByTestId('popup-findings')).toHaveText('1 个违规 · 0 个风险 · 0 个提示');
});

test('the popup offers to enable a site no adapter claims', async ({ context, extensionId }) => {
  const worker = await serviceWorkerOf(context);
  const page = await context.newPage();
  await page.goto('/other/jd.html');
  const popup = await openPopupFor(context, extensionId, await tabIdOf(worker, page.url()));
  await expect(popup.getByTestId('popup-enable')).toBeVisible();
  await expect(popup.getByTestId('popup-status')).toHaveCount(0);
});

test('a term disabled in the lexicon browser is no longer reported on seller pages', async ({ context, extensionId }) => {
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/options.html?tab=lexicons`);
  await dashboard.getByTestId('lexicon-search').fill('最低价');
  const row = dashboard.locator('[data-term-id="zh-commerce:最低价"]');
  await expect(row).toBeVisible();
  await row.getByRole('checkbox').uncheck();
  await expect(dashboard.getByTestId('lexicon-counts')).toContainText('已停用 1 个');

  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await page.locator('#sellPoint1').fill('本店最低价，国家级工艺');
  await expect(underline(page, '国家级')).toHaveCount(1);
  await expect(underline(page, '最低价')).toHaveCount(0);

  // Re-enabled from the dashboard: the open page re-reads its audit context.
  await row.getByRole('checkbox').check();
  await expect(underline(page, '最低价')).toHaveCount(1);
});

test('the context-menu item for selections is created', async ({ context }) => {
  const worker = await serviceWorkerOf(context);
  const updates = (id: string) =>
    worker.evaluate(
      (value) => new Promise<boolean>((resolve) => chrome.contextMenus.update(value, { contexts: ['selection'] }, () => resolve(!chrome.runtime.lastError))),
      id,
    );
  // The native menu cannot be clicked from a test; updating the item proves it exists under this id.
  await expect.poll(() => updates('listinglint-check-selection')).toBe(true);
  expect(await updates('no-such-item')).toBe(false);
});

test('the selection check lists the findings of the selected text', async ({ context, extensionId }) => {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(() => chrome.storage.session.set({ pendingSelections: { t1: { text: '国家级品质，最近上新', platform: 'jd', truncated: false } } }));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/selection.html?id=t1`);
  await expect(page.getByTestId('selection-platform')).toHaveValue('jd');
  await expect(page.getByTestId('text-check-summary')).toHaveText('发现 1 个问题');
  await expect(page.getByTestId('text-check-findings')).toContainText('国家级');
  await page.goto(`chrome-extension://${extensionId}/selection.html?id=missing`);
  await expect(page.getByTestId('selection-empty')).toBeVisible();
});

test('the English UI of the popup, onboarding and dashboard tabs shows no Chinese', async ({ context, extensionId }) => {
  const worker = await serviceWorkerOf(context);
  await worker.evaluate(() => chrome.storage.local.set({ localePreference: 'en' }));
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await expect(overlay(page)).toHaveCount(1);
  const popup = await openPopupFor(context, extensionId, await tabIdOf(worker, page.url()));
  await expect(popup.getByTestId('popup-platform')).toHaveText('JD.com');
  const visibleText = (target: Page) =>
    target.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      // Language names are written in their own language; typed or sample text is data.
      // Data in another language carries its own lang attribute (term texts, language names).
      clone.querySelectorAll('[lang]:not([lang="en"]), textarea, .checked-text, .finding-head strong').forEach((node) => node.remove());
      return clone.innerText;
    });
  expect(await visibleText(popup)).not.toMatch(CJK);
  await popup.goto(`chrome-extension://${extensionId}/onboarding.html`);
  await expect(popup.getByTestId('text-check-summary')).toBeVisible();
  expect(await visibleText(popup)).not.toMatch(CJK);
  const found: string[] = [];
  for (const tab of ['draft', 'providers', 'lexicons', 'keywords', 'sites', 'batch', 'reviews', 'backup']) {
    await popup.goto(`chrome-extension://${extensionId}/options.html?tab=${tab}`);
    await expect(popup.getByTestId('dashboard')).toBeVisible();
    await popup.waitForTimeout(200);
    const text = await visibleText(popup);
    for (const hit of text.matchAll(new RegExp(`${CJK.source}+`, 'g'))) found.push(`${tab}: ${hit[0]}`);
  }
  // Known, outside this branch: a provider preset label (lib/draft/providers.ts) and the literal
  // names of a Chinese tool and CSV headers in the keyword-list hint. Anything else fails.
  const KNOWN = ['providers: 通义千问', 'keywords: 生意参谋', 'keywords: 关键词', 'keywords: 搜索人气'];
  expect(found.filter((hit) => !KNOWN.includes(hit))).toEqual([]);
});
