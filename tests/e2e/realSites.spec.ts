import { chromium, test as base, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, EXTENSION_DIR } from './fixtures';
import { startRealSitesServer, type RealRoute, type RealSitesServer } from './realSitesServer';

/**
 * The back offices at their real URLs: hosts resolved to a loopback HTTPS server (throwaway certificate),
 * so the shipped manifest match patterns, the adapters' `claims` and their field discovery all run as on
 * the real sites. Fixtures: tests/fixtures/realSites (each cites its public evidence).
 */
const AMAZON_MARKETPLACES = [
  'sellercentral.amazon.fr',
  'sellercentral.amazon.com.br',
  'sellercentral.amazon.sg',
  'sellercentral-japan.amazon.com',
  'vendorcentral.amazon.com',
];

const ROUTES: RealRoute[] = [
  { host: 'item.upload.taobao.com', path: '/sell/v2/publish.htm', file: 'taobao-publish-v2.html' },
  { host: 'sell.xiangqing.taobao.com', path: '/editor/', file: 'xiangqing-editor.html' },
  { host: 'www.taobao.com', path: '/', file: 'taobao-buyer-to-seller.html' },
  { host: 'sell.publish.tmall.com', path: '/tmall/publish.htm', file: 'tmall-publish.html' },
  { host: 'g.alicdn.com', path: '/editor/', file: 'xiangqing-editor.html' },
  { host: 'ware-jdm.jd.com', path: '/productLauchNew/', file: 'jd-product-launch.html' },
  { host: 'mms.pinduoduo.com', path: '/goods/goods_add/', file: 'pdd-goods-add.html' },
  { host: 'fxg.jinritemai.com', path: '/ffa/', file: 'douyin-spa.html' },
  { host: 'admin.shopify.com', path: '/store/', file: 'shopify-product.html' },
  ...AMAZON_MARKETPLACES.map((host) => ({ host, path: '/abis/listing/', file: 'amazon-listing.html' })),
];

const test = base.extend<{ context: BrowserContext }, { server: RealSitesServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startRealSitesServer(ROUTES);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ server }, use) => {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}: run npm run build:e2e first`);
    const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-real-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale: 'zh-CN',
      ignoreHTTPSErrors: true,
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_FLAGS, '--lang=zh-CN', server.resolverRules],
    });
    await use(context);
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  },
});

const VIOLATION = '全网第一';
const overlayOf = (scope: Page | Frame) => scope.locator('listinglint-overlay');
const underline = (scope: Page | Frame, match: string) => overlayOf(scope).locator(`[data-testid="ll-underline"][data-match="${match}"]`);

async function paintedRanges(frame: Page | Frame): Promise<number> {
  return frame.evaluate(() =>
    ['listinglint-error', 'listinglint-warning', 'listinglint-info'].reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
  );
}

/** Types the violation into one field at a time with real keystrokes, expects its underline, then clears the field. */
async function expectEachUnderlined(page: Page, selectors: readonly string[], text = `保温杯 ${VIOLATION}`, match = VIOLATION): Promise<void> {
  for (const selector of selectors) {
    const field = page.locator(selector);
    await field.click();
    await page.keyboard.type(text);
    await expect(underline(page, match), `${selector} underlined`).toHaveCount(1);
    await field.fill('');
    await expect(underline(page, match)).toHaveCount(0);
  }
}

/** The findings panel lists a finding on `match` in the field labelled `label`. */
async function expectPanelFinding(page: Page, label: string, match: string): Promise<void> {
  await overlayOf(page).getByTestId('ll-panel-toggle').click();
  await expect(overlayOf(page).getByTestId('ll-panel-item').filter({ hasText: match })).not.toHaveCount(0);
  await expect(overlayOf(page).locator('.ll-panel-field').filter({ hasText: label })).not.toHaveCount(0);
}

test('Taobao sell/v2/publish.htm: title, 导购标题 and 宝贝卖点 rows by their far-away labels, the hidden duplicate skipped, the price not audited', async ({
  context,
}) => {
  const page = await context.newPage();
  await page.goto('https://item.upload.taobao.com/sell/v2/publish.htm?catId=50012345');
  await expect(overlayOf(page)).toHaveCount(1);
  await expectEachUnderlined(page, ['#rc-title-7', '#rc-shopping-8', '#rc-sellpoint-10']);
  // The price row is not listing text.
  await page.locator('#rc-price-9').fill(VIOLATION);
  await page.waitForTimeout(300);
  await expect(underline(page, VIOLATION)).toHaveCount(0);
  // 导购标题 is audited as ad copy, not as a second 60-unit title: only one title meter.
  await page.locator('#rc-title-7').fill('保温杯');
  await page.locator('#rc-shopping-8').fill('保温杯');
  await expect(overlayOf(page).getByTestId('ll-meter-length')).toHaveCount(1);
});

test('Taobao detail editor in the cross-origin sell.xiangqing.taobao.com frame is audited by the instance in that frame', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://item.upload.taobao.com/sell/v2/publish.htm?catId=50012345');
  const frame = page.frame({ url: /sell\.xiangqing\.taobao\.com/ });
  if (!frame) throw new Error('editor frame not loaded');
  await expect(overlayOf(frame)).toHaveCount(1);
  await frame.locator('.editor-body').click();
  await page.keyboard.type(`这款保温杯${VIOLATION}`);
  await expect.poll(() => paintedRanges(frame)).toBe(1);
  // The top frame does not audit the frame it cannot read: nothing painted there; its panel says where the finding is.
  expect(await paintedRanges(page)).toBe(0);
  await overlayOf(page).getByTestId('ll-panel-toggle').click();
  const surface = overlayOf(page).getByTestId('ll-panel-frames').locator('li');
  await expect(surface).toHaveCount(1);
  await expect(surface).toHaveAttribute('data-state', 'audited');
  await expect(surface).toContainText('宝贝详情');
  await expect(surface).toContainText('sell.xiangqing.taobao.com');
  await expect(surface).toContainText('1 个问题');
});

test('Tmall publish.htm: 商品标题 and 商品卖点 (tmSubTitle); an editor frame nothing can read is named as not checked', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://sell.publish.tmall.com/tmall/publish.htm?catId=50011674');
  await expectEachUnderlined(page, ['#tm-title', '#tm-subtitle']);
  // The 图文描述 editor comes from an origin the extension does not run on: the panel says it is not checked.
  await overlayOf(page).getByTestId('ll-panel-toggle').click();
  const surface = overlayOf(page).getByTestId('ll-panel-frames').locator('li');
  await expect(surface).toHaveAttribute('data-state', 'unreadable');
  await expect(surface).toContainText('无法检查：图文描述');
  await expect(surface).toContainText('g.alicdn.com');
});

test('JD ware-jdm productLauchNew: rcd-form-item rows with generated ids — 商品标题, 卖点, 广告词', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://ware-jdm.jd.com/productLauchNew/productLauchNew?source=1');
  await expectEachUnderlined(page, ['#rc-id-12-0', '#rc-id-13-0', '#rc-id-14-0']);
});

test('Pinduoduo goods_add: title by data-tracking-click-viewid, 商品描述 by its beast-core row; 商品货号 not audited', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://mms.pinduoduo.com/goods/goods_add/index?goods_id=123');
  await expectEachUnderlined(page, ['[data-tracking-click-viewid="title_input_area"]', '[data-testid="beast-core-textArea-htmlInput"]']);
  await page.locator('#basic\\.goods_code input').fill(VIOLATION);
  await page.waitForTimeout(300);
  await expect(underline(page, VIOLATION)).toHaveCount(0);
});

test('Douyin 抖店: the create form reached by pushState from the home page is scanned (#pg-title-input, 推荐语)', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://fxg.jinritemai.com/ffa/mshop/homepage/index');
  await expect(overlayOf(page)).toHaveCount(1);
  await page.locator('#nav-create').click();
  await expect(page).toHaveURL(/\/ffa\/g\/create$/);
  await expectEachUnderlined(page, ['#pg-title-input', '[attr-field-id="推荐语"] input']);
});

test('SPA navigation re-picks the adapter: an unclaimed taobao.com page pushes a /sell/ route and gets the overlay', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.taobao.com/');
  await page.locator('#search-box').fill(VIOLATION);
  await page.waitForTimeout(500);
  await expect(overlayOf(page)).toHaveCount(0);
  await page.locator('#go-sell').click();
  await expect(overlayOf(page)).toHaveCount(1);
  await expectEachUnderlined(page, ['#sell-title']);
});

for (const host of AMAZON_MARKETPLACES) {
  test(`Amazon ${host}: KAT fields in open shadow roots — item name, bullets, rtip_product_description`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`https://${host}/abis/listing/create?productType=BOTTLE`);
    await expect(overlayOf(page)).toHaveCount(1);
    const inKat = (name: string, control: string) => `[name="${name}"] ${control}`;
    await expectEachUnderlined(
      page,
      [
        inKat('item_name-0-value', 'input'),
        inKat('bullet_point-0-value', 'textarea'),
        inKat('bullet_point-1-value', 'textarea'),
        inKat('rtip_product_description-0-value', 'textarea'),
      ],
      'Insulated bottle, best seller',
      'best seller',
    );
    if (host !== AMAZON_MARKETPLACES[0]) return;
    // The panel names the field by the KAT host's label attribute.
    await page.locator(inKat('item_name-0-value', 'input')).click();
    await page.keyboard.type('Insulated bottle, best seller');
    await expectPanelFinding(page, 'Item Name', 'best seller');
  });
}

test('Amazon: a KAT control rendered late inside its shadow root (no light-DOM change) is found by the shadow-root observer', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://${AMAZON_MARKETPLACES[0]}/abis/listing/create?productType=BOTTLE`);
  await expect(overlayOf(page)).toHaveCount(1);
  // The description's textarea arrives 3 s after load, after the overlay's first scan; nothing else on the page
  // changes before it is typed into.
  await page.waitForTimeout(3500);
  await page.locator('[name="rtip_product_description-0-value"] textarea').click();
  await page.keyboard.type('Insulated bottle, best seller');
  await expect(underline(page, 'best seller')).toHaveCount(1);
});

test('Shopify admin: title, and the TinyMCE #product-description_ifr body found despite its inline visibility:hidden', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://admin.shopify.com/store/demo/products/123');
  await expectEachUnderlined(page, ['input[name="title"]'], 'Insulated bottle, best seller', 'best seller');
  const frame = page.frameLocator('#product-description_ifr');
  await frame.locator('body#tinymce').click();
  await page.keyboard.type('Keeps drinks cold. Best seller.');
  // Detection: the panel lists the finding in the description field.
  await expectPanelFinding(page, 'Rich Text Area', 'Best seller');
});

test('Shopify admin: the TinyMCE description is underlined', async ({ context }) => {
  // Painted by CSS highlights in the iframe's own document (the overlay engine's TinyMCE path).
  const page = await context.newPage();
  await page.goto('https://admin.shopify.com/store/demo/products/123');
  await page.frameLocator('#product-description_ifr').locator('body#tinymce').click();
  await page.keyboard.type('Keeps drinks cold. Best seller.');
  const frame = page.frame({ url: /about:srcdoc/ });
  if (!frame) throw new Error('no TinyMCE frame');
  await expect.poll(() => paintedRanges(frame)).toBe(1);
});
