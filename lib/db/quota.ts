import type { ListingLintDB } from './database';
import { StorageFullError } from './errors';
import { clearCaches } from './eviction';

/**
 * True for a quota error however it arrives: a DOMException named
 * QuotaExceededError, Dexie's QuotaExceededError, or either wrapped as the
 * `inner`/`cause` of another error (e.g. Dexie's AbortError of a transaction).
 */
export function isQuotaExceeded(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && typeof current === 'object' && current !== null; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    current = inner ?? cause;
  }
  return false;
}

/**
 * Runs a write. On a quota error, empties the caches and tries once more; if
 * space is still short, throws StorageFullError. User data is never deleted.
 * Other errors pass through unchanged. `op` must be safe to run twice.
 */
export async function withQuotaRecovery<T>(db: ListingLintDB, op: () => Promise<T>): Promise<T> {
  try {
    return await op();
  } catch (error) {
    if (!isQuotaExceeded(error)) throw error;
  }
  await clearCaches(db);
  try {
    return await op();
  } catch (error) {
    if (isQuotaExceeded(error)) throw new StorageFullError({ cause: error });
    throw error;
  }
}
