// Keyboard path and screen-reader checks of the overlay (issue 11, item 5): axe-core inside the
// shadow root (open panel in review mode and an open card), light and dark schemes, zh-CN and English.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect, serviceWorkerOf } from './fixtures';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const overlay = (page: Page) => page.locator('[data-ll-host]').last();
const underline = (page: Page, match: string) => overlay(page).locator(`[data-testid="ll-underline"][data-match="${match}"]`);

/** The extension APIs this spec uses in the service worker (tests/e2e/chrome.d.ts declares only sendMessage). */
interface WorkerChrome {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  runtime: { getManifest(): { commands?: Record<string, unknown> } };
  tabs: {
    query(q: { active?: boolean; url?: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
}

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run({ include: [['[data-ll-host]']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
    return result.violations.map(({ id, help, nodes }) => ({ id, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
  });
}

for (const scheme of ['light', 'dark'] as const) {
  for (const locale of ['zh-CN', 'en'] as const) {
    test(`axe finds no WCAG 2.1 AA violation in the overlay (${scheme}, ${locale})`, async ({ context }) => {
      if (locale === 'en')
        await (
          await serviceWorkerOf(context)
        ).evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({ localePreference: 'en' }));
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/demo/jd.html');
      await page.locator('#sellPoint1').fill('国家级工艺，全网最低价，顶级面料');
      await expect(underline(page, '国家级')).toHaveCount(1);
      await overlay(page).getByTestId('ll-panel-toggle').click();
      await overlay(page).getByTestId('ll-review-mode').check();
      await expect(overlay(page).getByTestId('ll-panel-entry')).toHaveCount(3);
      const box = await underline(page, '国家级').boundingBox();
      await page.mouse.move(box!.x + box!.width / 2, box!.y - 4);
      await expect(overlay(page).getByTestId('ll-card')).toBeVisible();
      await expect(overlay(page).getByTestId('ll-panel-toggle')).toHaveAttribute('aria-expanded', 'true');
      const violations = await axeViolations(page);
      expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    });
  }
}

test('keyboard: the shortcut opens the card at the caret with focus in it, Escape returns to the field; the field is described', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  const field = page.locator('#sellPoint1');
  await field.fill('做工扎实，国家级工艺');
  await expect(underline(page, '国家级')).toHaveCount(1);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
  await expect(page.locator(`#${describedBy.split(' ').at(-1)}`)).toContainText('国家级');
  await expect(overlay(page).getByTestId('ll-live')).toContainText('国家级');
  await field.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(7, 7));
  await page.keyboard.press('Alt+Shift+L');
  const card = overlay(page).getByTestId('ll-card');
  await expect(card).toBeVisible();
  await expect(card.locator('.ll-card-match')).toHaveText('国家级');
  await expect.poll(() => overlay(page).evaluate((host) => host.shadowRoot!.activeElement?.getAttribute('data-testid') ?? '')).toBe('ll-fix');
  // The card sits below or above the hit's line, never on it.
  const hit = (await underline(page, '国家级').boundingBox())!;
  const cardBox = (await card.boundingBox())!;
  expect(cardBox.y >= hit.y + hit.height - 1 || cardBox.y + cardBox.height <= hit.y - 10).toBe(true);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(field).toBeFocused();
  // Escape from the field closes a card opened by hover too.
  await page.mouse.move(hit.x + hit.width / 2, hit.y - 4);
  await expect(card).toBeVisible();
  await field.focus();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  // Clean field: our attributes are gone, the page's own are untouched.
  await field.fill('做工扎实');
  await expect(field).not.toHaveAttribute('aria-invalid', /.*/);
  await expect(field).not.toHaveAttribute('aria-describedby', /.*/);
});

test('the manifest command opens the findings panel with focus in it', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/demo/jd.html');
  await page.locator('#sellPoint1').fill('国家级工艺');
  await expect(underline(page, '国家级')).toHaveCount(1);
  const manifest = await (
    await serviceWorkerOf(context)
  ).evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.runtime.getManifest().commands);
  expect(Object.keys(manifest ?? {})).toContain('open-findings-panel');
  // What the command handler does: tell the seller tab's top frame (the onboarding tab opened on install may be the active one).
  await (
    await serviceWorkerOf(context)
  ).evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: WorkerChrome }).chrome;
    const [tab] = await tabs.query({ url: 'http://127.0.0.1/demo/jd.html' });
    await tabs.sendMessage(tab!.id!, { type: 'listinglint:openPanel' }, { frameId: 0 });
  });
  await expect(overlay(page).getByTestId('ll-panel')).toBeVisible();
  await expect(overlay(page).getByTestId('ll-panel-toggle')).toHaveAttribute('aria-expanded', 'true');
  await expect.poll(() => overlay(page).evaluate((host) => host.shadowRoot!.activeElement?.id ?? '')).toBe('ll-findings-panel');
});
