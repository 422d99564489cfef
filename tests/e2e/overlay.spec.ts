import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { enableDemoOrigin } from './editorPages';

const overlay = (page: Page) => page.locator('listinglint-overlay');
const underline = (page: Page, match: string) => overlay(page).locator(`[data-testid="ll-underline"][data-match="${match}"]`);

/** Number of ranges painted in a document's CSS highlight registry, per severity. */
async function paintedRanges(frame: { evaluate: Page['evaluate'] }): Promise<number> {
  return frame.evaluate(() =>
    ['listinglint-error', 'listinglint-warning', 'listinglint-info'].reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
  );
}

async function hoverUnderline(page: Page, match: string) {
  const box = await underline(page, match).first().boundingBox();
  if (!box) throw new Error(`no underline for ${match}`);
  await page.mouse.move(box.x + box.width / 2, box.y - 4);
}

test('typing a banned term into an input and a textarea underlines it; trap words stay clean', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/taobao.html');
  await page.locator('#title').pressSequentially('最近上新 第一次用就爱上 纯银首饰 最好的无线耳机');
  await expect(underline(page, '最好')).toHaveCount(1);
  await expect(underline(page, '最好')).toHaveAttribute('data-severity', 'error');
  for (const trap of ['最近', '第一', '首饰', '第一次']) await expect(underline(page, trap)).toHaveCount(0);

  await page.goto('/demo/amazon.html');
  await page.locator('#bullet_point_1').fill('Fits any laptop, secure zipper. Best seller in the category.');
  await expect(underline(page, 'Best seller')).toHaveCount(1);
  for (const trap of ['top', 'cure']) await expect(underline(page, trap)).toHaveCount(0);
});

test('applying a fix in the React-controlled title updates React state and the byte counter', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/taobao.html');
  await page.locator('#title').pressSequentially('国家级品质蓝牙耳机');
  await expect(page.getByTestId('title-counter')).toHaveText('18/60');
  await expect(underline(page, '国家级')).toHaveCount(1);
  await hoverUnderline(page, '国家级');
  const card = overlay(page).getByTestId('ll-card');
  await expect(card).toBeVisible();
  await expect(card.getByTestId('ll-card-basis')).toContainText('广告法');
  const fix = card.getByTestId('ll-fix').first();
  const replacement = (await fix.textContent()) ?? '';
  await fix.click();
  const expected = `${replacement}品质蓝牙耳机`;
  await expect(page.locator('#title')).toHaveValue(expected);
  await expect(page.getByTestId('react-state')).toHaveText(`React state: ${JSON.stringify(expected)}`);
  const width = [...expected].reduce((sum, char) => sum + (char.codePointAt(0)! <= 0xff ? 1 : 2), 0);
  await expect(page.getByTestId('title-counter')).toHaveText(`${width}/60`);
  await expect(underline(page, '国家级')).toHaveCount(0);
  // The title meter shows the length the way sellers count it: 字, with Latin letters and digits as half.
  const zi = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  await expect(overlay(page).getByTestId('ll-meter-length')).toContainText(`${zi(width / 2)}/30 字`);
});

test('a contenteditable editor inside a same-origin iframe is checked, fixed, and the fix can be undone', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/detail.html');
  const frame = page.frameLocator('#detail-editor-frame');
  const editor = frame.locator('.ql-editor');
  await editor.click();
  await page.keyboard.type('这款面霜是最好的选择，最近很多人回购。');
  const frameHandle = page.frame({ url: /detail-frame/ })!;
  await expect.poll(() => paintedRanges(frameHandle)).toBe(1);
  // Quill merges edits made within a second into one undo step; a seller's fix comes later than that.
  await page.waitForTimeout(1200);
  // Open the finding from the panel (keyboard-reachable path) and apply the first suggestion.
  await overlay(page).getByTestId('ll-panel-toggle').click();
  const item = overlay(page).getByTestId('ll-panel-item').filter({ hasText: '最好' });
  await expect(item).toHaveCount(1);
  await item.click();
  const card = overlay(page).getByTestId('ll-card');
  await expect(card).toBeVisible();
  const fix = card.getByTestId('ll-fix').first();
  const replacement = (await fix.textContent()) ?? '';
  await fix.click();
  await expect(editor).toContainText(`这款面霜是${replacement}的选择`);
  await expect.poll(() => paintedRanges(frameHandle)).toBe(0);
  await editor.focus();
  await page.keyboard.press('Control+z');
  await expect(editor).toContainText('这款面霜是最好的选择');
  await expect.poll(() => paintedRanges(frameHandle)).toBe(1);
});

test('a field added after load is checked', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html?lateDelay=1500');
  const late = page.locator('#promoText');
  await late.waitFor();
  await late.fill('万人疯抢，全网最低价');
  await expect(overlay(page).locator('[data-testid="ll-underline"]')).not.toHaveCount(0);
});

test('a SPA that re-renders its form keeps being checked', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/spa.html');
  await page.locator('#product-title').fill('第一品牌 保温杯');
  await expect(underline(page, '第一品牌')).toHaveCount(1);
  await page.getByRole('link', { name: '商品文案' }).click();
  await expect(underline(page, '第一品牌')).toHaveCount(0);
  await page.locator('#product-copy').fill('喝了能治疗失眠');
  await expect(overlay(page).locator('[data-testid="ll-underline"]')).not.toHaveCount(0);
});

test('the generic adapter works on a page the user enables', async ({ context, extensionId, baseURL }) => {
  const page = await context.newPage();
  await page.goto('/other/jd.html');
  await page.waitForTimeout(500);
  await expect(overlay(page)).toHaveCount(0);
  const extensionPage = await context.newPage();
  await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
  const origin = new URL(baseURL!).origin;
  const response = await extensionPage.evaluate((value) => chrome.runtime.sendMessage({ type: 'enableSite', origin: value }), origin);
  expect(response).toMatchObject({ ok: true });
  await page.reload();
  await page.locator('#sellPoint1').fill('最佳选择');
  await expect(underline(page, '最佳')).toHaveCount(1);
});

test('the panel lists findings and focuses the hit; hostile page text stays text', async ({ context }) => {
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/demo/jd.html');
  await page.locator('#sellPoint2').fill('<img src=x onerror=alert(1)> 最佳');
  await page.locator('#sellPoint1').fill('绝对好用');
  await overlay(page).getByTestId('ll-panel-toggle').click();
  const items = overlay(page).getByTestId('ll-panel-item');
  await expect(items).toHaveCount(2);
  await items.filter({ hasText: '最佳' }).click();
  await expect(page.locator('#sellPoint2')).toBeFocused();
  const selection = await page.locator('#sellPoint2').evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd));
  expect(selection).toBe('最佳');
  await page.locator('#sellPoint3').fill('<img src=x onerror=alert(1)>最好');
  await expect(overlay(page).getByTestId('ll-panel-item').filter({ hasText: '最好' })).toContainText('最好');
  expect(await overlay(page).locator('img').count()).toBe(0);
  expect(dialogs).toBe(0);
});

test('ignore once hides one hit; always allow silences the term across fields', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await page.locator('#sellPoint1').fill('顶级面料');
  await expect(underline(page, '顶级')).toHaveCount(1);
  await hoverUnderline(page, '顶级');
  await overlay(page).getByTestId('ll-ignore').click();
  await expect(underline(page, '顶级')).toHaveCount(0);
  await page.locator('#sellPoint2').fill('顶级工艺');
  await expect(underline(page, '顶级')).toHaveCount(1);
  await hoverUnderline(page, '顶级');
  await overlay(page).getByTestId('ll-allow').click();
  await expect(underline(page, '顶级')).toHaveCount(0);
  await page.locator('#sellPoint3').fill('顶级');
  await page.waitForTimeout(300);
  await expect(underline(page, '顶级')).toHaveCount(0);
});

test.describe('bad input (issue 11)', () => {
  test.beforeEach(async ({ context, extensionId, baseURL }) => {
    await enableDemoOrigin(context, extensionId, baseURL!);
  });

  const issues = async (page: Page) => Number(/(\d+)/.exec((await overlay(page).getByTestId('ll-panel-toggle').textContent()) ?? '')?.[1] ?? 0);

  test('a 1 MB single-line paste: the text is kept whole, its findings are counted, no marks are drawn for it, the field stays typable', async ({
    context,
  }) => {
    test.setTimeout(120_000);
    const page = await context.newPage();
    await page.goto('/demo/editors/plain.html');
    await page.waitForFunction(() => window.__ready === true);
    const sentence = '这款面霜是最好的选择，质地轻薄，';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
    const hits = text.split('最好').length - 1;
    const field = page.locator('#f-textarea');
    await field.click();
    await page.keyboard.insertText(text);
    expect(await page.evaluate(() => window.__read!('textarea').length)).toBe(1_000_000);
    await expect.poll(() => issues(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(hits);
    // Too long to lay out a second time: the findings live in the panel, no underline boxes for this field.
    await expect(overlay(page).locator('[data-testid="ll-underline"]')).toHaveCount(0);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('再来');
    await expect.poll(() => page.evaluate(() => window.__read!('textarea').slice(-3))).toBe('，再来');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await expect.poll(() => issues(page), { timeout: 30_000 }).toBe(0);
    expect(await page.evaluate(() => window.__read!('textarea'))).toBe('');
  });

  test('200 fields on one page: every one is tracked and audited; typing in the last one marks it', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('/demo/editors/plain.html');
    await page.waitForFunction(() => window.__ready === true);
    await page.evaluate(() => {
      for (let index = 0; index < 200; index++) {
        const area = document.createElement('textarea');
        area.id = `bulk-${index}`;
        area.rows = 2;
        area.value = `商品${index}：这款面霜是最好的选择`;
        document.querySelector('main')!.append(area);
      }
    });
    await expect(overlay(page).getByTestId('ll-field-count')).toHaveText('识别到 202 个字段');
    await expect.poll(() => issues(page)).toBe(200);
    const last = page.locator('#bulk-199');
    await last.scrollIntoViewIfNeeded();
    await last.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('，可根治暗沉');
    await expect(underline(page, '根治')).toHaveCount(1);
    await expect.poll(() => issues(page)).toBe(201);
    const box = await last.boundingBox();
    const mark = await underline(page, '根治').boundingBox();
    expect(mark!.y).toBeGreaterThanOrEqual(box!.y);
    expect(mark!.y + mark!.height).toBeLessThanOrEqual(box!.y + box!.height + 1);
  });

  test('a field re-rendered every frame: one field tracked, at most one mark at any time, none left behind, text kept', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('/demo/editors/plain.html');
    await page.waitForFunction(() => window.__ready === true);
    // The page's own fields are tracked before the churn starts (the claim is about the churn, not the first scan).
    await expect(overlay(page).getByTestId('ll-field-count')).toHaveText('识别到 2 个字段');
    await page.evaluate(() => {
      const state = window as unknown as { __churn: boolean; __renders: number };
      state.__churn = true;
      state.__renders = 0;
      let current = document.createElement('textarea');
      current.id = 'churn';
      current.value = '这款面霜是最好的选择';
      document.querySelector('main')!.append(current);
      // A keyed remount on every frame: a new element with the same text replaces the old one.
      const render = () => {
        if (!state.__churn) return;
        const next = current.cloneNode() as HTMLTextAreaElement;
        next.value = current.value;
        current.replaceWith(next);
        current = next;
        state.__renders += 1;
        requestAnimationFrame(render);
      };
      requestAnimationFrame(render);
    });
    const marks: number[] = [];
    const counts: string[] = [];
    for (let sample = 0; sample < 15; sample++) {
      await page.waitForTimeout(100);
      marks.push(await underline(page, '最好').count());
      counts.push((await overlay(page).getByTestId('ll-field-count').textContent()) ?? '');
    }
    expect(await page.evaluate(() => (window as unknown as { __renders: number }).__renders)).toBeGreaterThan(30);
    expect(Math.max(...marks)).toBeLessThanOrEqual(1);
    for (const count of counts) expect(['识别到 2 个字段', '识别到 3 个字段']).toContain(count);
    await page.evaluate(() => ((window as unknown as { __churn: boolean }).__churn = false));
    await expect(underline(page, '最好')).toHaveCount(1);
    await expect(overlay(page).getByTestId('ll-field-count')).toHaveText('识别到 3 个字段');
    await expect(page.locator('#churn')).toHaveValue('这款面霜是最好的选择');
    await expect.poll(() => issues(page)).toBe(1);
  });
});
