#!/usr/bin/env node
// `npm run demo`: builds the extension and the demo back office, serves it on 127.0.0.1 and opens
// Debian's Chromium with the extension loaded. Without a display (or with --screenshot) it runs
// headless and writes a PNG of each demo page, the dashboard tabs, the popup and the onboarding
// page (in Chinese and English) to demo-screenshots/. Expected set-up problems (no Chromium, a
// busy port) end with one sentence saying what to do, not a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { buildDemoPages, DEMO_DIST, DemoBuildError, DemoPortError, parsePort, startDemoServer } from './serve.mjs';
import { ensureChromium } from './chromium.mjs';
import { captureExtensionPages } from './extensionShots.mjs';

/** Ends the demo with one actionable sentence. */
function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      screenshot: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      port: { type: 'string' },
      out: { type: 'string', default: 'demo-screenshots' },
    },
  }));
} catch (error) {
  fail(`${error.message}. Usage: npm run demo [-- --screenshot] [--port N] [--out DIR] [--skip-build]`);
}
const chromiumFound = ensureChromium();
if (!chromiumFound.ok) fail(chromiumFound.message);
const executablePath = chromiumFound.path;
const extensionDir = path.resolve('.output/chrome-mv3-e2e');
const headless = values.screenshot || !process.env.DISPLAY;
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PAGES = [
  { name: 'taobao', path: '/demo/taobao.html', type: { selector: '#title', text: '最好的无线蓝牙耳机 降噪 考研图书馆 第一次用就爱上' } },
  { name: 'jd', path: '/demo/jd.html', type: { selector: '#sellPoint1', text: '国家级品质，最近上新，全网最低价' } },
  { name: 'amazon', path: '/demo/amazon.html', type: { selector: '#item_name', text: 'Best Seller Wireless Earbuds #1 Rated, FDA Approved, Free Shipping' } },
  { name: 'detail', path: '/demo/detail.html' },
  { name: 'spa', path: '/demo/spa.html' },
];

if (!values['skip-build']) {
  const build = spawnSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (build.status !== 0) fail('Building the extension failed (see the error above); fix it and run `npm run demo` again.');
}
if (!values['skip-build'] || !existsSync(path.join(DEMO_DIST, 'index.html'))) {
  try {
    buildDemoPages();
  } catch (error) {
    if (error instanceof DemoBuildError) fail(error.message);
    throw error;
  }
}
if (!existsSync(path.join(extensionDir, 'manifest.json')))
  fail(`No built extension at ${extensionDir}: run \`npm run demo\` without --skip-build (or \`npm run build:e2e\`) first.`);

// An explicit port (--port or DEMO_PORT) is kept or refused; the default moves to a free one when busy.
const requestedPort = values.port ?? process.env.DEMO_PORT;
let server;
try {
  server = await startDemoServer({ port: parsePort(requestedPort ?? '5178'), fallback: requestedPort === undefined });
} catch (error) {
  if (error instanceof DemoPortError) fail(error.message);
  throw error;
}
if (server.movedFrom !== undefined) console.log(`port ${server.movedFrom} is busy; using ${server.port} instead`);
console.log(`demo seller back office: ${server.origin}/demo/`);

let context;
try {
  context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'listinglint-demo-')), {
    executablePath,
    headless,
    locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...FLAGS],
  });
} catch (error) {
  await server.close();
  const firstLine =
    String(error?.message ?? error)
      .split('\n')
      .find((line) => line.trim()) ?? 'unknown error';
  fail(
    `Chromium at ${executablePath} did not start (${firstLine.replace(/^.*?: /, '')}): check that \`${executablePath} --version\` runs, or set CHROMIUM_PATH to another Chromium.`,
  );
}

if (headless) {
  if (!values.screenshot) console.log('No display found: running headless and writing screenshots (pass --screenshot to force this).');
  mkdirSync(values.out, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  for (const demo of PAGES) {
    await page.goto(server.origin + demo.path);
    await page.locator('listinglint-overlay').waitFor({ state: 'attached', timeout: 15_000 });
    if (demo.type) await page.locator(demo.type.selector).pressSequentially(demo.type.text, { delay: 5 });
    await page.waitForTimeout(600);
    const file = path.join(values.out, `${demo.name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
  }
  // The finding card and the findings panel, as a seller sees them.
  await page.goto(server.origin + '/demo/jd.html');
  await page.locator('#sellPoint1').fill('国家级工艺，全网最低价，最近上新');
  const mark = page.locator('listinglint-overlay [data-testid="ll-underline"]').first();
  await mark.waitFor();
  const box = await mark.boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y - 4);
  await page
    .locator('listinglint-overlay')
    .getByTestId('ll-card')
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
  await page.screenshot({ path: path.join(values.out, 'card.png') });
  await page.locator('listinglint-overlay').getByTestId('ll-panel-toggle').click();
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join(values.out, 'panel.png') });
  console.log(`wrote ${path.join(values.out, 'card.png')} and panel.png`);
  for (const file of await captureExtensionPages(context, { origin: server.origin, out: values.out })) console.log(`wrote ${file}`);
  await context.close();
  await server.close();
} else {
  for (const [index, demo] of PAGES.entries()) {
    const page = index === 0 ? (context.pages()[0] ?? (await context.newPage())) : await context.newPage();
    await page.goto(server.origin + demo.path);
  }
  console.log('Chromium is open with ListingLint loaded; close the browser window to stop.');
  context.on('close', () => void server.close().then(() => process.exit(0)));
}
