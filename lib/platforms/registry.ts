import { taobao, tmall } from './catalog/alibaba';
import { amazon } from './catalog/amazon';
import { douyin } from './catalog/douyin';
import { generic } from './catalog/generic';
import { jd } from './catalog/jd';
import { pdd } from './catalog/pdd';
import { shopify } from './catalog/shopify';
import { xiaohongshu } from './catalog/xiaohongshu';
import { kuaishou } from './catalog/kuaishou';
import { tiktok } from './catalog/tiktok';
import { shopee } from './catalog/shopee';
import { temu } from './catalog/temu';
import { walmart } from './catalog/walmart';
import { ebay } from './catalog/ebay';
import { etsy } from './catalog/etsy';
import type { PlatformDefinition } from './definition';

/**
 * Every platform, declared once (lib/platforms/catalog/<platform>.ts). Labels, title rules, copy formats,
 * the adapters' URL claims and the manifest's match patterns all derive from these entries;
 * tests/unit/platforms/registry.test.ts keeps each entry complete. 'generic' stays last.
 */
export const PLATFORM_DEFINITIONS = [
  taobao,
  tmall,
  jd,
  pdd,
  douyin,
  amazon,
  shopify,
  xiaohongshu,
  kuaishou,
  tiktok,
  shopee,
  temu,
  walmart,
  ebay,
  etsy,
  generic,
] as const;

export type Platform = (typeof PLATFORM_DEFINITIONS)[number]['id'];

export const PLATFORMS = PLATFORM_DEFINITIONS.map((definition) => definition.id) as unknown as readonly [Platform, ...Platform[]];

const BY_ID = new Map<string, PlatformDefinition<Platform>>(PLATFORM_DEFINITIONS.map((definition) => [definition.id, definition]));

export function platformDefinition(platform: Platform): PlatformDefinition<Platform> {
  const definition = BY_ID.get(platform);
  if (!definition) throw new Error(`unknown platform '${platform}'`);
  return definition;
}

export function isPlatform(value: string): value is Platform {
  return BY_ID.has(value);
}

/** The platform's name in menus, in the UI language: 淘宝 / Taobao; 'generic' is named by its back office (其他网站). */
export function platformLabel(platform: Platform, locale: 'zh-CN' | 'en'): string {
  const definition = platformDefinition(platform);
  const name = platform === 'generic' ? definition.backOffice : definition.label;
  return locale === 'en' ? name.en : name.zh;
}
