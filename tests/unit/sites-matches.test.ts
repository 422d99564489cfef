import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { SELLER_PAGE_MATCHES } from '@/lib/sites/matches';

const matchesAny = (url: string) => SELLER_PAGE_MATCHES.some((pattern) => new MatchPattern(pattern).includes(url));

describe('SELLER_PAGE_MATCHES', () => {
  it('claims the seller back offices and the loopback demo, on any port', () => {
    expect(matchesAny('https://item.publish.taobao.com/sell/publish.htm')).toBe(true);
    expect(matchesAny('https://sellercentral.amazon.com/abis/listing/create')).toBe(true);
    expect(matchesAny('https://admin.shopify.com/store/x/products/new')).toBe(true);
    expect(matchesAny('http://127.0.0.1:5178/demo/taobao.html')).toBe(true);
  });

  it('claims nothing else: other sites and other loopback paths are enabled per site by the user', () => {
    expect(matchesAny('https://www.example.com/')).toBe(false);
    expect(matchesAny('http://127.0.0.1:5178/other/taobao.html')).toBe(false);
    expect(matchesAny('https://www.amazon.com/dp/B000')).toBe(false);
  });
});
