#!/usr/bin/env node
// Where a built bundle's bytes come from, by source package or folder, from its source map.
//   LL_SOURCEMAP=1 npm run build && node tests/tools/bundle-breakdown.mjs .output/chrome-mv3/content-scripts/content.js
// Bytes are minified output bytes attributed through the map; "gzip" compresses each group's code
// alone, so the parts sum to more than the whole file's gzip (shared context is lost) but rank the same.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map';

const file = process.argv[2] ?? '.output/chrome-mv3/content-scripts/content.js';
const code = readFileSync(file, 'utf8');
let map;
try {
  map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
} catch {
  console.error(`bundle-breakdown: no ${file}.map; build with LL_SOURCEMAP=1 first`);
  process.exit(2);
}

/** node_modules/<pkg> (scoped too), or the first two folders of our own sources. */
function group(source) {
  const clean = source.replace(/^(\.\.\/)+/, '').replace(/^\/+/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = clean.slice(nm + 'node_modules/'.length).split('/');
    return `npm:${parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]}`;
  }
  if (/\.json$/.test(clean)) return clean;
  const parts = clean.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : clean;
}

const lines = code.split('\n');
const lineStart = [];
let offset = 0;
for (const line of lines) {
  lineStart.push(offset);
  offset += line.length + 1;
}
const chunks = new Map();
const consumer = await new SourceMapConsumer(map);
const mappings = [];
consumer.eachMapping((m) => mappings.push(m));
mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < mappings.length; i++) {
  const m = mappings[i];
  const next = mappings[i + 1];
  const start = lineStart[m.generatedLine - 1] + m.generatedColumn;
  const end = next ? lineStart[next.generatedLine - 1] + next.generatedColumn : code.length;
  const key = m.source ? group(m.source) : '(unmapped)';
  const list = chunks.get(key) ?? [];
  list.push(code.slice(start, end));
  chunks.set(key, list);
}
consumer.destroy();
const rows = [...chunks].map(([name, parts]) => {
  const text = parts.join('');
  return { group: name, rawKB: +(text.length / 1000).toFixed(1), gzipKB: +(gzipSync(text, { level: 9 }).length / 1000).toFixed(1) };
});
rows.sort((a, b) => b.gzipKB - a.gzipKB);
console.log(`${file}: ${(code.length / 1000).toFixed(1)} KB raw, ${(gzipSync(code, { level: 9 }).length / 1000).toFixed(1)} KB gzip`);
console.table(rows.filter((r) => r.gzipKB >= 0.3));
const small = rows.filter((r) => r.gzipKB < 0.3);
console.log(`${small.length} smaller groups: ${small.reduce((s, r) => s + r.rawKB, 0).toFixed(1)} KB raw`);
