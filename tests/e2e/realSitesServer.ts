import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/realSites');

/** One page of a real back office: its host, the path prefix it answers, and the fixture it serves. */
export interface RealRoute {
  host: string;
  path: string;
  file: string;
}

export interface RealSitesServer {
  port: number;
  /** Chromium flag sending every route's host (port 443) to this server on loopback. */
  resolverRules: string;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate for the hosts (openssl), valid one day; the browser is told to ignore it anyway. */
function selfSignedCertificate(hosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(path.join(tmpdir(), 'listinglint-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    const san = hosts.map((host) => `DNS:${host}`).join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=listinglint-e2e',
        '-addext',
        `subjectAltName=${san}`,
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves the fixtures over HTTPS on an ephemeral loopback port, each on its real host and path. */
export async function startRealSitesServer(routes: readonly RealRoute[]): Promise<RealSitesServer> {
  const hosts = [...new Set(routes.map((route) => route.host))];
  const server: Server = createServer(selfSignedCertificate(hosts), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '');
    const pathname = new URL(request.url ?? '/', `https://${host}`).pathname;
    const route = routes.find((candidate) => candidate.host === host && pathname.startsWith(candidate.path));
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${pathname}`);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(readFileSync(path.join(FIXTURES, route.file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    resolverRules: `--host-resolver-rules=${hosts.map((host) => `MAP ${host}:443 127.0.0.1:${port}`).join(',')}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
