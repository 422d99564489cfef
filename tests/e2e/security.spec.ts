import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from '@playwright/test';
import { httpError, startMockOpenAI } from '../support/mockOpenAI';
import { serviceWorkerOf, test, expect } from './fixtures';

/**
 * Security suite, end to end: the shipped manifest asks for nothing extra, the API key cannot be
 * read from the content script's world nor leaks through messages, and the dashboard refuses
 * hostile lexicon subscriptions.
 */

const KEY = 'sk-e2e-5b8f2c9d4a7e1f3b6c0d9e8a7f6b5c4d';
const SHIPPED_DIR = path.resolve(process.env.LISTINGLINT_SHIPPED_DIR ?? '.output/chrome-mv3');

/** The parts of the extension API the probes use (they run in the browser, not in Node). */
interface ProbeChrome {
  storage: {
    local: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    session: { get(keys: null): Promise<Record<string, unknown>> };
  };
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(injection: { target: { tabId: number }; world: 'ISOLATED'; func: () => Promise<string> }): Promise<{ result?: string }[]> };
  runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    connect(info: { name: string }): { postMessage(message: unknown): void; onMessage: { addListener(listener: (message: { type: string }) => void): void } };
  };
}

test.describe('shipped build', () => {
  const manifestPath = path.join(SHIPPED_DIR, 'manifest.json');
  type Manifest = {
    permissions?: string[];
    host_permissions?: string[];
    content_scripts?: { matches?: string[] }[];
    web_accessible_resources?: { matches?: string[] }[];
    content_security_policy?: { extension_pages?: string; sandbox?: string };
    icons?: Record<string, string>;
  };
  const shipped = (): Manifest => {
    if (!existsSync(manifestPath)) throw new Error(`no production build at ${SHIPPED_DIR}: run npm run build first`);
    return JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  };

  test('injects on no demo host and asks for no unused permission', () => {
    const manifest = shipped();
    const everyPattern = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
      ...(manifest.web_accessible_resources ?? []).flatMap((resource) => resource.matches ?? []),
    ];
    expect(everyPattern.filter((pattern) => /127\.0\.0\.1|localhost|\/demo\//.test(pattern))).toEqual([]);
    expect(everyPattern.filter((pattern) => pattern.startsWith('http:'))).toEqual([]);
    // Each permission is named with the API call in the bundle that needs it.
    const bundle = readdirSync(SHIPPED_DIR, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(path.join(SHIPPED_DIR, file), 'utf8'))
      .join('\n');
    const evidence: Record<string, RegExp> = {
      storage: /\.storage\.local\b/,
      scripting: /\.scripting\.(executeScript|registerContentScripts)/,
      alarms: /\.alarms\.create/,
      // activeTab: the popup reads the active tab's URL and injects there without a host permission.
      activeTab: /\.tabs\.query\(/,
      // contextMenus: "用 ListingLint 检查选中文字".
      contextMenus: /\.contextMenus\.create\(/,
      // offscreen: the document that runs OCR on product images (检查图片文字).
      offscreen: /\.offscreen\b[\s\S]{0,400}createDocument\(/,
    };
    expect(manifest.permissions?.sort()).toEqual(Object.keys(evidence).sort());
    for (const [permission, use] of Object.entries(evidence)) expect(bundle, permission).toMatch(use);
    expect(bundle).not.toMatch(/\.sidePanel\./);
  });

  test('the Firefox build claims no demo host either and has the same CSP', () => {
    const firefox = path.resolve('.output/firefox-mv2/manifest.json');
    if (!existsSync(firefox)) throw new Error('no Firefox build at .output/firefox-mv2: run npm run build:firefox first');
    const manifest = JSON.parse(readFileSync(firefox, 'utf8')) as {
      permissions?: string[];
      content_scripts?: { matches?: string[] }[];
      content_security_policy?: string;
    };
    const patterns = [...(manifest.permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? [])];
    expect(patterns.filter((pattern) => /127\.0\.0\.1|localhost|\/demo\/|^http:/.test(pattern))).toEqual([]);
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.content_security_policy).toContain("script-src 'self'");
    expect(manifest.content_security_policy).not.toMatch(/unsafe-eval/);
  });

  test('has a CSP without eval (WebAssembly only, for OCR) and icons at 16/32/48/128', () => {
    const manifest = shipped();
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(csp.replaceAll("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|unsafe-inline/);
    expect(manifest.content_security_policy?.sandbox ?? '').not.toMatch(/unsafe-eval/);
    for (const size of [16, 32, 48, 128]) {
      const file = manifest.icons?.[String(size)];
      expect(file, `icon ${size}`).toBeTruthy();
      const png = readFileSync(path.join(SHIPPED_DIR, file!));
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

/** Runs `func` in the extension's isolated (content-script) world of the tab showing `url`. */
async function inContentWorld(worker: Worker, url: string, probe: 'storage' | 'messages'): Promise<string> {
  return worker.evaluate(
    async ({ url, probe }) => {
      const ext = (globalThis as unknown as { chrome: ProbeChrome }).chrome;
      const tab = (await ext.tabs.query({})).find((candidate) => candidate.url?.startsWith(url));
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      const storage = async () => {
        const api = (globalThis as unknown as { chrome: ProbeChrome }).chrome;
        const local = await api.storage.local.get(null);
        const session = await api.storage.session.get(null).catch((error: unknown) => `denied: ${String(error)}`);
        const databases = await indexedDB.databases();
        return JSON.stringify({ local, session, databases });
      };
      const messages = async () => {
        const api = (globalThis as unknown as { chrome: ProbeChrome }).chrome;
        const replies: unknown[] = [];
        for (const message of [
          { type: 'ping' },
          { type: 'getAuditContext', platform: 'jd' },
          { type: 'testConnection' },
          { type: 'auditCached', text: '全网最好', role: 'title', platform: 'jd' },
          { type: 'providerConfig' },
        ]) {
          replies.push(await api.runtime.sendMessage(message).catch((error: unknown) => String(error)));
        }
        const port = api.runtime.connect({ name: 'listinglint-draft' });
        const draft = await new Promise<unknown[]>((resolve) => {
          const got: unknown[] = [];
          port.onMessage.addListener((message) => {
            got.push(message);
            if (message.type === 'error' || message.type === 'done') resolve(got);
          });
          port.postMessage({
            type: 'start',
            locale: 'en',
            request: { product: { name: '降噪耳机', category: '数码', sellingPoints: ['主动降噪'], audience: '通勤族' }, scene: '通勤', variants: 1 },
          });
          setTimeout(() => resolve(got), 20_000);
        });
        return JSON.stringify({ replies, draft });
      };
      const [injected] = await ext.scripting.executeScript({ target: { tabId: tab.id }, world: 'ISOLATED', func: probe === 'storage' ? storage : messages });
      return injected?.result ?? '';
    },
    { url, probe },
  );
}

test('the API key cannot be read or leaked from the content script world', async ({ context, extensionId, baseURL }) => {
  // An OpenAI-compatible server that rejects the key and quotes it back in full.
  const server = await startMockOpenAI({
    handler: (request) => httpError(401, `Incorrect API key provided: ${String(request.headers.authorization).replace('Bearer ', '')}`),
  });
  try {
    const worker = await serviceWorkerOf(context);
    // A key saved by an older version, where it sat in storage.local.
    await worker.evaluate(
      // (plus a marker, to show the probe below really reads storage.local)
      ({ KEY, baseURL }) =>
        (globalThis as unknown as { chrome: ProbeChrome }).chrome.storage.local.set({
          probeMarker: 'visible-to-content-scripts',
          providerConfig: { presetId: 'custom', baseURL, model: 'mock-model', apiKey: KEY },
        }),
      { KEY, baseURL: server.baseURL },
    );

    // The dashboard still has it (moved, not lost) …
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html?tab=providers`);
    await expect(options.getByTestId('provider-api-key')).toHaveValue(KEY);
    // … and storage.local no longer does.
    await expect
      .poll(() => worker.evaluate(() => (globalThis as unknown as { chrome: ProbeChrome }).chrome.storage.local.get(null).then((all) => JSON.stringify(all))))
      .not.toContain(KEY);

    await options.getByTestId('provider-save').click();
    await expect(options.getByTestId('provider-status')).toHaveText('已保存');
    await options.getByTestId('provider-test').click();
    await expect(options.getByTestId('provider-status')).toContainText('Incorrect API key provided');
    await expect(options.getByTestId('provider-status')).not.toContainText(KEY.slice(0, 12));

    const page = await context.newPage();
    await page.goto('/demo/jd.html');
    await page.locator('listinglint-overlay').waitFor({ state: 'attached' });
    const pageUrl = `${baseURL}/demo/jd.html`;

    const stored = await inContentWorld(worker, pageUrl, 'storage');
    expect(stored).toContain('visible-to-content-scripts'); // the probe really read storage.local
    expect(stored).not.toContain(KEY);
    expect(stored).not.toContain('listinglint-secrets');

    const before = server.requests.length;
    const traffic = await inContentWorld(worker, pageUrl, 'messages');
    expect(traffic).toContain('"type":"error"'); // the draft ran and failed upstream…
    expect(server.requests.length).toBeGreaterThan(before);
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`); // …with the real key
    expect(traffic).toContain('testConnection is not accepted from this sender');
    expect(traffic).not.toContain(KEY);
    expect(traffic).not.toContain(KEY.slice(0, 12));
    expect(traffic).not.toContain(KEY.slice(-12));
  } finally {
    await server.close();
  }
});

test.describe('lexicon subscriptions in the dashboard', () => {
  let feeds: Server;
  let feedOrigin: string;
  const routes = new Map<string, (response: ServerResponse) => void>();
  const lexicon = (version: string, terms: string[]) => ({
    id: 'team-e2e',
    version,
    name: { zh: '团队词库', en: 'Team terms' },
    source: 'e2e',
    terms: terms.map((text) => ({ text, category: 'custom', severity: 'error', basis: '团队规则', lang: 'zh' })),
  });
  const json =
    (value: unknown, type = 'application/json') =>
    (response: ServerResponse) =>
      response.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' }).end(JSON.stringify(value));

  test.beforeAll(async () => {
    feeds = createServer((request, response) => {
      const route = routes.get(request.url ?? '');
      if (route) route(response);
      else response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => feeds.listen(0, '127.0.0.1', resolve));
    feedOrigin = `http://127.0.0.1:${(feeds.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => feeds.close(() => resolve())));

  test('refuses private, metadata, http, oversized and wrong-type feeds; a changed hash waits for the user', async ({ context, extensionId }) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html?tab=lexicons`);
    const panel = options.getByTestId('subscriptions');
    const subscribe = async (url: string) => {
      await panel.getByTestId('subscription-url').fill(url);
      await panel.getByTestId('subscription-add').click();
    };
    const alert = options.getByTestId('lexicons-section').getByRole('alert');

    await subscribe('http://192.168.1.1/lexicon.json');
    await expect(alert).toContainText('only https');
    await subscribe('https://169.254.169.254/latest/meta-data/');
    await expect(alert).toContainText('not a public server');
    await subscribe('https://10.0.0.1/lexicon.json');
    await expect(alert).toContainText('not a public server');
    await expect(panel.getByTestId('subscription')).toHaveCount(0);

    let written = 0;
    routes.set('/feeds/huge.json', (response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      const block = Buffer.alloc(256 * 1024, 0x20);
      const pump = () => {
        while (written < 40 * 1024 * 1024 && !response.destroyed) {
          written += block.length;
          if (!response.write(block)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    await subscribe(`${feedOrigin}/feeds/huge.json`);
    await expect(panel.getByTestId('subscription').filter({ hasText: 'huge.json' })).toContainText('too-large: more than 5242880 bytes');
    expect(written).toBeLessThan(20 * 1024 * 1024);

    routes.set('/feeds/page.json', json(lexicon('1.0.0', ['秒发货']), 'text/html; charset=utf-8'));
    await subscribe(`${feedOrigin}/feeds/page.json`);
    await expect(panel.getByTestId('subscription').filter({ hasText: 'page.json' })).toContainText('type: Content-Type is text/html');

    routes.set('/feeds/team.json', json(lexicon('1.0.0', ['秒发货'])));
    await subscribe(`${feedOrigin}/feeds/team.json`);
    const team = panel.getByTestId('subscription').filter({ hasText: 'team.json' });
    await expect(team).toContainText('v1.0.0');
    await expect(team.getByTestId('subscription-pin')).toContainText('sha256');

    routes.set('/feeds/team.json', json(lexicon('1.1.0', ['秒发货', '包邮神器'])));
    await team.getByRole('button', { name: '立即更新' }).click();
    await expect(team.getByTestId('subscription-changed')).toBeVisible();
    await expect(team).toContainText('v1.0.0');
    await team.getByTestId('subscription-accept').click();
    await expect(team).toContainText('v1.1.0');
    await expect(team.getByTestId('subscription-changed')).toHaveCount(0);
  });
});

test('extension pages run no inline or blob script (the CSP is enforced, not just declared)', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // (Playwright's own evaluate is exempt from the page's eval rules, so eval is checked in the manifest test.)
  const outcome = await options.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
    const inline = document.createElement('script');
    inline.textContent = 'document.body.dataset.inline = "ran"';
    document.body.append(inline);
    const blob = document.createElement('script');
    blob.src = URL.createObjectURL(new Blob(['document.body.dataset.blob = "ran"'], { type: 'text/javascript' }));
    const loaded = new Promise<string>((resolve) => {
      blob.onload = () => resolve('loaded');
      blob.onerror = () => resolve('refused');
    });
    document.body.append(blob);
    const blobResult = await loaded;
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { inline: document.body.dataset.inline ?? 'blocked', blob: document.body.dataset.blob ?? blobResult, violations };
  });
  expect(outcome).toMatchObject({ inline: 'blocked', blob: 'refused' });
  expect(outcome.violations.length).toBeGreaterThanOrEqual(2);
  expect(new Set(outcome.violations)).toEqual(new Set(['script-src-elem']));
});
