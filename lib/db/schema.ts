import type Dexie from 'dexie';
import type { Transaction } from 'dexie';
import { parseLegacyKeywordCsv } from './legacyKeywordCsv';
import { customTermRecordSchema, type CustomTermRecord, type KeywordListRecord } from './rows';
import { jsonSize } from './size';
import { PLATFORMS, type Platform } from '../types';

/**
 * The schema's whole history. Past versions are frozen: never edit one, add a
 * new version with an upgrade instead. Dexie runs every upgrade between the
 * version on disk and the newest, in order, inside one versionchange transaction.
 *
 * v1 (0.1): customTerms as a bare `term` string; keywordLists as CSV text.
 * v2 (0.2): terms reshaped to lexicon terms; keyword CSV parsed into rows;
 *           caches (auditCache, drafts), lexicons and reviews added.
 * v3 (0.3): drafts get lastUsedAt + sizeBytes for LRU eviction (audits without a
 *           size get one); lexicons indexed by lexicon id; reviews by [pageUrl+field].
 */
export const SCHEMA_VERSION = 3;

export const STORES_V1 = {
  customTerms: '++id, term',
  allowlist: '++id, phrase',
  keywordLists: '++id, name',
  settings: 'key',
} as const;

export const STORES_V2 = {
  customTerms: '++id, text, platform',
  allowlist: '++id, phrase, platform',
  keywordLists: '++id, name, platform, productId',
  settings: 'key',
  auditCache: '&key, lastUsedAt',
  drafts: '&key, createdAt',
  lexicons: '&key, kind',
  reviews: '&id, textHash, pageUrl, decidedAt',
} as const;

export const STORES_V3 = {
  ...STORES_V2,
  drafts: '&key, createdAt, lastUsedAt',
  lexicons: '&key, kind, lexicon.id',
  reviews: '&id, textHash, pageUrl, decidedAt, [pageUrl+field]',
} as const;

/** Settings key under which the v2 upgrade parks v1 rows it could not reshape, so nothing is lost silently. */
export const UNMIGRATED_SETTING_KEY = 'upgrade.v2.unmigrated';

export const CUSTOM_TERM_DEFAULTS = {
  category: 'custom',
  severity: 'warning',
  basis: '自定义词 / Custom term',
} as const;

/** zh for text with any CJK ideograph, en otherwise. */
export function detectLang(text: string): 'zh' | 'en' {
  return /[\u3400-\u9fff\uf900-\ufaff]/.test(text) ? 'zh' : 'en';
}

export function declareSchemaHistory(db: Dexie): void {
  db.version(1).stores(STORES_V1);
  db.version(2).stores(STORES_V2).upgrade(upgradeToV2);
  db.version(3).stores(STORES_V3).upgrade(upgradeToV3);
}

// ── v1 → v2 ──────────────────────────────────────────────────────────────────

interface CustomTermV1 {
  id: number;
  term?: unknown;
  note?: unknown;
  createdAt?: unknown;
}
interface KeywordListV1 {
  id: number;
  name?: unknown;
  platform?: unknown;
  csv?: unknown;
  createdAt?: unknown;
}
interface AllowlistV1 {
  id: number;
  phrase?: unknown;
  platform?: unknown;
  note?: unknown;
  createdAt?: unknown;
}
interface SettingV1 {
  key: string;
  value?: unknown;
}

function isPlatform(value: unknown): value is Platform {
  return typeof value === 'string' && (PLATFORMS as readonly string[]).includes(value);
}

function timestampOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  const now = Date.now();
  const unmigrated: { table: string; row: unknown; reason: string }[] = [];

  const terms = (await tx.table('customTerms').toArray()) as CustomTermV1[];
  const reshaped: CustomTermRecord[] = [];
  const dropped: number[] = [];
  for (const old of terms) {
    const text = typeof old.term === 'string' ? old.term.trim() : '';
    const candidate = {
      id: old.id,
      text,
      category: CUSTOM_TERM_DEFAULTS.category,
      severity: CUSTOM_TERM_DEFAULTS.severity,
      basis: typeof old.note === 'string' && old.note.trim() !== '' ? old.note.trim().slice(0, 200) : CUSTOM_TERM_DEFAULTS.basis,
      lang: detectLang(text),
      createdAt: timestampOr(old.createdAt, now),
    };
    const parsed = customTermRecordSchema.safeParse(candidate);
    if (parsed.success) reshaped.push(parsed.data);
    else {
      dropped.push(old.id);
      unmigrated.push({ table: 'customTerms', row: old, reason: parsed.error.issues[0]?.message ?? 'invalid' });
    }
  }
  await tx.table('customTerms').bulkPut(reshaped);
  await tx.table('customTerms').bulkDelete(dropped);

  const lists = (await tx.table('keywordLists').toArray()) as KeywordListV1[];
  const reshapedLists: KeywordListRecord[] = lists.map((old) => {
    const createdAt = timestampOr(old.createdAt, now);
    return {
      id: old.id,
      name: typeof old.name === 'string' && old.name.trim() !== '' ? old.name.trim().slice(0, 200) : `关键词表 ${old.id}`,
      platform: isPlatform(old.platform) ? old.platform : 'generic',
      rows: typeof old.csv === 'string' ? parseLegacyKeywordCsv(old.csv) : [],
      createdAt,
      updatedAt: createdAt,
    };
  });
  await tx.table('keywordLists').bulkPut(reshapedLists);

  await tx
    .table('allowlist')
    .toCollection()
    .modify((row: AllowlistV1) => {
      row.createdAt = timestampOr(row.createdAt, now);
      if (!isPlatform(row.platform)) delete row.platform;
      if (typeof row.note !== 'string') delete row.note;
      if (typeof row.phrase === 'string') row.phrase = row.phrase.trim();
    });

  await tx
    .table('settings')
    .toCollection()
    .modify((row: SettingV1 & { updatedAt?: number }) => {
      row.value = row.value === undefined ? null : row.value;
      row.updatedAt = now;
    });

  if (unmigrated.length > 0) {
    await tx.table('settings').put({ key: UNMIGRATED_SETTING_KEY, value: JSON.parse(JSON.stringify(unmigrated)), updatedAt: now });
  }
}

// ── v2 → v3 ──────────────────────────────────────────────────────────────────

interface DraftV2 {
  key: string;
  createdAt: number;
  lastUsedAt?: number;
  sizeBytes?: number;
  saved?: unknown;
}

async function upgradeToV3(tx: Transaction): Promise<void> {
  // Eviction sums sizes: a row without one would never count against the byte limit.
  await tx
    .table('auditCache')
    .filter((row: { sizeBytes?: unknown }) => typeof row.sizeBytes !== 'number')
    .modify((row: { sizeBytes?: number; lastUsedAt?: number; createdAt?: number }) => {
      row.lastUsedAt ??= row.createdAt ?? 0;
      row.sizeBytes = jsonSize(row);
    });
  await tx
    .table('drafts')
    .toCollection()
    .modify((row: DraftV2) => {
      row.saved = row.saved === true;
      row.lastUsedAt = row.createdAt;
      delete row.sizeBytes;
      row.sizeBytes = jsonSize(row);
    });
}
