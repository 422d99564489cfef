// Keystroke-to-underline latency and main-thread blocking in real Chromium with the built extension
// (issues 5 and 11), and the content script's gzipped size. Needs `npm run build` first.
// Every case runs on the same page twice in one run: without the extension (baseline: keystroke →
// the next frame) and with it (keystroke → the frame in which the underline changed).
// Cases: a typical 5,000-character textarea with one finding; seller copy dense with findings
// (one per ~100 characters, terms from the shipped lexicons) in a 50,000-character textarea and a
// 20,000-character contenteditable; a 1 MB single-line paste dense with hits (longest task / frame).
// BENCH_RUNS (default 3) and BENCH_ROUNDS (keystroke pairs per case, default 30) shorten it.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startDemoServer, buildDemoPages } from '../demo/serve.mjs';
import { denseCopy } from './denseCopy';
import { EXTENSION_DIR, extensionBuilt, launchBrowser } from './extensionBrowser';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/**
 * In the page: once per frame, after that frame's animation callbacks and paint (a message posted
 * from requestAnimationFrame), check what the overlay shows (underline nodes in its shadow root,
 * highlight ranges). With the extension the time is taken when that changed; without it, at the end
 * of the first frame after the input event.
 */
const PROBE = `(() => {
  window.__times = [];
  const withExt = window.__withExt;
  const signature = () => {
    const root = document.querySelector('listinglint-overlay')?.shadowRoot;
    let s = root ? root.querySelectorAll('.ll-underline').length + ':' : '';
    for (const name of ['listinglint-error', 'listinglint-warning', 'listinglint-info']) s += (CSS.highlights.get(name)?.size ?? 0) + ',';
    return s;
  };
  let t0 = 0, last = signature(), waiting = false, inputSeen = false;
  document.addEventListener('keydown', () => { t0 = performance.now(); waiting = true; inputSeen = false; last = signature(); }, true);
  document.addEventListener('input', () => { inputSeen = true; }, true);
  const channel = new MessageChannel();
  channel.port1.onmessage = (event) => {
    if (!waiting || !event.data) return;
    if (withExt && signature() === last) return;
    window.__times.push(performance.now() - t0);
    waiting = false;
  };
  const tick = () => { channel.port2.postMessage(withExt || inputSeen); requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})()`;

/** Longest main-thread blocks after an action: long tasks and long animation frames, observed in the page. */
const BLOCK_OBSERVER = `(() => {
  window.__blocks = { longtask: 0, loaf: 0, total: 0 };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) { window.__blocks.longtask = Math.max(window.__blocks.longtask, e.duration); window.__blocks.total += Math.max(0, e.duration - 50); } }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__blocks.loaf = Math.max(window.__blocks.loaf, e.duration); }).observe({ type: 'long-animation-frame' });
})()`;

/** Puts the text in the field (no measuring), leaves the caret at the end after a trailing 最. */
async function prepareField(page: Page, selector: string, text: string, withExtension: boolean): Promise<void> {
  await page.evaluate(
    ([sel, value]) => {
      const element = document.querySelector(sel) as HTMLElement;
      if (element instanceof HTMLTextAreaElement) element.value = value;
      else element.textContent = value;
      element.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, text + ' 最'] as const,
  );
  await page.locator(selector).focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.waitForTimeout(withExtension ? 1500 : 500);
  await page.evaluate(`window.__withExt = ${withExtension}`);
  await page.evaluate(PROBE);
}

/** Each round types 好 after 最 (a finding appears), then Backspace (it goes). */
async function typeRounds(page: Page): Promise<number[]> {
  for (let i = 0; i < ROUNDS; i += 1) {
    await page.keyboard.type('好');
    await page.waitForTimeout(60);
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  return (await page.evaluate('window.__times')) as number[];
}

/** A contenteditable in place of the Amazon description textarea (the adapter claims it by its id). */
async function useContentEditable(page: Page): Promise<void> {
  await page.evaluate(() => {
    const textarea = document.querySelector('#product_description')!;
    const div = document.createElement('div');
    div.id = 'product_description';
    div.contentEditable = 'true';
    div.style.cssText = 'height: 240px; overflow: auto; border: 1px solid #ccc; white-space: pre-wrap;';
    textarea.replaceWith(div);
  });
}

interface CaseResult {
  p95: number;
  p50: number;
  n: number;
}

interface PasteResult {
  longtask: number;
  loaf: number;
  blockedOver50: number;
}

async function keystrokeCase(origin: string, withExtension: boolean, text: string, editable: boolean): Promise<CaseResult> {
  const browser = await launchBrowser(withExtension);
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/demo/amazon.html`);
    if (withExtension) await page.locator('listinglint-overlay').waitFor({ state: 'attached' });
    if (editable) await useContentEditable(page);
    await page.waitForTimeout(300);
    await prepareField(page, '#product_description', text, withExtension);
    const times = await typeRounds(page);
    return { p95: percentile(times, 95), p50: percentile(times, 50), n: times.length };
  } finally {
    await browser.close();
  }
}

async function pasteCase(origin: string, withExtension: boolean, text: string): Promise<PasteResult> {
  const browser = await launchBrowser(withExtension);
  try {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/demo/amazon.html`);
    if (withExtension) await page.locator('listinglint-overlay').waitFor({ state: 'attached' });
    await page.locator('#product_description').focus();
    await page.waitForTimeout(800);
    await page.evaluate(BLOCK_OBSERVER);
    await page.keyboard.insertText(text);
    await page.waitForTimeout(6000);
    const blocks = (await page.evaluate('window.__blocks')) as { longtask: number; loaf: number; total: number };
    return { longtask: blocks.longtask, loaf: blocks.loaf, blockedOver50: blocks.total };
  } finally {
    await browser.close();
  }
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `min ${sorted[0]!.toFixed(1)} / median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} / max ${sorted[sorted.length - 1]!.toFixed(1)}`;
};

export async function run(): Promise<void> {
  if (!extensionBuilt()) {
    console.log('overlay bench: no built extension (.output/chrome-mv3-e2e); run `npm run build:e2e` first. Skipped.');
    return;
  }
  buildDemoPages();
  const server = await startDemoServer({ port: 0 });
  const only = process.env.BENCH_CASES?.split(',');
  try {
    const typical = '这款收纳盒适合租房改造，容量大，做工扎实。'.repeat(240).slice(0, 4990);
    const cases = [
      { name: 'typical 5,000-char textarea, 1 finding', text: typical, editable: false },
      { name: 'dense 50,000-char textarea, ~1 finding/100 chars', text: denseCopy(50_000), editable: false },
      { name: 'dense 20,000-char contenteditable, ~1 finding/100 chars', text: denseCopy(20_000), editable: true },
    ].filter((c, i) => !only || only.includes(String(i)));
    console.log(`keystroke → underline, ${ROUNDS * 2} keystrokes per run, ${RUNS} runs; figures are each run's p95 (ms), min / median / max over runs`);
    for (const c of cases) {
      const p95 = { without: [] as number[], with: [] as number[] };
      for (let r = 0; r < RUNS; r += 1) {
        p95.without.push((await keystrokeCase(server.origin, false, c.text, c.editable)).p95);
        p95.with.push((await keystrokeCase(server.origin, true, c.text, c.editable)).p95);
      }
      console.log(
        `${c.name}\n  without extension (keystroke → next frame)  p95 ${stats(p95.without)}\n  with ListingLint (keystroke → underline)    p95 ${stats(p95.with)}   goal < 50 ms`,
      );
    }
    if (!only || only.includes('paste')) {
      const paste = denseCopy(1_000_000, { paragraphs: false });
      const blocks = { without: [] as PasteResult[], with: [] as PasteResult[] };
      for (let r = 0; r < RUNS; r += 1) {
        blocks.without.push(await pasteCase(server.origin, false, paste));
        blocks.with.push(await pasteCase(server.origin, true, paste));
      }
      console.log('1 MB single-line paste into a textarea, ~1 finding/100 chars, 6 s observed after it (ms)');
      for (const [name, list] of Object.entries(blocks)) {
        console.log(
          `  ${(name === 'with' ? 'with ListingLint' : 'without extension').padEnd(18)} longest task ${stats(list.map((b) => b.longtask))}; longest animation frame ${stats(list.map((b) => b.loaf))}; blocked beyond 50 ms ${stats(list.map((b) => b.blockedOver50))}   goal: no block > 100 ms beyond the baseline`,
        );
      }
    }
    const content = readFileSync(path.join(EXTENSION_DIR, 'content-scripts/content.js'));
    console.log(`content script: ${(content.length / 1024).toFixed(1)} KB, ${(gzipSync(content).length / 1024).toFixed(1)} KB gzipped (target < 150 KB)`);
  } finally {
    await server.close();
  }
}
