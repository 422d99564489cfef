// zod/mini: this module is in the content script, where full zod would cost ~90 KB gzipped.
import * as z from 'zod/mini';
import { PLATFORMS, type Platform } from '../types';

/**
 * Title rules per platform, as data. Each entry names its source and the date it was checked;
 * `verified: false` marks numbers we could not confirm against a primary source.
 *
 * Length units (see lib/title/length.ts for the exact counting):
 *  - 'bytes': the Chinese back-office width count — a UTF-16 code unit in U+0000–U+00FF counts 1,
 *    any other code unit counts 2 (so a CJK or full-width character = 2, an emoji surrogate pair = 4).
 *  - 'chars': user-perceived characters (Intl.Segmenter grapheme clusters), spaces included.
 */
export type LengthUnit = 'bytes' | 'chars';

export interface PlatformTitleRules {
  platform: Platform;
  unit: LengthUnit;
  /** Hard limit in `unit`; over it the platform rejects or truncates the title. */
  limit: number;
  /** Length from which the title uses its budget well (score reaches full points). */
  idealMin: number;
  /** Soft limit shown as advice (Shopify SEO page title), if any. */
  recommendedMax?: number;
  /** Characters never allowed in a title. */
  bannedChars: string[];
  /** Characters allowed only in specific uses (Amazon: `Style #4301`, `<10 lb`). */
  contextChars: string[];
  /** Emoji are not allowed (they count toward the length too). */
  banEmoji: boolean;
  /** Maximum times one word may appear; words in `repeatExemptWords` are free. Undefined = advisory only. */
  maxWordRepeats?: number;
  repeatExemptWords: string[];
  /** Titles made of vague words are rejected (Douyin: 百货, 孤品, 链接, 好物). */
  vagueTerms: string[];
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

/** Articles, prepositions and conjunctions Amazon exempts from the "at most twice" rule. */
export const AMAZON_REPEAT_EXEMPT = [
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'for', 'of', 'with', 'in', 'on', 'to', 'by', 'at', 'from',
  'into', 'onto', 'over', 'under', 'up', 'as', 'per', 'via', 'without', 'about', 'between', 'x', '&',
];

const CHINESE_BASE = {
  unit: 'bytes',
  limit: 60,
  idealMin: 54,
  bannedChars: ['<', '>'],
  contextChars: [],
  banEmoji: true,
  repeatExemptWords: [],
  vagueTerms: [],
  tokenizedSearch: true,
} as const satisfies Omit<PlatformTitleRules, 'platform' | 'source' | 'checked' | 'verified'>;

export const PLATFORM_RULES: Readonly<Record<Platform, PlatformTitleRules>> = {
  taobao: {
    ...CHINESE_BASE,
    platform: 'taobao',
    bannedChars: ['<', '>'],
    repeatExemptWords: [],
    vagueTerms: [],
    contextChars: [],
    source: '淘宝千牛发布商品页 宝贝标题: 最多 30 个汉字 (60 字符), 不允许半角 <> 与表情符号 (issue 4; seller-center form text)',
    checked: '2026-11-25',
    verified: false,
  },
  tmall: {
    ...CHINESE_BASE,
    platform: 'tmall',
    bannedChars: ['<', '>'],
    repeatExemptWords: [],
    vagueTerms: [],
    contextChars: [],
    source: '天猫商家后台 商品标题: 同淘宝, 30 个汉字 (60 字符) (issue 4)',
    checked: '2026-11-25',
    verified: false,
  },
  pdd: {
    ...CHINESE_BASE,
    platform: 'pdd',
    bannedChars: ['<', '>'],
    repeatExemptWords: [],
    vagueTerms: [],
    contextChars: [],
    source: '拼多多商家后台 商品标题: 60 字符 (汉字计 2) (issue 4)',
    checked: '2026-11-25',
    verified: false,
  },
  douyin: {
    ...CHINESE_BASE,
    platform: 'douyin',
    bannedChars: ['<', '>'],
    repeatExemptWords: [],
    contextChars: [],
    vagueTerms: ['百货', '孤品', '链接', '好物', '专拍', '补差价', '福利'],
    source: '抖店 商品标题规范: ceil(字节/2) ≤ 30, 不得使用模糊标题 (百货、孤品、链接、好物) (issue 4)',
    checked: '2026-11-25',
    verified: false,
  },
  jd: {
    ...CHINESE_BASE,
    platform: 'jd',
    limit: 90,
    idealMin: 70,
    bannedChars: ['<', '>'],
    repeatExemptWords: [],
    vagueTerms: [],
    contextChars: [],
    shortTitle: { limit: 30, pattern: '品牌名+产品词+规格' },
    source: '京东商家后台 商品名称约 45 个汉字; 短标题 = 品牌名+产品词+规格 (issue 4; number not confirmed)',
    checked: '2026-11-25',
    verified: false,
  },
  amazon: {
    platform: 'amazon',
    unit: 'chars',
    limit: 200,
    idealMin: 80,
    bannedChars: ['!', '$', '?', '_', '{', '}', '^', '¬', '¦'],
    contextChars: ['~', '#', '<', '>', '*'],
    banEmoji: true,
    maxWordRepeats: 2,
    repeatExemptWords: AMAZON_REPEAT_EXEMPT,
    vagueTerms: [],
    tokenizedSearch: false,
    searchTermsMaxBytes: 250,
    source:
      'Amazon Seller Central "Product title requirements and guidelines" (help 201100890): ≤ 200 characters with spaces; no ! $ ? _ { } ^ ¬ ¦; ~ # < > * only as identifiers or measurements; no promotional phrases; same word at most twice except prepositions, articles, conjunctions (policy of 2025-01-21). Backend search terms < 250 bytes.',
    checked: '2026-11-25',
    verified: true,
  },
  shopify: {
    platform: 'shopify',
    unit: 'chars',
    limit: 255,
    idealMin: 20,
    recommendedMax: 70,
    bannedChars: [],
    contextChars: [],
    banEmoji: false,
    repeatExemptWords: AMAZON_REPEAT_EXEMPT,
    vagueTerms: [],
    tokenizedSearch: false,
    source:
      'Shopify admin: product title up to 255 characters; Search engine listing page title up to 70 characters, under 60 recommended (Shopify Help "Adding keywords for SEO")',
    checked: '2026-11-25',
    verified: true,
  },
  generic: {
    ...CHINESE_BASE,
    platform: 'generic',
    idealMin: 30,
    bannedChars: [],
    banEmoji: false,
    repeatExemptWords: AMAZON_REPEAT_EXEMPT,
    vagueTerms: [],
    contextChars: [],
    source: 'ListingLint default: 60 units, CJK counts 2 (the most common Chinese marketplace budget)',
    checked: '2026-11-25',
    verified: true,
  },
};

/** What a user may override; everything optional, validated at the boundary. */
export const ruleOverridesSchema = z.strictObject({
  unit: z.optional(z.enum(['bytes', 'chars'])),
  limit: z.optional(z.number().check(z.int(), z.positive(), z.maximum(10_000))),
  idealMin: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(10_000))),
  recommendedMax: z.optional(z.number().check(z.int(), z.positive(), z.maximum(10_000))),
  bannedChars: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(4)))),
  contextChars: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(4)))),
  banEmoji: z.optional(z.boolean()),
  maxWordRepeats: z.optional(z.number().check(z.int(), z.positive(), z.maximum(100))),
  repeatExemptWords: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(40)))),
  vagueTerms: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(40)))),
  tokenizedSearch: z.optional(z.boolean()),
});

export type RuleOverrides = z.input<typeof ruleOverridesSchema>;

export type RulesResult = { ok: true; rules: PlatformTitleRules } | { ok: false; error: string };

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/** The platform's rules with the user's overrides applied; a bad override is a readable error. */
export function resolveRules(platform: Platform, overrides?: unknown): RulesResult {
  const base = PLATFORM_RULES[platform];
  if (overrides === undefined) return { ok: true, rules: base };
  const parsed = ruleOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'overrides';
    return { ok: false, error: `RulesError: ${platform} override ${where}: ${issue?.message ?? 'invalid'}` };
  }
  const rules: PlatformTitleRules = { ...base, ...parsed.data };
  if (rules.idealMin > rules.limit) rules.idealMin = rules.limit;
  return { ok: true, rules };
}

/** Names shown in messages. */
export const PLATFORM_LABELS: Readonly<Record<Platform, { zh: string; en: string }>> = {
  taobao: { zh: '淘宝', en: 'Taobao' },
  tmall: { zh: '天猫', en: 'Tmall' },
  jd: { zh: '京东', en: 'JD' },
  pdd: { zh: '拼多多', en: 'Pinduoduo' },
  douyin: { zh: '抖店', en: 'Douyin shop' },
  amazon: { zh: '亚马逊', en: 'Amazon' },
  shopify: { zh: 'Shopify', en: 'Shopify' },
  generic: { zh: '本平台', en: 'this platform' },
};
