// Page script tries to drive the overlay (issue 11, item 4): clicking its buttons through the open
// shadow root, synthetic keyboard and mouse events, planting the overlay's element name and a
// hostile custom element before load, postMessage and runtime messages. Each attempt must fail, and
// the same action done by the user (a trusted event) must still work, so the test can fail.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const overlay = (page: Page) => page.locator('listinglint-overlay[data-ll-host], [data-ll-host]').last();
const underline = (page: Page, match: string) => overlay(page).locator(`[data-testid="ll-underline"][data-match="${match}"]`);

/** Runs in the page's own world: what any script on a seller page can do. */
async function pageClicks(page: Page, testId: string, index = 0): Promise<number> {
  return page.evaluate(
    ([id, i]) => {
      const host = [...document.querySelectorAll('[data-ll-host]')].at(-1)!;
      const targets = [...host.shadowRoot!.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
      const target = targets[i];
      if (!target) return 0;
      target.click();
      // Not cancelable: its activation behaviour (form submit, checkbox toggle) runs whatever listeners do.
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      target.closest('form')?.requestSubmit();
      target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      return targets.length;
    },
    [testId, index] as const,
  );
}

test('page script cannot click, key or dispatch its way through the overlay; the user still can', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await page.locator('#sellPoint1').fill('国家级工艺，全网最低价，顶级面料');
  await expect(underline(page, '国家级')).toHaveCount(1);

  // Panel and draft toggles.
  expect(await pageClicks(page, 'll-panel-toggle')).toBe(1);
  expect(await pageClicks(page, 'll-review-mode')).toBe(0);
  expect(await pageClicks(page, 'll-draft-toggle')).toBe(1);
  await page.waitForTimeout(500);
  await expect(overlay(page).getByTestId('ll-panel')).toHaveCount(0);
  await expect(overlay(page).getByTestId('ll-draft-drawer')).toHaveCount(0);

  // Review decisions and promotion to the allowlist.
  await overlay(page).getByTestId('ll-panel-toggle').click();
  expect(await pageClicks(page, 'll-review-mode')).toBe(1);
  await page.waitForTimeout(300);
  await expect(overlay(page).getByTestId('ll-decide-confirmed')).toHaveCount(0);
  await expect(overlay(page).getByTestId('ll-review-mode')).not.toBeChecked();
  await overlay(page).getByTestId('ll-review-mode').check();
  const entries = overlay(page).getByTestId('ll-panel-entry');
  await expect(entries).toHaveCount(3);
  expect(await pageClicks(page, 'll-decide-confirmed')).toBe(3);
  await page.evaluate(() => {
    const panel = [...document.querySelectorAll('[data-ll-host]')].at(-1)!.shadowRoot!.querySelector<HTMLElement>('[data-testid="ll-panel"]')!;
    panel.focus();
    for (const key of ['c', 'a', 'f', 'j', 'f']) panel.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  });
  await page.waitForTimeout(800);
  for (const decision of await entries.evaluateAll((items) => items.map((item) => item.getAttribute('data-decision')))) expect(decision).toBe('');
  const topGrade = entries.filter({ hasText: '顶级' });
  await topGrade.getByTestId('ll-decide-false-positive').click();
  await expect(topGrade).toHaveAttribute('data-decision', 'false-positive');
  expect(await pageClicks(page, 'll-promote')).toBe(1);
  await page.waitForTimeout(800);
  await expect(entries).toHaveCount(3);
  await expect(underline(page, '顶级')).toHaveCount(1);
  await overlay(page).getByTestId('ll-panel-toggle').click();

  // The finding card: fix and always-allow.
  const box = await underline(page, '国家级').boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y - 4);
  const card = overlay(page).getByTestId('ll-card');
  await expect(card).toBeVisible();
  expect(await pageClicks(page, 'll-fix')).toBeGreaterThan(0);
  expect(await pageClicks(page, 'll-allow')).toBe(1);
  await page.waitForTimeout(800);
  await expect(page.locator('#sellPoint1')).toHaveValue('国家级工艺，全网最低价，顶级面料');
  await expect(underline(page, '国家级')).toHaveCount(1);

  // Drafting on the user's key: the generate button.
  await overlay(page).getByTestId('ll-draft-toggle').click();
  await expect(overlay(page).getByTestId('draft-studio')).toBeVisible();
  await overlay(page).getByTestId('draft-name').fill('无线降噪耳机');
  await overlay(page).getByTestId('draft-selling-points').fill('主动降噪\n续航30小时');
  expect(await pageClicks(page, 'draft-generate')).toBe(1);
  await page.waitForTimeout(1500);
  await expect(overlay(page).getByTestId('draft-variant')).toHaveCount(0);
  // The same buttons work for the user: the test would notice if they were simply broken.
  await overlay(page).getByTestId('draft-generate').click();
  await expect(overlay(page).getByTestId('draft-variant').first()).toBeVisible({ timeout: 15_000 });
  await page.reload();
  await page.locator('#sellPoint1').fill('国家级工艺，全网最低价，顶级面料');
  await expect(underline(page, '国家级')).toHaveCount(1);
  await page.mouse.move(0, 0);
  await page.mouse.move(box!.x + box!.width / 2, box!.y - 4);
  await expect(card).toBeVisible();
  await card.getByTestId('ll-allow').click();
  await expect(underline(page, '国家级')).toHaveCount(0);
});

test('the shortcut from the field ignores synthetic key events', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  const field = page.locator('#sellPoint1');
  await field.fill('国家级工艺');
  await expect(underline(page, '国家级')).toHaveCount(1);
  await field.focus();
  await page.evaluate(() => {
    const input = document.querySelector<HTMLTextAreaElement>('#sellPoint1')!;
    input.setSelectionRange(1, 1);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'L', code: 'KeyL', altKey: true, shiftKey: true, bubbles: true }));
  });
  await page.waitForTimeout(500);
  await expect(overlay(page).getByTestId('ll-card')).toHaveCount(0);
  await page.keyboard.press('Alt+Shift+L');
  await expect(overlay(page).getByTestId('ll-card')).toBeVisible();
});

test('a page that plants the overlay element, a hostile custom element and globals before load still gets the overlay', async ({ context }) => {
  const page = await context.newPage();
  await page.addInitScript(() => {
    // A custom element under the overlay's name whose constructor takes the shadow root first.
    customElements.define(
      'listinglint-overlay',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'closed' });
        }
      },
    );
    (window as unknown as { __listinglintLoaded: boolean }).__listinglintLoaded = true;
    document.addEventListener('DOMContentLoaded', () => {
      for (const id of ['listinglint-overlay', 'listinglint-root', 'll-root']) {
        const planted = document.createElement('div');
        planted.id = id;
        document.body.append(planted);
      }
      document.body.append(document.createElement('listinglint-overlay'));
    });
  });
  await page.goto('/demo/jd.html');
  await page.locator('#sellPoint1').fill('国家级工艺');
  await expect(underline(page, '国家级')).toHaveCount(1);
});

test('postMessage and runtime messages from the page reach nothing', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await expect(overlay(page)).toBeAttached();
  const attempts = await page.evaluate(async (id) => {
    const results: string[] = [];
    for (const message of [
      { type: 'allowTerm', phrase: '国家级' },
      { type: 'saveDecision', decision: {} },
    ]) {
      window.postMessage(message, '*');
      window.postMessage({ source: 'listinglint', ...message }, '*');
    }
    const runtime = (window as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
    if (!runtime?.sendMessage) results.push('no runtime.sendMessage');
    else
      await runtime.sendMessage(id, { type: 'allowTerm', phrase: '国家级' }).then(
        () => results.push('answered'),
        (error: Error) => results.push(`rejected: ${error.message}`),
      );
    return results;
  }, extensionId);
  expect(attempts.join()).not.toContain('answered');
  await page.waitForTimeout(500);
  await page.locator('#sellPoint1').fill('国家级工艺');
  await expect(underline(page, '国家级')).toHaveCount(1);
});
