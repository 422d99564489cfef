import type { CopyPlatform } from '../draft/vocabulary';
import type { FieldRole } from '../lexicon/schema';

/**
 * Length units (see lib/title/length.ts for the exact counting):
 *  - 'bytes': the Chinese back-office width count — a UTF-16 code unit in U+0000–U+00FF counts 1,
 *    any other code unit counts 2 (so a CJK or full-width character = 2, an emoji surrogate pair = 4).
 *  - 'chars': user-perceived characters (Intl.Segmenter grapheme clusters), spaces included.
 */
export type LengthUnit = 'bytes' | 'chars';

/** A platform's title rules, as data; `source`, `checked` and `verified` say how sure we are of them. */
export interface TitleRulesData {
  unit: LengthUnit;
  /** Hard limit in `unit`; over it the platform rejects or truncates the title. */
  limit: number;
  /** Length from which the title uses its budget well (score reaches full points). */
  idealMin: number;
  /** Soft limit shown as advice (Shopify SEO page title), if any. */
  recommendedMax?: number;
  /** Characters never allowed in a title. */
  bannedChars: readonly string[];
  /** Characters allowed only in specific uses (Amazon: `Style #4301`, `<10 lb`). */
  contextChars: readonly string[];
  /** Emoji are not allowed (they count toward the length too). */
  banEmoji: boolean;
  /** Maximum times one word may appear; words in `repeatExemptWords` are free. Undefined = advisory only. */
  maxWordRepeats?: number;
  repeatExemptWords: readonly string[];
  /** Titles made of vague words are rejected (Douyin: 百货, 孤品, 链接, 好物). */
  vagueTerms: readonly string[];
  /** The platform's search tokenizes Chinese: a keyword whose tokens all appear, even apart, is covered. */
  tokenizedSearch: boolean;
  /** Amazon backend search terms, UTF-8 bytes. */
  searchTermsMaxBytes?: number;
  /** JD's short title (品牌名+产品词+规格), in `unit`. */
  shortTitle?: { limit: number; pattern: string };
  source: string;
  checked: string;
  verified: boolean;
}

/**
 * Where a platform's seller back office lives. One declaration gives both the manifest match pattern
 * (`https://<host><path>`) and the adapter's `claims` test (the same host and path, then `refine`).
 */
export interface SellerSite {
  /** An exact host or `*.` + a domain (the domain itself and every subdomain). */
  host: string;
  /** Match-pattern path, `/*` by default; `/admin/*` claims only that subtree. */
  path?: string;
  /** A finer test the manifest cannot express (which subdomains are the back office, not the buyer side). */
  refine?: (url: URL) => boolean;
}

export interface PlatformDefinition<Id extends string = string> {
  id: Id;
  /** Name in messages: 淘宝 / Taobao. */
  label: { zh: string; en: string };
  /** Name of the seller back office, shown by the overlay: 亚马逊卖家平台 / Amazon Seller Central. */
  backOffice: { zh: string; en: string };
  title: TitleRulesData;
  /** The copy format the draft studio picks for a field on this platform. */
  copyFormat: CopyPlatform;
  /** Seller back-office sites; empty for platforms reached only through "enable on this site". */
  sellerSites: readonly SellerSite[];
  /** Pages of the bundled demo back office (tests/demo) this platform's adapter claims. */
  demoPages: readonly string[];
  /**
   * How a platform without a hand-written adapter (lib/sites) finds its fields: by their row label or
   * placeholder. lib/sites derives a label-based adapter from these.
   */
  fieldLabels?: ReadonlyArray<{ role: FieldRole; key: string; label: RegExp }>;
  /** URLs the invariant test checks: `claimed` must be claimed and matched by the manifest, `notClaimed` neither claimed. */
  samples: { claimed: readonly string[]; notClaimed: readonly string[] };
}

/** Keeps the id's literal type, so the registry can derive the `Platform` union. */
export function definePlatform<const Id extends string>(definition: PlatformDefinition<Id>): PlatformDefinition<Id> {
  return definition;
}

function hostMatches(site: SellerSite, hostname: string): boolean {
  if (!site.host.startsWith('*.')) return hostname === site.host;
  const domain = site.host.slice(2);
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

function pathMatches(site: SellerSite, pathname: string): boolean {
  const path = site.path ?? '/*';
  return path.endsWith('*') ? pathname.startsWith(path.slice(0, -1)) || pathname === path.slice(0, -2) : pathname === path;
}

/** Whether a URL is one of the platform's seller back-office pages (https only). */
export function claimsSellerUrl(definition: PlatformDefinition, url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  return definition.sellerSites.some((site) => hostMatches(site, url.hostname) && pathMatches(site, url.pathname) && (site.refine?.(url) ?? true));
}

/** Manifest match patterns for the platform's seller sites. */
export function sellerMatchPatterns(definition: PlatformDefinition): string[] {
  return definition.sellerSites.map((site) => `https://${site.host}${site.path ?? '/*'}`);
}
