import { listAllowlist, listCustomTerms, listKeywordLists, type ListingLintDB } from '../db';
import type { Lexicon } from '../lexicon/schema';
import type { Platform } from '../types';

/**
 * Reads the audit context for one platform. The background serves it to content scripts and the
 * batch worker reads it itself, so the overlay and the batch audit the same text the same way.
 */
export async function loadAuditContext(db: ListingLintDB, platform: Platform) {
  const [allow, terms, lists, subscriptions] = await Promise.all([
    listAllowlist(db),
    listCustomTerms(db),
    listKeywordLists(db),
    db.lexicons.where('kind').equals('subscribed').toArray(),
  ]);
  const forPlatform = <T extends { platform?: Platform }>(row: T) => row.platform === undefined || row.platform === platform;
  const list = lists.filter((row) => row.platform === platform).sort((a, b) => b.updatedAt - a.updatedAt)[0];
  return {
    allow: allow.filter(forPlatform).map((row) => row.phrase),
    customTerms: terms.filter(forPlatform).map(({ id: _id, createdAt: _createdAt, platform: _platform, ...term }) => term),
    keywords: (list?.rows ?? []).map((row) => ({ keyword: row.keyword, volume: row.volume ?? 1 })),
    lexicons: subscriptions.flatMap((row) => (row.lexicon ? [row.lexicon as Lexicon] : [])),
  };
}

/** The user's configuration an audit needs: allowlist, own terms, keywords, subscribed lexicons. */
export type AuditContext = Awaited<ReturnType<typeof loadAuditContext>>;
