import type { FetchLike } from '@/lib/db';
import { TEST_BUILD_MODE } from '@/lib/sites/matches';

/**
 * How the extension downloads lexicon subscriptions: the global fetch, and loopback servers only
 * in the test/demo build (the e2e suite serves its feeds on 127.0.0.1).
 */
export const subscriptionNetwork: { fetch: FetchLike; allowLoopback: boolean } = {
  fetch: (url, init) => fetch(url, init),
  allowLoopback: import.meta.env.MODE === TEST_BUILD_MODE,
};
