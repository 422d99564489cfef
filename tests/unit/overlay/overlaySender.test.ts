import { describe, expect, it } from 'vitest';
import { overlaySenderPlatform, samePage } from '@/entrypoints/background/overlaySender';

const ID = 'abcdefghijklmnop';
const jd = { id: ID, url: 'https://shop.jd.com/item/edit', origin: 'https://shop.jd.com', frameId: 0, tab: { id: 3, url: 'https://shop.jd.com/item/edit' } };

describe('overlaySenderPlatform', () => {
  it('gives the platform of the page our content script runs on', () => {
    expect(overlaySenderPlatform(jd, ID, [])).toBe('jd');
    expect(overlaySenderPlatform({ ...jd, url: 'https://sellercentral.amazon.de/abis', origin: undefined, tab: { id: 1 } }, ID, [])).toBe('amazon');
    expect(overlaySenderPlatform({ ...jd, url: 'https://admin.example.cn/goods', origin: undefined, tab: { id: 1 } }, ID, ['https://admin.example.cn'])).toBe(
      'generic',
    );
  });

  it('refuses other extensions, subframes, mismatched origins, pages we do not serve and extension pages', () => {
    expect(overlaySenderPlatform({ ...jd, id: 'other' }, ID, [])).toBeNull();
    expect(overlaySenderPlatform({ ...jd, frameId: 2 }, ID, [])).toBeNull();
    expect(overlaySenderPlatform({ ...jd, origin: 'https://evil.example' }, ID, [])).toBeNull();
    expect(overlaySenderPlatform({ ...jd, tab: { id: 3, url: 'https://evil.example/' } }, ID, [])).toBeNull();
    expect(overlaySenderPlatform({ ...jd, url: 'https://evil.example/', origin: undefined, tab: { id: 1 } }, ID, [])).toBeNull();
    expect(overlaySenderPlatform({ id: ID, url: `chrome-extension://${ID}/options.html` }, ID, [])).toBeNull();
  });
});

describe('samePage', () => {
  it('accepts a decision only for the sending page', () => {
    expect(samePage('https://shop.jd.com/item/edit?id=1', jd)).toBe(true);
    expect(samePage('https://evil.example/', jd)).toBe(false);
    expect(samePage(42, jd)).toBe(false);
  });
});
