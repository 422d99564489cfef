import { chromium, type BrowserContext } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_FLAGS } from '../e2e/fixtures';

/** The built test/demo extension; LISTINGLINT_EXTENSION_DIR points at another build (e.g. a copy of an older one, to compare). */
export const EXTENSION_DIR = path.resolve(process.env.LISTINGLINT_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

export function extensionBuilt(): boolean {
  return existsSync(path.join(EXTENSION_DIR, 'manifest.json'));
}

/** Debian's Chromium in a fresh profile, with or without the built extension; `close` removes the profile. */
export async function launchBrowser(
  withExtension = true,
  extensionDir = EXTENSION_DIR,
): Promise<{ context: BrowserContext; extensionId: string | null; close: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_FLAGS] : CHROMIUM_FLAGS,
  });
  const worker = withExtension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : null;
  return {
    context,
    extensionId: worker ? new URL(worker.url()).host : null,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
