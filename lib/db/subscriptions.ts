import { z } from 'zod';
import { lexiconFileSchema, type Lexicon } from '../lexicon/schema';
import type { ListingLintDB } from './database';
import { describeZodError, StorageValidationError } from './errors';
import { parseIntegrity, sha256Hex } from './integrity';
import type { LexiconRecord } from './rows';
import { compareSemver } from './semver';

/**
 * Team lexicons subscribed by URL, like filter lists. A refresh stores a
 * download only when it is valid, matches the expected integrity and is newer;
 * otherwise the last good version stays and the reason is kept in lastError.
 */

/** What refresh needs of `fetch`; the global fetch fits. */
export type FetchLike = (
  url: string,
  init: { signal: AbortSignal },
) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'arrayBuffer'>>;

export interface SubscriptionStatus {
  url: string;
  id: string | null;
  version: string | null;
  termCount: number;
  /** When the stored (good) version was downloaded. */
  fetchedAt: number | null;
  /** When a refresh last ran, successful or not. */
  checkedAt: number | null;
  /** `<code>: <detail>`, code one of http, network, timeout, too-large, integrity, encoding, json, schema, conflict, changed. */
  lastError: string | null;
}

export interface RefreshResult extends SubscriptionStatus {
  outcome: 'updated' | 'unchanged' | 'failed';
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_LEXICON_BYTES = 5 * 1024 * 1024;

const urlSchema = z
  .string()
  .trim()
  .max(4096)
  .refine((text) => {
    try {
      const { protocol } = new URL(text);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL');

function checkUrl(url: string): string {
  const result = urlSchema.safeParse(url);
  if (!result.success)
    throw new StorageValidationError('subscription URL', 'url', result.error.issues[0]?.message ?? 'invalid');
  return result.data;
}

function checkIntegrity(integrity: string | undefined): string | null {
  if (integrity === undefined || integrity.trim() === '') return null;
  if (parseIntegrity(integrity) === null) {
    throw new StorageValidationError(
      'subscription integrity',
      'integrity',
      'expected sha256-<base64> or 64 hex digits',
    );
  }
  return integrity.trim();
}

export function statusOf(record: LexiconRecord): SubscriptionStatus {
  return {
    url: record.url ?? record.key,
    id: record.lexicon?.id ?? null,
    version: record.lexicon?.version ?? null,
    termCount: record.lexicon?.terms.length ?? 0,
    fetchedAt: record.fetchedAt,
    checkedAt: record.checkedAt,
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
  options: { integrity?: string } = {},
  now = Date.now(),
): Promise<SubscriptionStatus> {
  const validUrl = checkUrl(url);
  const expected = checkIntegrity(options.integrity);
  return db.transaction('rw', db.lexicons, async () => {
    const existing = await db.lexicons.get(validUrl);
    const record = existing ? { ...existing, expectedIntegrity: expected } : emptySubscription(validUrl, expected, now);
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

type Download = { ok: true; lexicon: Lexicon; sha256: string } | { ok: false; error: string };

async function download(
  url: string,
  fetchFn: FetchLike,
  timeoutMs: number,
  expected: string | null,
): Promise<Download> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('timeout');
    }, timeoutMs);
  });
  let bytes: ArrayBuffer;
  try {
    // Race as well as abort: a fetch that ignores the signal must not hang the refresh.
    const response = await Promise.race([fetchFn(url, { signal: controller.signal }), timeout]);
    if (response === 'timeout') return { ok: false, error: `timeout: no response within ${timeoutMs} ms` };
    if (!response.ok) return { ok: false, error: `http: ${response.status} ${response.statusText}`.trim() };
    const body = await Promise.race([response.arrayBuffer(), timeout]);
    if (body === 'timeout') return { ok: false, error: `timeout: body not received within ${timeoutMs} ms` };
    bytes = body;
  } catch (error) {
    if (controller.signal.aborted) return { ok: false, error: `timeout: no response within ${timeoutMs} ms` };
    return { ok: false, error: `network: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    clearTimeout(timer);
  }
  if (bytes.byteLength > MAX_LEXICON_BYTES)
    return { ok: false, error: `too-large: ${bytes.byteLength} bytes (limit ${MAX_LEXICON_BYTES})` };
  const sha256 = await sha256Hex(bytes);
  const expectedHex = expected === null ? null : parseIntegrity(expected);
  if (expectedHex !== null && expectedHex !== sha256) {
    return { ok: false, error: `integrity: expected sha256 ${expectedHex}, got ${sha256}` };
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
  const parsed = lexiconFileSchema.safeParse(json);
  if (!parsed.success) {
    const { path, detail } = describeZodError(parsed.error);
    return { ok: false, error: `schema: ${path}: ${detail}` };
  }
  return { ok: true, lexicon: parsed.data, sha256 };
}

/**
 * Downloads the subscription (adding it if new) and stores it if valid and newer.
 * Never throws for a bad download: the result says what happened.
 */
export async function refreshSubscription(
  db: ListingLintDB,
  url: string,
  options: { fetch: FetchLike; timeoutMs?: number; integrity?: string; now?: number },
): Promise<RefreshResult> {
  const validUrl = checkUrl(url);
  const override = checkIntegrity(options.integrity);
  const now = options.now ?? Date.now();
  const before = await db.lexicons.get(validUrl);
  const expected = override ?? before?.expectedIntegrity ?? null;
  const result = await download(validUrl, options.fetch, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, expected);

  // Decide against the row as it is now: another refresh may have run meanwhile.
  return db.transaction('rw', db.lexicons, async (): Promise<RefreshResult> => {
    const current = (await db.lexicons.get(validUrl)) ?? emptySubscription(validUrl, expected, now);
    const record: LexiconRecord = {
      ...current,
      kind: 'subscribed',
      url: validUrl,
      expectedIntegrity: expected,
      checkedAt: now,
    };
    let outcome: RefreshResult['outcome'];
    if (!result.ok) {
      outcome = 'failed';
      record.lastError = result.error;
    } else {
      const clash = await db.lexicons
        .where('lexicon.id')
        .equals(result.lexicon.id)
        .and((other) => other.key !== validUrl)
        .first();
      if (clash) {
        outcome = 'failed';
        record.lastError = `conflict: lexicon id "${result.lexicon.id}" is already provided by ${clash.url ?? clash.key}`;
      } else if (record.lexicon && compareSemver(result.lexicon.version, record.lexicon.version) <= 0) {
        const sameVersionChanged =
          result.lexicon.version === record.lexicon.version &&
          record.integrity !== null &&
          record.integrity !== result.sha256;
        outcome = 'unchanged';
        record.lastError = sameVersionChanged
          ? `changed: content differs but version is still ${record.lexicon.version}; kept the stored copy`
          : null;
      } else {
        outcome = 'updated';
        Object.assign(record, { lexicon: result.lexicon, integrity: result.sha256, fetchedAt: now, lastError: null });
      }
    }
    await db.lexicons.put(record);
    return { ...statusOf(record), outcome };
  });
}
