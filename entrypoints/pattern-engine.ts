import { RE2JS } from 're2js';
import { PATTERN_ENGINE_GLOBAL } from '@/lib/lexicon/provided/re2js';

/**
 * RE2JS for user regexes, injected by the background into a seller page's isolated world only when
 * that page's rules hold one (issue 18: re2js out of the content script). The page cannot see it.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[PATTERN_ENGINE_GLOBAL] = RE2JS;
});
