// Audit-cache hit latency in real Chromium (issue 7): a message from an extension context to the
// background plus the IndexedDB read, against a bare `ping` round trip measured in the same run;
// then the database size after 10,000 cached audits. Needs `npm run build` first.
import { extensionBuilt, launchBrowser } from './extensionBrowser';

// Runs in the extension page; a string so tsx's helpers never leak into the browser.
const MEASURE = `(async () => {
  const send = (message) => chrome.runtime.sendMessage(message);
  const time = async (message, n) => { const out = []; for (let i = 0; i < n; i++) { const t = performance.now(); const r = await send(message); if (!r.ok) throw new Error(r.error); out.push(performance.now() - t); } return out; };
  const text = '这款收纳盒适合租房改造，全网最低价，容量大。'.repeat(120);
  const audit = { type: 'auditCached', text, role: 'description', platform: 'taobao' };
  const first = await send(audit);
  const ping = await time({ type: 'ping' }, 300);
  const hits = await time(audit, 300);
  const request = { product: { name: '保温杯', category: '杯具', sellingPoints: ['316不锈钢', '保温12小时'], audience: '上班族' }, scene: '通勤', variants: 3 };
  const draftOnce = (regenerate) => new Promise((resolve) => {
    const port = chrome.runtime.connect({ name: 'listinglint-draft' });
    const t = performance.now();
    port.onMessage.addListener((m) => { if (m.type === 'done' || m.type === 'error') { resolve({ ms: performance.now() - t, cached: m.cached === true }); port.disconnect(); } });
    port.postMessage({ type: 'start', request, regenerate });
  });
  await draftOnce(true);
  const drafts = { fresh: [], cached: [] };
  for (let i = 0; i < 40; i++) { const fresh = await draftOnce(true); const hit = await draftOnce(false); if (!hit.cached) throw new Error('expected a cache hit'); drafts.fresh.push(fresh.ms); drafts.cached.push(hit.ms); }
  const before = (await navigator.storage.estimate()).usage;
  const t0 = performance.now();
  for (let i = 0; i < 10000; i++) await send({ type: 'auditCached', text: i + ' 最好的收纳盒，国家级工艺，适合考研图书馆。' + 'x'.repeat(i % 200), role: 'ad-copy', platform: 'jd' });
  const fillMs = performance.now() - t0;
  const after = (await navigator.storage.estimate()).usage;
  return { firstCached: first.cached, ping, hits, bytes: after - before, fillMs, drafts };
})()`;

const pct = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;

export async function run(): Promise<void> {
  if (!extensionBuilt()) {
    console.log('storage bench: no built extension (.output/chrome-mv3-e2e); run `npm run build:e2e` first. Skipped.');
    return;
  }
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const result = (await page.evaluate(MEASURE)) as {
      firstCached: boolean;
      ping: number[];
      hits: number[];
      bytes: number;
      fillMs: number;
      drafts: { fresh: number[]; cached: number[] };
    };
    const base = pct(result.ping, 50);
    console.log('audit cache in real Chromium (message round trip + IndexedDB), 300 requests each');
    console.log(`${'baseline: ping round trip'.padEnd(40)} p50=${base.toFixed(2)} ms p95=${pct(result.ping, 95).toFixed(2)} ms`);
    console.log(
      `${'cache hit (first call was a miss: ' + !result.firstCached + ')'.padEnd(0)}`.padEnd(40) +
        ` p50=${pct(result.hits, 50).toFixed(2)} ms p95=${pct(result.hits, 95).toFixed(2)} ms  ratio to ping ${(pct(result.hits, 50) / base).toFixed(2)}×`,
    );
    console.log(
      `draft over the port, offline drafter, 40 each: regenerate p50=${pct(result.drafts.fresh, 50).toFixed(2)} ms; served from IndexedDB cache p50=${pct(result.drafts.cached, 50).toFixed(2)} ms p95=${pct(result.drafts.cached, 95).toFixed(2)} ms (target < 20 ms)`,
    );
    console.log(
      `10,000 cached audits: +${(result.bytes / 1024 / 1024).toFixed(2)} MB of origin storage (navigator.storage.estimate), written in ${(result.fillMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await browser.close();
  }
}
