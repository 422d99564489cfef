import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ListingLintDB } from '@/lib/db/database';
import { loadedLexicons } from '@/lib/db/lexicons';
import {
  acceptChangedIntegrity,
  addSubscription,
  declineChangedIntegrity,
  listSubscriptions,
  MAX_LEXICON_BYTES,
  refreshSubscription,
  type FetchLike,
} from '@/lib/db/subscriptions';
import { freshDb, lexicon } from '../db/helpers';

let db: ListingLintDB;
afterEach(() => db?.close());

/** A real HTTP server: what each path answers is set per test. */
let server: Server;
let origin: string;
let written = 0;
const routes = new Map<string, (response: import('node:http').ServerResponse) => void>();
beforeAll(async () => {
  server = createServer((request, response) => {
    const route = routes.get(request.url ?? '');
    if (!route) return void response.writeHead(404).end();
    route(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const network = { fetch: ((url, init) => fetch(url, init)) as FetchLike, allowLoopback: true };
const json =
  (value: unknown, type = 'application/json') =>
  (response: import('node:http').ServerResponse) =>
    response.writeHead(200, { 'content-type': type }).end(JSON.stringify(value));

describe('subscription attacks', () => {
  it('refuses private, link-local, metadata and http URLs before any request', async () => {
    db = freshDb();
    let requests = 0;
    const counting: FetchLike = async () => {
      requests += 1;
      return new Response('{}');
    };
    for (const url of [
      'https://192.168.1.1/lexicon.json',
      'https://169.254.169.254/latest/meta-data/',
      'https://10.0.0.1/a.json',
      'https://[fd00::1]/a.json',
      'http://cdn.example.com/a.json',
      'https://localhost/a.json',
    ]) {
      await expect(addSubscription(db, url), url).rejects.toThrow(/not a public server|only https/);
      await expect(refreshSubscription(db, url, { fetch: counting }), url).rejects.toThrow(/not a public server|only https/);
    }
    // Loopback is a test-build allowance only.
    await expect(refreshSubscription(db, `${origin}/ok.json`, { fetch: counting })).rejects.toThrow(/only https/);
    expect(requests).toBe(0);
    expect(await listSubscriptions(db)).toEqual([]);
  });

  it('stops reading a 40 MiB body once it passes 5 MiB (streamed, not downloaded in full)', async () => {
    db = freshDb();
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let pulled = 0;
    const endless: FetchLike = async () =>
      new Response(
        new ReadableStream<Uint8Array>({
          pull(controller) {
            if (pulled >= 40 * 1024 * 1024) return controller.close();
            pulled += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const result = await refreshSubscription(db, 'https://cdn.example.com/huge.json', { fetch: endless });
    expect(result).toMatchObject({ outcome: 'failed', lastError: expect.stringMatching(/^too-large: more than 5242880 bytes/) });
    expect(pulled).toBeLessThanOrEqual(MAX_LEXICON_BYTES + 2 * chunk.byteLength);
  });

  it('over real HTTP: refuses a body past the cap without Content-Length, and an announced one without reading it', async () => {
    db = freshDb();
    written = 0;
    routes.set('/chunked.json', (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      const block = Buffer.alloc(256 * 1024, 0x20);
      const pump = () => {
        while (written < 40 * 1024 * 1024) {
          written += block.length;
          if (!response.write(block)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('close', () => undefined);
      pump();
    });
    routes.set('/announced.json', (response) =>
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': String(40 * 1024 * 1024) }).end(),
    );
    const chunked = await refreshSubscription(db, `${origin}/chunked.json`, network);
    expect(chunked.lastError).toMatch(/^too-large: more than/);
    // The server was stopped well short of 40 MiB (socket buffers let it run a little ahead).
    expect(written).toBeLessThan(20 * 1024 * 1024);
    const announced = await refreshSubscription(db, `${origin}/announced.json`, network);
    expect(announced.lastError).toMatch(/^too-large: the server announces 41943040 bytes/);
  });

  it.each([
    ['text/html; charset=utf-8', /^type: Content-Type is text\/html/],
    ['image/png', /^type: Content-Type is image\/png/],
    ['application/json; charset=gbk', /^type: charset is gbk/],
  ])('refuses a feed served as %s', async (type, error) => {
    db = freshDb();
    routes.set('/typed.json', json(lexicon('1.0.0'), type));
    expect(await refreshSubscription(db, `${origin}/typed.json`, network)).toMatchObject({ outcome: 'failed', lastError: expect.stringMatching(error) });
    expect(await loadedLexicons(db)).toEqual([]);
  });

  it('refuses a redirect (a public URL must not bounce to a private one)', async () => {
    db = freshDb();
    routes.set('/bounce.json', (response) => response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
    expect(await refreshSubscription(db, `${origin}/bounce.json`, network)).toMatchObject({ outcome: 'failed', lastError: expect.stringMatching(/^network:/) });
  });

  it('refuses a feed with a catastrophic regular expression, storing nothing', async () => {
    db = freshDb();
    const evil = lexicon('1.0.0');
    evil.terms[0]!.exceptionPatterns = ['(a+)+$'];
    routes.set('/evil.json', json(evil));
    expect(await refreshSubscription(db, `${origin}/evil.json`, network)).toMatchObject({
      outcome: 'failed',
      version: null,
      lastError: expect.stringMatching(/^unsafe-pattern: terms\[0\]\.exceptionPatterns\[0\]/),
    });
    expect(await loadedLexicons(db)).toEqual([]);
  });

  it('pins the hash on the first download; changed content waits for the user, declined or accepted', async () => {
    db = freshDb();
    routes.set('/team.json', json(lexicon('1.0.0')));
    const first = await refreshSubscription(db, `${origin}/team.json`, network);
    expect(first).toMatchObject({ outcome: 'updated', version: '1.0.0', pinnedIntegrity: expect.stringMatching(/^[0-9a-f]{64}$/) });

    routes.set('/team.json', json(lexicon('1.1.0', 'team-terms', 4)));
    const changed = await refreshSubscription(db, `${origin}/team.json`, network);
    expect(changed).toMatchObject({
      outcome: 'pending',
      version: '1.0.0',
      termCount: 1,
      pinnedIntegrity: first.pinnedIntegrity,
      changedIntegrity: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect((await loadedLexicons(db)).map((l) => l.version)).toEqual(['1.0.0']);

    await declineChangedIntegrity(db, changed.url);
    expect((await listSubscriptions(db))[0]).toMatchObject({ version: '1.0.0', changedIntegrity: null });

    // The server swaps the content again between the offer and the click: refused.
    const offered = await refreshSubscription(db, `${origin}/team.json`, network);
    routes.set('/team.json', json(lexicon('1.2.0', 'team-terms', 9)));
    expect(await acceptChangedIntegrity(db, offered.url, offered.changedIntegrity!, network)).toMatchObject({
      outcome: 'failed',
      version: '1.0.0',
      lastError: expect.stringMatching(/^integrity: expected/),
    });

    routes.set('/team.json', json(lexicon('1.1.0', 'team-terms', 4)));
    const accepted = await acceptChangedIntegrity(db, offered.url, offered.changedIntegrity!, network);
    expect(accepted).toMatchObject({ outcome: 'updated', version: '1.1.0', termCount: 4, pinnedIntegrity: offered.changedIntegrity, changedIntegrity: null });
  });
});
