import { gzipSync } from 'node:zlib';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import { encodeTsCharacters, TS_DECODER } from '../../wxt.config';

describe('compact T→S table (content build)', () => {
  it('decodes to the same pairs as opencc-js', async () => {
    const url = `data:text/javascript,${encodeURIComponent(TS_DECODER)}`;
    const { decodeTsCharacters } = (await import(/* @vite-ignore */ url)) as { decodeTsCharacters: (e: string) => string };
    const first2 = (table: string) =>
      table.split('|').map((pair) =>
        pair
          .split(' ')
          .slice(0, 2)
          .map((c) => String.fromCodePoint(c.codePointAt(0) ?? 0))
          .join(' '),
      );
    expect(decodeTsCharacters(encodeTsCharacters(TSCharacters)).split('|')).toEqual(first2(TSCharacters));
    expect(gzipSync(encodeTsCharacters(TSCharacters)).length).toBeLessThan(gzipSync(TSCharacters).length * 0.6);
  });
});
