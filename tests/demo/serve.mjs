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
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Builds the demo pages with Vite (tests/demo/vite.config.ts). */
export function buildDemoPages() {
  const result = spawnSync(
    process.execPath,
    [path.join(here, '..', '..', 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(here, 'vite.config.ts')],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new DemoBuildError("Building the demo pages failed (see Vite's error above).");
}

export class DemoBuildError extends Error {}

/** A port that cannot be used, with a sentence the user can act on. */
export class DemoPortError extends Error {}

/** Listens on the first free port of `ports`; rejects with the last error. */
async function listenOnFirstFree(server, ports, host) {
  let lastError;
  for (const port of ports) {
    try {
      await new Promise((resolve, reject) => {
        const onError = (error) => reject(error);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve(undefined);
        });
      });
      return;
    } catch (error) {
      lastError = error;
      if (error?.code !== 'EADDRINUSE') break;
    }
  }
  throw lastError;
}

/**
 * Starts the server; resolves with its origin, e.g. http://127.0.0.1:5178. With `fallback`, a busy
 * port is replaced by the next free one (then any free port); without it, a busy port is a DemoPortError.
 */
export async function startDemoServer({ port = 5178, host = '127.0.0.1', fallback = false } = {}) {
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
  const ports = fallback ? [port, ...Array.from({ length: 10 }, (_, i) => port + 1 + i), 0] : [port];
  try {
    await listenOnFirstFree(server, ports, host);
  } catch (error) {
    const code = error?.code;
    if (code === 'EADDRINUSE')
      throw new DemoPortError(
        `Port ${port} on ${host} is already in use (another demo server?): stop that process or pass another port, e.g. \`--port ${port + 1}\`.`,
      );
    if (code === 'EACCES') throw new DemoPortError(`Port ${port} on ${host} needs more privileges: pass a port above 1024, e.g. \`--port 5178\`.`);
    throw error;
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const origin = `http://${host}:${actualPort}`;
  return {
    origin,
    port: actualPort,
    movedFrom: actualPort === port ? undefined : port,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}

/** A port from --port / DEMO_PORT: an integer 0–65535, or a DemoPortError. */
export function parsePort(value) {
  const port = Number(value);
  if (!/^\d+$/.test(String(value).trim()) || port > 65535)
    throw new DemoPortError(`"${value}" is not a port number: pass an integer between 1 and 65535, e.g. \`--port 5178\`.`);
  return port;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // An explicit port (--port or DEMO_PORT: tests and Playwright's webServer) is kept or refused; the default moves on when busy.
  const { values } = parseArgs({ options: { port: { type: 'string' }, build: { type: 'boolean', default: false } } });
  const requested = values.port ?? process.env.DEMO_PORT;
  try {
    // Listen first (files are read per request), so a busy port is reported before a build.
    const { origin, movedFrom } = await startDemoServer({ port: parsePort(requested ?? '5178'), fallback: requested === undefined });
    if (values.build || !(await stat(path.join(DEMO_DIST, 'index.html')).catch(() => null))) buildDemoPages();
    if (movedFrom !== undefined) console.log(`port ${movedFrom} is busy; using ${new URL(origin).port} instead`);
    console.log(`demo seller back office: ${origin}/demo/`);
  } catch (error) {
    if (!(error instanceof DemoPortError) && !(error instanceof DemoBuildError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
