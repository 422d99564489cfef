/** URL match patterns of the seller back offices the content script claims at install time. */
export const SELLER_PAGE_MATCHES = [
  'https://*.taobao.com/*',
  'https://*.tmall.com/*',
  'https://*.jd.com/*',
  'https://*.pinduoduo.com/*',
  'https://*.yangkeduo.com/*',
  'https://*.jinritemai.com/*',
  'https://sellercentral.amazon.com/*',
  'https://sellercentral-europe.amazon.com/*',
  'https://sellercentral.amazon.co.uk/*',
  'https://sellercentral.amazon.de/*',
  'https://sellercentral.amazon.co.jp/*',
  'https://sellercentral.amazon.ca/*',
  'https://admin.shopify.com/*',
  'https://*.myshopify.com/admin/*',
] as const;

/**
 * The bundled demo back office (tests/demo), served on loopback. Claimed only by the test/demo
 * build (`wxt build --mode e2e`, see wxt.config.ts), never by the shipped one.
 */
export const DEMO_PAGE_MATCHES = ['http://127.0.0.1/demo/*', 'http://localhost/demo/*'] as const;

/** The WXT mode of the test and demo build. */
export const TEST_BUILD_MODE = 'e2e';
