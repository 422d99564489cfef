/** URL tests shared by the adapters' `claims`. Pure: a URL in, a boolean out. */
import { claimsSellerUrl, type PlatformDefinition } from '../platforms/definition';

const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isWebUrl(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'http:';
}

/**
 * The bundled demo back office (tests/demo), served on loopback under /demo/ on any port;
 * `pages` are file names such as 'taobao.html'.
 */
export function isDemoPage(url: URL, pages: readonly string[]): boolean {
  if (!isWebUrl(url) || !LOOPBACK_HOSTS.has(url.hostname)) return false;
  return pages.some((page) => url.pathname === `/demo/${page}`);
}

export function isWebPage(url: URL): boolean {
  return isWebUrl(url);
}

/** The adapter's claim for a platform: its seller sites (registry) or its pages of the bundled demo. */
export function claimsPlatformUrl(definition: PlatformDefinition, url: URL): boolean {
  return claimsSellerUrl(definition, url) || isDemoPage(url, definition.demoPages);
}
