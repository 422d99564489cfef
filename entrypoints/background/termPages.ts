import { hashText } from '@/lib/db/hash';

/**
 * Long own-term lists go to a seller tab in pages (issue 13: 100,000 terms are ~5 MB of JSON, which one
 * MV3 message would deserialise in a single long task in the tab). The first page rides on
 * getAuditContext with the list's key; the rest are served from here by key. The key hashes the terms
 * and the allowlist, so a tab that already compiled this list knows it need not compile it again.
 */
const lists = new Map<string, readonly unknown[]>();
const KEEP = 4;

export function pagedTerms<T>(terms: readonly T[], allow: readonly string[], pageSize: number): { first: T[]; count: number; key: string } {
  const key = `${terms.length.toString(36)}-${hashText(JSON.stringify([terms, allow]))}`;
  lists.delete(key);
  lists.set(key, terms);
  while (lists.size > KEEP) lists.delete(lists.keys().next().value as string);
  return { first: terms.slice(0, pageSize), count: terms.length, key };
}

export function termsPage(key: string, offset: number, limit: number): unknown[] {
  const terms = lists.get(key);
  if (!terms) throw new Error('customTermsPage: this term list changed; ask for the audit context again');
  return terms.slice(offset, offset + limit);
}
