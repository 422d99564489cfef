import { describe, expect, it } from 'vitest';
import { parseRequest, senderAllowed } from '@/lib/messages';

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

describe('senderAllowed', () => {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it("accepts privileged messages only from the extension's own pages", () => {
    expect(senderAllowed('enableSite', { id, url: `${origin}popup.html` }, id, origin)).toBe(true);
    expect(senderAllowed('enableSite', { id, url: 'https://shop.example.com/edit' }, id, origin)).toBe(false);
    expect(senderAllowed('disableSite', { id: 'otherextension', url: `${origin}popup.html` }, id, origin)).toBe(false);
  });
  it('accepts ordinary messages from our content scripts, not from other extensions', () => {
    expect(senderAllowed('findingCounts', { id, url: 'https://shop.example.com/edit' }, id, origin)).toBe(true);
    expect(senderAllowed('findingCounts', { id: 'other', url: 'https://shop.example.com/edit' }, id, origin)).toBe(false);
  });
});
