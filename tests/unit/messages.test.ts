import { describe, expect, it } from 'vitest';
import { parseRequest } from '@/lib/messages';

describe('parseRequest', () => {
  it('accepts a well-formed message', () => {
    expect(parseRequest({ type: 'contentReady', url: 'https://x.test/', fieldCount: 2 })).toEqual({
      ok: true,
      request: { type: 'contentReady', url: 'https://x.test/', fieldCount: 2 },
    });
  });

  it('rejects unknown types and malformed fields, naming the path', () => {
    expect(parseRequest({ type: 'deleteEverything' }).ok).toBe(false);
    const bad = parseRequest({ type: 'contentReady', url: 'x', fieldCount: -1 });
    expect(bad).toMatchObject({ ok: false });
    expect(!bad.ok && bad.error).toContain('fieldCount');
    expect(parseRequest('ping').ok).toBe(false);
  });
});
