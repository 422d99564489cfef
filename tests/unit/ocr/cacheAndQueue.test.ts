import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';

import { cachedOcr, MAX_ENTRIES, OcrCacheDB, sha256Hex, storeOcr, type OcrCacheEntry } from '../../../lib/db/ocrCache';
import { mapBounded } from '../../../lib/ocr/bounded';

const entry = (hash: string, at: number, engine = 'e1'): OcrCacheEntry => ({
  hash,
  engine,
  width: 10,
  height: 10,
  lines: [{ text: '最好', confidence: 0.9, box: [0, 0, 5, 5] }],
  notes: [],
  at,
});

describe('OCR cache by image hash', () => {
  it('answers the same bytes from the cache, not a result of another engine, and evicts the oldest beyond the cap', async () => {
    const db = new OcrCacheDB({ indexedDB: new IDBFactory(), IDBKeyRange });
    const hash = await sha256Hex(new TextEncoder().encode('image bytes').buffer);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    await storeOcr(db, entry(hash, 1));
    expect((await cachedOcr(db, hash, 'e1'))?.lines[0]?.text).toBe('最好');
    expect(await cachedOcr(db, hash, 'e2')).toBeUndefined();
    await db.results.bulkPut(Array.from({ length: MAX_ENTRIES }, (_, i) => entry(`h${i}`, 10 + i)));
    await storeOcr(db, entry('newest', 1e9));
    expect(await db.results.count()).toBe(MAX_ENTRIES);
    expect(await db.results.get(hash)).toBeUndefined(); // the oldest went first
    expect(await db.results.get('newest')).toBeDefined();
    db.close();
  });
});

describe('mapBounded', () => {
  it('scans 100 images with at most the given number in flight, results in order', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapBounded(
      Array.from({ length: 100 }, (_, i) => i),
      3,
      async (n) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, n % 7));
        inFlight--;
        return n * 2;
      },
    );
    expect(peak).toBe(3);
    expect(results).toEqual(Array.from({ length: 100 }, (_, i) => i * 2));
  });
});
