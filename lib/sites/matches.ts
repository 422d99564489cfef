import { sellerMatchPatterns } from '../platforms/definition';
import { PLATFORM_DEFINITIONS } from '../platforms/registry';

/** The bundled demo back office (tests/demo), served on loopback only. */
export const DEMO_PAGE_MATCHES = ['http://127.0.0.1/demo/*', 'http://localhost/demo/*'] as const;

/** URL match patterns of the seller back offices the content script claims at install time, from the platform registry. */
export const SELLER_PAGE_MATCHES: readonly string[] = [...PLATFORM_DEFINITIONS.flatMap(sellerMatchPatterns), ...DEMO_PAGE_MATCHES];
