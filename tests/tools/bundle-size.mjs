#!/usr/bin/env node
// Checks the gzipped size of each built bundle against its budget (KB = 1,000 bytes, as the closing notes report).
//   node tests/tools/bundle-size.mjs [.output/chrome-mv3]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets in gzipped KB; a bundle matched by no budget is reported but not limited. They hold today's
 * sizes (+5%, at least +1 KB) so nothing grows unnoticed. The content script no longer inlines the
 * lexicons or RE2JS (206.1 → 123.7 KB; the OpenCC table is delta-encoded at build time, 126.1 → 115.5; `node tests/tools/bundle-breakdown.mjs` shows what is left);
 * its goal is still 60 KB (issue 18). The pattern engine is RE2JS alone, injected only for user regexes.
 */
const BUDGETS = [
  { name: 'content script', pattern: /^content-scripts\/content\.js$/, kb: 122 },
  { name: 'pattern engine', pattern: /^pattern-engine\.js$/, kb: 48 },
  { name: 'background', pattern: /^background\.js$/, kb: 425 },
  { name: 'options page', pattern: /^chunks\/options-.*\.js$/, kb: 121 },
  { name: 'popup', pattern: /^chunks\/popup-.*\.js$/, kb: 3 },
  { name: 'batch worker', pattern: /^assets\/batch\.worker-.*\.js$/, kb: 209 },
];

const dir = path.resolve(process.argv[2] ?? '.output/chrome-mv3');
const files = [];
const walk = (folder) => {
  for (const entry of readdirSync(folder)) {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) walk(full);
    else if (entry.endsWith('.js')) files.push(path.relative(dir, full));
  }
};
try {
  walk(dir);
} catch {
  console.error(`bundle-size: no build at ${dir}; run npm run build first`);
  process.exit(2);
}

let failed = false;
const rows = files.sort().map((file) => {
  const kb = gzipSync(readFileSync(path.join(dir, file)), { level: 9 }).length / 1000;
  const budget = BUDGETS.find((b) => b.pattern.test(file));
  const over = budget !== undefined && kb > budget.kb;
  failed ||= over;
  return { file, gzipKB: kb.toFixed(1), budgetKB: budget ? String(budget.kb) : '-', status: over ? 'OVER' : 'ok' };
});
console.table(rows);
for (const budget of BUDGETS) if (!files.some((file) => budget.pattern.test(file))) console.warn(`bundle-size: no file for the ${budget.name} budget`);
if (failed) {
  console.error('bundle-size: a bundle is over its budget (tests/tools/bundle-size.mjs)');
  process.exit(1);
}
