import { amazonAdapter } from './amazon';
import { douyinAdapter } from './douyin';
import { genericAdapter } from './generic';
import { jdAdapter } from './jd';
import { pddAdapter } from './pdd';
import { shopifyAdapter } from './shopify';
import { taobaoAdapter, tmallAdapter } from './taobao';
import type { SiteAdapter } from './types';
import { labelAdapter } from './labelAdapter';
import { PLATFORM_DEFINITIONS } from '../platforms/registry';

export type { FieldBinding, SiteAdapter } from './types';
export { genericAdapter };

/** Adapters written for a back office's real page structure. */
const HAND_WRITTEN: readonly SiteAdapter[] = [taobaoAdapter, tmallAdapter, jdAdapter, pddAdapter, douyinAdapter, amazonAdapter, shopifyAdapter];

/** Platform adapters first, the generic one last: the first adapter that claims a URL wins. Registry platforms without a hand-written adapter find fields by label. */
export const ADAPTERS: readonly SiteAdapter[] = [
  ...HAND_WRITTEN,
  ...PLATFORM_DEFINITIONS.filter((definition) => definition.id !== 'generic' && !HAND_WRITTEN.some((adapter) => adapter.platform === definition.id)).map(
    labelAdapter,
  ),
  genericAdapter,
];

function sameOrigin(url: URL, enabled: string): boolean {
  try {
    return new URL(enabled).origin === url.origin;
  } catch {
    return false;
  }
}

/**
 * The adapter for a page: a platform adapter that claims the URL; else the generic adapter when the
 * user enabled the URL's origin (e.g. 'https://shop.example.com', 'http://127.0.0.1:5178'); else null.
 */
export function adapterForUrl(url: URL, enabledOrigins: readonly string[]): SiteAdapter | null {
  const specific = ADAPTERS.find((adapter) => adapter !== genericAdapter && adapter.claims(url));
  if (specific) return specific;
  if (genericAdapter.claims(url) && enabledOrigins.some((origin) => sameOrigin(url, origin))) return genericAdapter;
  return null;
}

/**
 * The host permission to request for "enable on this site": `https://shop.example.com/*`. Match patterns
 * carry no port, so `http://127.0.0.1:5178/x` gives `http://127.0.0.1/*`. Null for non-web URLs.
 */
export function originPattern(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return `${url.protocol}//${url.hostname}/*`;
}
