/* global chrome -- evaluated in the extension service worker */
// Screenshots of the extension's own pages for `npm run demo -- --screenshot`: the onboarding page,
// every dashboard tab, the popup over a demo seller page and the selection check, in Chinese and
// English, plus the lexicon tab at 1024×640 (what 1280×800 at 125 % zoom leaves for the page).
import path from 'node:path';

const DASHBOARD_TABS = ['draft', 'providers', 'lexicons', 'keywords', 'sites', 'batch', 'reviews', 'backup'];
const LOCALES = ['zh-CN', 'en'];
const SAMPLE_SELECTION = { 'zh-CN': '全网最低价！国家级品质，7天见效，治疗失眠', en: 'Best Seller #1 Rated earbuds, FDA approved, cures insomnia' };

/**
 * @param {import('@playwright/test').BrowserContext} context a context with the extension loaded
 * @param {{ origin: string, out: string }} options the demo server's origin and the output folder
 * @returns {Promise<string[]>} the files written
 */
export async function captureExtensionPages(context, { origin, out }) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  const files = [];
  const shot = async (page, name, options = { fullPage: true }) => {
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file, ...options });
    files.push(file);
  };

  // A seller page with findings, for the popup to describe.
  const sellerUrl = `${origin}/demo/jd.html`;
  const seller = await context.newPage();
  await seller.goto(sellerUrl);
  await seller.locator('listinglint-overlay').waitFor({ state: 'attached', timeout: 15_000 });
  await seller.locator('#sellPoint1').fill('国家级工艺，全网最低价，最近上新');
  await seller.waitForTimeout(500);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id, sellerUrl);

  const page = await context.newPage();
  for (const locale of LOCALES) {
    const lang = locale === 'en' ? 'en' : 'zh';
    await worker.evaluate(
      async ({ locale, text }) => {
        await chrome.storage.local.set({ localePreference: locale });
        await chrome.storage.session.set({ pendingSelections: { demo: { text, platform: 'taobao', truncated: false } } });
      },
      { locale, text: SAMPLE_SELECTION[locale] },
    );

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}/onboarding.html`);
    await page.getByTestId('text-check-summary').waitFor();
    await shot(page, `onboarding-${lang}`);

    for (const tab of DASHBOARD_TABS) {
      await page.goto(`${base}/options.html?tab=${tab}`);
      await page.getByTestId('dashboard').waitFor();
      await page.waitForTimeout(tab === 'lexicons' ? 600 : 300);
      await shot(page, `dashboard-${tab}-${lang}`);
    }
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.goto(`${base}/options.html?tab=lexicons`);
    await page.getByTestId('lexicon-browser').waitFor();
    await shot(page, `dashboard-lexicons-125pct-${lang}`, { fullPage: false });

    if (tabId !== undefined) {
      await page.setViewportSize({ width: 320, height: 420 });
      await page.goto(`${base}/popup.html?tabId=${tabId}`);
      await page
        .getByTestId('popup-findings')
        .waitFor({ timeout: 5000 })
        .catch(() => undefined);
      await shot(page, `popup-${lang}`, { fullPage: false });
    }

    await page.setViewportSize({ width: 560, height: 680 });
    await page.goto(`${base}/selection.html?id=demo`);
    await page.getByTestId('text-check-summary').waitFor();
    await shot(page, `selection-${lang}`);
  }
  await worker.evaluate(() => chrome.storage.local.set({ localePreference: 'auto' }));
  await page.close();
  await seller.close();
  return files;
}
