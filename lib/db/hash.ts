/**
 * Stable, fast, non-cryptographic text hash (cyrb53's mixing, both 32-bit lanes
 * kept → 64 bits as 16 hex chars). Same input, same output, in every runtime;
 * used for cache keys and to recall review decisions for a text.
 */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/**
 * Key of a cached audit: the text, the ruleset version and the lexicon version
 * together, so a new ruleset or lexicon never serves a stale result.
 */
export function auditCacheKey(text: string, rulesetVersion: string, lexiconVersion: string): string {
  return `${hashText(text)}-${text.length.toString(36)}-${hashText(`${rulesetVersion}\u0000${lexiconVersion}`)}`;
}
