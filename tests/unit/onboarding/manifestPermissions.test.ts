import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import config from '../../../wxt.config';

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;
const manifest = (browser: string, manifestVersion: 2 | 3) =>
  (config.manifest as ManifestFn)({ browser, manifestVersion, mode: 'production', command: 'build' });

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : /\.tsx?$/.test(name) ? [file] : [];
  });
}
const code = [...sources('entrypoints'), ...sources('components'), ...sources('lib')].map((file) => readFileSync(file, 'utf8')).join('\n');

/** How the code uses each API permission; a permission nothing uses must not be requested. */
const USED_BY: Record<string, RegExp> = {
  storage: /storage\.defineItem|browser\.storage\./,
  scripting: /browser\.scripting\./,
  alarms: /browser\.alarms\./,
  contextMenus: /browser\.contextMenus\./,
  // The document that runs OCR on product images (Chrome only).
  offscreen: /offscreen\s*\.createDocument\(/,
  // activeTab has no API: it lets the popup read the active tab's URL to offer "enable on this site".
  activeTab: /browser\.tabs\.query\(\{ active: true/,
};

describe('manifest permissions', () => {
  it('the Chrome build requests only permissions the code uses', () => {
    const permissions = manifest('chrome', 3).permissions as string[];
    for (const permission of permissions) {
      expect(USED_BY[permission], `no known use of "${permission}"`).toBeDefined();
      expect(code, `"${permission}" is requested but unused`).toMatch(USED_BY[permission]!);
    }
  });

  it('Firefox gets an add-on id, the data-collection declaration and optional origins for enabling a site', () => {
    const firefox = manifest('firefox', 2) as { browser_specific_settings: { gecko: Record<string, unknown> }; optional_permissions: string[] };
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefox.optional_permissions).toEqual(expect.arrayContaining(['https://*/*', 'http://*/*']));
    expect(manifest('chrome', 3)).not.toHaveProperty('browser_specific_settings');
  });
});
