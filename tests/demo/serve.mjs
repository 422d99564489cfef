#!/usr/bin/env node
// Static server for the demo seller back office, on loopback only.
//   /demo/*   the demo pages (claimed by the content script's built-in matches)
//   /other/*  the same pages on a path no adapter claims, for the generic adapter
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEMO_DIST = path.join(here, 'dist');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png' };

/** Builds the demo pages with Vite (tests/demo/vite.config.ts). */
export function buildDemoPages() {
  const result = spawnSync(process.execPath, [path.join(here, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(here, 'vite.config.ts')], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the demo pages failed');
}

/** Starts the server; resolves with its origin, e.g. http://127.0.0.1:5178 */
export async function startDemoServer({ port = 5178, host = '127.0.0.1' } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/(demo|other)(\/.*)?$/.exec(url.pathname);
    if (url.pathname === '/') {
      response.writeHead(302, { location: '/demo/' }).end();
      return;
    }
    if (!match) {
      response.writeHead(404).end('not found');
      return;
    }
    let relative = decodeURIComponent(match[2] ?? '/');
    if (relative.endsWith('/')) relative += 'index.html';
    const file = path.join(DEMO_DIST, path.normalize(relative));
    if (!file.startsWith(DEMO_DIST)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.DEMO_PORT ?? '5178' }, build: { type: 'boolean', default: false } } });
  if (values.build || !(await stat(path.join(DEMO_DIST, 'index.html')).catch(() => null))) buildDemoPages();
  const { origin } = await startDemoServer({ port: Number(values.port) });
  console.log(`demo seller back office: ${origin}/demo/`);
}
