import { test, expect } from './fixtures';

const DEMO_PAGES = [
  { path: '/demo/taobao.html', fields: 2 },
  { path: '/demo/jd.html', fields: 6 } /* name, 3 selling points, ad word, and one that loads late */,
  { path: '/demo/amazon.html', fields: 8 },
  { path: '/demo/detail.html', fields: 1 },
  { path: '/demo/spa.html', fields: 2 },
];

test('the service worker starts and answers a validated ping', async ({ context, extensionId }) => {
  expect(extensionId).toMatch(/^[a-p]{32}$/);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const pong = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
  expect(pong).toMatchObject({ ok: true, version: '0.1.0' });
  const rejected = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'deleteEverything' }));
  expect(rejected).toMatchObject({ ok: false });
});

for (const demo of DEMO_PAGES) {
  test(`the shadow-root UI appears on ${demo.path}`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(demo.path);
    const host = page.locator('listinglint-overlay');
    await expect(host).toHaveCount(1);
    // The UI lives in a shadow root: the page's own DOM query cannot see the badge.
    expect(await page.evaluate(() => document.querySelector('[data-testid="ll-badge"]'))).toBeNull();
    await expect(host.getByTestId('ll-badge')).toBeVisible();
    await expect(host.getByTestId('ll-field-count')).toContainText(String(demo.fields), { timeout: 10_000 });
  });
}

test('the options page renders in zh-CN by default and switches to English', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ListingLint 设置');
  await expect(page.getByRole('button', { name: '词库' })).toBeVisible();
  await page.getByTestId('locale-select').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ListingLint settings');
  await expect(page.getByRole('button', { name: 'Lexicons' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  // The choice is saved in extension storage and survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ListingLint settings');
});
