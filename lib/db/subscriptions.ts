import { z } from 'zod';
import { parseLexicon } from '../lexicon/load';
import { lexiconFromRows } from '../lexicon/fromTable';
import { decodeText } from '../files/decode';
import { parseDelimited } from '../files/delimited';
import type { Lexicon } from '../lexicon/schema';
import { unsafeTermPattern } from '../security/patternSafety';
import { checkDownloadUrl, type UrlPolicy } from '../security/urlPolicy';
import type { ListingLintDB } from './database';
import { StorageValidationError } from './errors';
import { parseIntegrity, sha256Hex } from './integrity';
import type { LexiconRecord } from './rows';
import { compareSemver } from './semver';

/**
 * Team lexicons subscribed by URL, like filter lists. The URL must be a public https server; a
 * download is read as a stream and dropped past MAX_LEXICON_BYTES, must be JSON (UTF-8) or CSV/TSV
 * (text/csv, any encoding the file reader detects) by its Content-Type, and is validated (schema, regexes compile and are safe) before anything is stored.
 * Its sha256 is pinned on the first good download: a later download with other content is only
 * offered (changedIntegrity) until the user accepts it in the dashboard. Otherwise the last good
 * version stays and the reason is kept in lastError.
 */

/** What refresh needs of `fetch`; the global fetch fits. */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal; redirect: 'error'; credentials: 'omit'; cache: 'no-store' },
) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'headers' | 'body'>>;

export interface SubscriptionStatus {
  url: string;
  id: string | null;
  version: string | null;
  termCount: number;
  /** When the stored (good) version was downloaded. */
  fetchedAt: number | null;
  /** When a refresh last ran, successful or not. */
  checkedAt: number | null;
  /** The pinned sha256 (hex): the expected one, else the stored download's. */
  pinnedIntegrity: string | null;
  /** sha256 (hex) of a newer download with other content, waiting for the user to accept it. */
  changedIntegrity: string | null;
  /**
   * `<code>: <detail>`, code one of url, http, network, timeout, too-large, type, integrity,
   * integrity-changed, encoding, json, schema, unsafe-pattern, conflict, changed.
   */
  lastError: string | null;
}

export interface RefreshResult extends SubscriptionStatus {
  outcome: 'updated' | 'unchanged' | 'pending' | 'failed';
}

export interface RefreshOptions extends UrlPolicy {
  fetch: FetchLike;
  timeoutMs?: number;
  /** An integrity the download must have (the user's confirmation of a changed one). */
  integrity?: string;
  now?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_LEXICON_BYTES = 5 * 1024 * 1024;
const JSON_TYPES = new Set(['application/json', 'text/json', 'text/plain']);

const urlSchema = z.string().trim().min(1).max(4096);

function checkUrl(url: string, policy: UrlPolicy): string {
  const text = urlSchema.safeParse(url);
  if (!text.success) throw new StorageValidationError('subscription URL', 'url', text.error.issues[0]?.message ?? 'invalid');
  const verdict = checkDownloadUrl(text.data, policy);
  if (!verdict.ok) throw new StorageValidationError('subscription URL', 'url', verdict.reason);
  return verdict.url.href;
}

function checkIntegrity(integrity: string | undefined): string | null {
  if (integrity === undefined || integrity.trim() === '') return null;
  const hex = parseIntegrity(integrity);
  if (hex === null) {
    throw new StorageValidationError('subscription integrity', 'integrity', 'expected sha256-<base64> or 64 hex digits');
  }
  return hex;
}

export function statusOf(record: LexiconRecord): SubscriptionStatus {
  return {
    url: record.url ?? record.key,
    id: record.lexicon?.id ?? null,
    version: record.lexicon?.version ?? null,
    termCount: record.lexicon?.terms.length ?? 0,
    fetchedAt: record.fetchedAt,
    checkedAt: record.checkedAt,
    pinnedIntegrity: (record.expectedIntegrity && parseIntegrity(record.expectedIntegrity)) ?? record.integrity,
    changedIntegrity: record.changedIntegrity ?? null,
    lastError: record.lastError,
  };
}

function emptySubscription(url: string, expectedIntegrity: string | null, now: number): LexiconRecord {
  return {
    key: url,
    kind: 'subscribed',
    url,
    lexicon: null,
    expectedIntegrity,
    integrity: null,
    fetchedAt: null,
    checkedAt: null,
    lastError: null,
    addedAt: now,
  };
}

/** Adds a subscription (not downloaded yet) or updates the expected integrity of an existing one. */
export async function addSubscription(
  db: ListingLintDB,
  url: string,
  options: { integrity?: string } & UrlPolicy = {},
  now = Date.now(),
): Promise<SubscriptionStatus> {
  const validUrl = checkUrl(url, options);
  const expected = checkIntegrity(options.integrity);
  return db.transaction('rw', db.lexicons, async () => {
    const existing = await db.lexicons.get(validUrl);
    const record = existing ? { ...existing, expectedIntegrity: expected ?? existing.expectedIntegrity } : emptySubscription(validUrl, expected, now);
    await db.lexicons.put(record);
    return statusOf(record);
  });
}

export async function removeSubscription(db: ListingLintDB, url: string): Promise<void> {
  await db.lexicons
    .where('kind')
    .equals('subscribed')
    .and((r) => r.key === url.trim())
    .delete();
}

export async function listSubscriptions(db: ListingLintDB): Promise<SubscriptionStatus[]> {
  const rows = await db.lexicons.where('kind').equals('subscribed').toArray();
  return rows.map(statusOf);
}

/** Validates a lexicon from an untrusted source (download, backup, import): schema, regexes that compile and cannot blow up. */
export function vetLexicon(data: unknown, source: string): { ok: true; lexicon: Lexicon } | { ok: false; error: string } {
  const parsed = parseLexicon(data, source);
  if (!parsed.ok) return { ok: false, error: `schema: ${parsed.error.message}` };
  const unsafe = unsafeTermPattern(parsed.lexicon.terms);
  if (unsafe) return { ok: false, error: `unsafe-pattern: terms[${unsafe.index}].exceptionPatterns[${unsafe.pattern}]: ${unsafe.reason}` };
  return { ok: true, lexicon: parsed.lexicon };
}

type Download = { ok: true; lexicon: Lexicon; sha256: string } | { ok: false; error: string };

/** A CSV/TSV lexicon through the one reader (encoding detection and refusal), then the same vetting as JSON. */
function lexiconFromTableBytes(bytes: Uint8Array, url: string): { ok: true; lexicon: Lexicon } | { ok: false; error: string } {
  let rows;
  try {
    rows = parseDelimited(decodeText(bytes).text).rows;
  } catch (error) {
    return { ok: false, error: `encoding: ${error instanceof Error ? error.message : String(error)}` };
  }
  const name = new URL(url).pathname.split('/').pop() || 'lexicon.csv';
  const parsed = lexiconFromRows(rows, /%[0-9a-f]{2}/i.test(name) ? decodeURIComponent(name.replace(/%(?![0-9a-f]{2})/gi, '%25')) : name);
  if (!parsed.ok) return { ok: false, error: `schema: ${parsed.error.message}` };
  return vetLexicon(parsed.lexicon, url);
}

/** Team lexicons kept in Excel may be served as CSV/TSV, in any encoding the file reader detects. */
const TABLE_TYPES = new Set(['text/csv', 'text/tab-separated-values']);
const isTableType = (header: string | null) => TABLE_TYPES.has((header ?? '').split(';')[0]!.trim().toLowerCase());

function contentTypeProblem(header: string | null): string | null {
  if (!header) return 'type: the server sent no Content-Type (expected application/json)';
  if (isTableType(header)) return null;
  const [essence = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase());
  if (!JSON_TYPES.has(essence) && !essence.endsWith('+json')) return `type: Content-Type is ${essence}, expected application/json`;
  const charset = params
    .find((param) => param.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') return `type: charset is ${charset}, expected utf-8`;
  return null;
}

/** Reads the body chunk by chunk and stops (cancelling the download) as soon as it passes `limit`. */
async function readCapped(body: ReadableStream<Uint8Array> | null, limit: number): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; error: string }> {
  if (!body) return { ok: true, bytes: new Uint8Array() };
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, error: `too-large: more than ${limit} bytes (stopped reading at ${total})` };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

async function download(url: string, fetchFn: FetchLike, timeoutMs: number): Promise<Download> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  let bytes: Uint8Array;
  let table: boolean;
  try {
    // Race as well as abort: a fetch that ignores the signal must not hang the refresh.
    // No redirects (a public URL must not bounce to a private one), no cookies.
    const response = await Promise.race([fetchFn(url, { signal: controller.signal, redirect: 'error', credentials: 'omit', cache: 'no-store' }), timeout]);
    if (response === 'timeout') return { ok: false, error: `timeout: no response within ${timeoutMs} ms` };
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, error: `http: ${response.status} ${response.statusText}`.trim() };
    }
    const typeProblem = contentTypeProblem(response.headers.get('content-type'));
    table = isTableType(response.headers.get('content-type'));
    const declared = Number(response.headers.get('content-length') ?? NaN);
    const early = typeProblem ?? (declared > MAX_LEXICON_BYTES ? `too-large: the server announces ${declared} bytes (limit ${MAX_LEXICON_BYTES})` : null);
    if (early) {
      void response.body?.cancel().catch(() => undefined);
      return { ok: false, error: early };
    }
    const body = await Promise.race([readCapped(response.body, MAX_LEXICON_BYTES), timeout]);
    if (body === 'timeout') return { ok: false, error: `timeout: body not received within ${timeoutMs} ms` };
    if (!body.ok) return body;
    bytes = body.bytes;
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: `timeout: no response within ${timeoutMs} ms` };
    return { ok: false, error: `network: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  const sha256 = await sha256Hex(bytes);
  if (table) {
    const read = lexiconFromTableBytes(bytes, url);
    return read.ok ? { ...read, sha256 } : read;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { ok: false, error: 'encoding: not UTF-8 text' };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `json: ${error instanceof Error ? error.message : String(error)}` };
  }
  const vetted = vetLexicon(json, url);
  return vetted.ok ? { ok: true, lexicon: vetted.lexicon, sha256 } : vetted;
}

/**
 * Downloads the subscription (adding it if new) and stores it if valid, newer and matching the
 * pinned integrity (or `options.integrity`, the user's confirmation of a changed download).
 * Never throws for a bad download: the result says what happened.
 */
export async function refreshSubscription(db: ListingLintDB, url: string, options: RefreshOptions): Promise<RefreshResult> {
  const validUrl = checkUrl(url, options);
  const confirmed = checkIntegrity(options.integrity);
  const now = options.now ?? Date.now();
  const result = await download(validUrl, options.fetch, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

  // Decide against the row as it is now: another refresh may have run meanwhile.
  return db.transaction('rw', db.lexicons, async (): Promise<RefreshResult> => {
    const current = (await db.lexicons.get(validUrl)) ?? emptySubscription(validUrl, null, now);
    const record: LexiconRecord = { ...current, kind: 'subscribed', url: validUrl, checkedAt: now };
    const pinned = confirmed ?? (record.expectedIntegrity ? parseIntegrity(record.expectedIntegrity) : null) ?? record.integrity;
    const outcome = decide(record, result, pinned, confirmed !== null);
    if (outcome === 'updated' && result.ok) {
      const clash = await db.lexicons
        .where('lexicon.id')
        .equals(result.lexicon.id)
        .and((other) => other.key !== validUrl)
        .first();
      if (clash) {
        record.lastError = `conflict: lexicon id "${result.lexicon.id}" is already provided by ${clash.url ?? clash.key}`;
        await db.lexicons.put(record);
        return { ...statusOf(record), outcome: 'failed' };
      }
      Object.assign(record, {
        lexicon: result.lexicon,
        integrity: result.sha256,
        expectedIntegrity: result.sha256,
        changedIntegrity: null,
        fetchedAt: now,
        lastError: null,
      });
    }
    await db.lexicons.put(record);
    return { ...statusOf(record), outcome };
  });
}

/** Sets lastError / changedIntegrity on `record` and says what the download does to it. */
function decide(record: LexiconRecord, result: Download, pinned: string | null, confirming: boolean): RefreshResult['outcome'] {
  if (!result.ok) {
    record.lastError = result.error;
    return 'failed';
  }
  const stored = record.lexicon;
  const newer = !stored || compareSemver(result.lexicon.version, stored.version) > 0;
  if (pinned !== null && pinned !== result.sha256) {
    if (!stored || confirming) {
      record.lastError = `integrity: expected sha256 ${pinned}, got ${result.sha256}`;
      return 'failed';
    }
    if (!newer) {
      // An older version (a stale mirror) is ignored; the same version with other bytes is flagged.
      record.lastError =
        result.lexicon.version === stored.version ? `changed: content differs but version is still ${stored.version}; kept the stored copy` : null;
      return 'unchanged';
    }
    record.changedIntegrity = result.sha256;
    record.lastError = `integrity-changed: version ${result.lexicon.version} has sha256 ${result.sha256}, pinned ${pinned}; accept it in the dashboard to use it`;
    return 'pending';
  }
  if (!newer) {
    record.changedIntegrity = null;
    record.lastError = null;
    return 'unchanged';
  }
  return 'updated';
}

/** The user accepts a changed download: it is fetched again and stored only if it still has that hash. */
export async function acceptChangedIntegrity(
  db: ListingLintDB,
  url: string,
  sha256: string,
  options: Omit<RefreshOptions, 'integrity'>,
): Promise<RefreshResult> {
  return refreshSubscription(db, url, { ...options, integrity: sha256 });
}

/** The user declines a changed download: the pinned version stays; the next refresh may offer it again. */
export async function declineChangedIntegrity(db: ListingLintDB, url: string): Promise<void> {
  await db.lexicons.update(url, { changedIntegrity: null, lastError: null });
}

/**
 * Subscriptions stored before these checks existed may hold a lexicon that fails them (e.g. a
 * catastrophic regex): such a lexicon is dropped (the subscription stays, with the reason) so it
 * never reaches a page. Run once at start-up. Returns the URLs it cleared.
 */
export async function quarantineUnsafeSubscriptions(db: ListingLintDB): Promise<string[]> {
  const cleared: string[] = [];
  await db.transaction('rw', db.lexicons, async () => {
    for (const row of await db.lexicons.where('kind').equals('subscribed').toArray()) {
      if (row.lexicon === null) continue;
      const vetted = vetLexicon(row.lexicon, row.url ?? row.key);
      if (vetted.ok) continue;
      cleared.push(row.key);
      await db.lexicons.put({ ...row, lexicon: null, integrity: null, changedIntegrity: null, lastError: `${vetted.error} (stored copy removed)` });
    }
  });
  return cleared;
}
