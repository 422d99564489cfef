import { useEffect, useState } from 'react';
import { dataVersion } from '@/components/settingsStorage';
import { openListingLintDB, type ListingLintDB } from '@/lib/db';

let opening: Promise<ListingLintDB> | undefined;

/**
 * The dashboard reads and writes the extension's IndexedDB directly (same origin as the service
 * worker), so lists update live through dexie-react-hooks; every write bumps `dataVersion` so
 * open seller pages re-read their audit context.
 */
export function useDatabase(): { db: ListingLintDB | null; error: string | null } {
  const [state, setState] = useState<{ db: ListingLintDB | null; error: string | null }>({ db: null, error: null });
  useEffect(() => {
    opening ??= openListingLintDB();
    opening.then(
      (db) => setState({ db, error: null }),
      (error: unknown) => setState({ db: null, error: error instanceof Error ? error.message : String(error) }),
    );
  }, []);
  return state;
}

export async function afterWrite<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  await dataVersion.setValue((await dataVersion.getValue()) + 1);
  return result;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
