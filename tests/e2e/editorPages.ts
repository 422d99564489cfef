import type { BrowserContext, Frame, Page } from '@playwright/test';

/** One row per third-party editor demo page (tests/demo/pages/editors). */
export interface EditorRow {
  name: string;
  page: string;
  /** Form pages hold an input and a textarea; `__read(field)` reads that one. */
  field?: 'input' | 'textarea';
  /** The element the seller clicks and types into. */
  target: string;
  /** The editor's document is in this iframe (TinyMCE). */
  frame?: string;
  /** Underlined by CSS highlights in the page (contenteditable), not by overlay boxes (inputs). */
  painted: boolean;
}

export const TEXT = '这款面霜是最好的选择，效果出众。';

/** The generic adapter runs on the demo origin once the user enables it (as from the toolbar popup). */
export async function enableDemoOrigin(context: BrowserContext, extensionId: string, baseURL: string): Promise<void> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const response = await popup.evaluate((origin) => chrome.runtime.sendMessage({ type: 'enableSite', origin }), new URL(baseURL).origin);
  if (!(response as { ok?: boolean })?.ok) throw new Error(`enableSite failed: ${JSON.stringify(response)}`);
  await popup.close();
}

export const overlay = (page: Page) => page.locator('listinglint-overlay');

/** The text in the editor's own model (`window.__read`, through the editor's API). */
export function readModel(page: Page, row: Pick<EditorRow, 'field'>): Promise<string> {
  return page.evaluate((field) => window.__read!(field), row.field);
}

export async function editorFrame(page: Page, row: EditorRow): Promise<Page | Frame> {
  if (!row.frame) return page;
  const handle = await page.locator(row.frame).elementHandle();
  return (await handle?.contentFrame()) ?? page;
}

export async function paintedRanges(frame: Page | Frame): Promise<number> {
  return frame.evaluate(() =>
    ['listinglint-error', 'listinglint-warning', 'listinglint-info'].reduce((sum, name) => sum + (CSS.highlights.get(name)?.size ?? 0), 0),
  );
}

/** Whether the finding on `match` is drawn: overlay boxes for inputs, page highlights for rich editors. */
export async function underlined(page: Page, row: EditorRow, match: string): Promise<boolean> {
  if (!row.painted) return (await overlay(page).locator(`[data-testid="ll-underline"][data-match="${match}"]`).count()) > 0;
  return (await paintedRanges(await editorFrame(page, row))) > 0;
}

/**
 * Milliseconds from the `beforeinput` of the keystroke that completes `match` to the first frame with
 * its underline. Installs the probe; resolve the returned promise after typing that character.
 */
export async function armUnderlineProbe(page: Page, row: EditorRow, lastChar: string): Promise<() => Promise<number>> {
  const frame = await editorFrame(page, row);
  await frame.evaluate(
    ({ char, painted }) => {
      const target = window as unknown as { __probe?: Promise<number> };
      target.__probe = new Promise((resolve) => {
        document.addEventListener(
          'beforeinput',
          (event) => {
            if (!event.data?.includes(char)) return;
            const start = performance.now();
            const drawn = () => {
              const top = window.top!.document.querySelector('listinglint-overlay')?.shadowRoot;
              return painted ? (CSS.highlights.get('listinglint-error')?.size ?? 0) > 0 : !!top?.querySelector('[data-testid="ll-underline"]');
            };
            const poll = () => (drawn() ? resolve(performance.now() - start) : requestAnimationFrame(poll));
            poll();
          },
          { capture: true },
        );
      });
    },
    { char: lastChar, painted: row.painted },
  );
  return () => frame.evaluate(() => (window as unknown as { __probe: Promise<number> }).__probe);
}

declare global {
  interface Window {
    __read?: (field?: string) => string;
    __destroy?: () => void;
    __ready?: boolean;
  }
}
