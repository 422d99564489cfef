import { sellerMatchPatterns } from '../platforms/definition';
import { PLATFORM_DEFINITIONS } from '../platforms/registry';

/** URL match patterns of the seller back offices the content script claims at install time, from the platform registry. */
export const SELLER_PAGE_MATCHES: readonly string[] = PLATFORM_DEFINITIONS.flatMap(sellerMatchPatterns);

/**
 * The bundled demo back office (tests/demo), served on loopback. Claimed only by the test/demo
 * build (`wxt build --mode e2e`, see wxt.config.ts), never by the shipped one.
 */
export const DEMO_PAGE_MATCHES = ['http://127.0.0.1/demo/*', 'http://localhost/demo/*'] as const;

/** The WXT mode of the test and demo build. */
export const TEST_BUILD_MODE = 'e2e';
