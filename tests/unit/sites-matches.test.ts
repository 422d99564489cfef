import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { DEMO_PAGE_MATCHES, SELLER_PAGE_MATCHES } from '@/lib/sites/matches';

const matchesAny = (url: string) => SELLER_PAGE_MATCHES.some((pattern) => new MatchPattern(pattern).includes(url));

describe('SELLER_PAGE_MATCHES', () => {
  it('claims the seller back offices', () => {
    expect(matchesAny('https://item.publish.taobao.com/sell/publish.htm')).toBe(true);
    expect(matchesAny('https://sellercentral.amazon.com/abis/listing/create')).toBe(true);
    expect(matchesAny('https://admin.shopify.com/store/x/products/new')).toBe(true);
  });

  it('leaves the loopback demo to the test build, whose extra matches claim it on any port', () => {
    expect(matchesAny('http://127.0.0.1:5178/demo/taobao.html')).toBe(false);
    expect(DEMO_PAGE_MATCHES.some((pattern) => new MatchPattern(pattern).includes('http://127.0.0.1:5178/demo/taobao.html'))).toBe(true);
    expect(DEMO_PAGE_MATCHES.some((pattern) => new MatchPattern(pattern).includes('http://localhost:5207/demo/jd.html'))).toBe(true);
  });

  it('claims nothing else: other sites and other loopback paths are enabled per site by the user', () => {
    expect(matchesAny('https://www.example.com/')).toBe(false);
    expect(matchesAny('http://127.0.0.1:5178/other/taobao.html')).toBe(false);
    expect(matchesAny('https://www.amazon.com/dp/B000')).toBe(false);
  });
});
