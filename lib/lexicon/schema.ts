// zod/mini: lexicons are validated in the content script, where full zod would cost ~90 KB gzipped.
import * as z from 'zod/mini';
import { PLATFORMS } from '../types';
import { PRODUCT_CATEGORIES } from '../compliance/productCategory';

/**
 * The lexicon file format (public/lexicons/*.json). Every file is parsed with
 * `lexiconFileSchema` at load time; a file that fails is reported and skipped.
 */
export const TERM_CATEGORIES = [
  'absolute', // 广告法第九条第三项: 最/第一/国家级/唯一…
  'state-authority', // 第九条第二项: 国家机关、国家机关工作人员的名义或形象
  'superstition', // 第九条第八项: 封建迷信
  'medical', // 第十六、十七条: 非药品的医疗用语、疾病治疗功能
  'health-food', // 第十八条 / 食品安全法: 普通食品保健功能
  'cosmetics', // 化妆品监督管理条例, 化妆品标签管理办法: 药妆、医学护肤…
  'trademark', // 商标法第十四条: 驰名商标
  'quality-cert', // 产品质量法: 免检; 认证标志
  'urgency', // 虚假紧迫、诱导: 万人疯抢、抢爆…
  'price', // 价格法, 明码标价和禁止价格欺诈规定: 原价、最低价
  'marketplace-restricted', // Amazon / platform restricted claims: best seller, #1, FDA approved…
  'promotional', // promotional phrases banned in titles: free shipping, sale…
  'pesticide-claim', // antibacterial/antimicrobial (EPA FIFRA) and similar
  'disparagement', // 广告法第十三条: 贬低其他生产经营者的商品或者服务 (碾压、吊打、比同类更…、大牌平替)
  'custom', // the user's own terms
] as const;
export type TermCategory = (typeof TERM_CATEGORIES)[number];

/** Where a term applies: anywhere, or only in some field roles (e.g. promotional phrases in titles). */
export const FIELD_ROLES = ['title', 'bullet', 'description', 'ad-copy', 'search-terms'] as const;
export type FieldRole = (typeof FIELD_ROLES)[number];

const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const nonEmpty = z.string().check(z.trim(), z.minLength(1));
const list = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), []);

const severitySchema = z.enum(['error', 'warning', 'info']);

/**
 * A product-category override: when the audit's category is in `productCategories` (or, if that is
 * empty, not in `exceptProductCategories`), the term is skipped or reported with another rule,
 * severity or message. The first override that applies wins.
 */
export const termWhenSchema = z.strictObject({
  productCategories: list(z.enum(PRODUCT_CATEGORIES)),
  exceptProductCategories: list(z.enum(PRODUCT_CATEGORIES)),
  skip: z.optional(z.boolean()),
  category: z.optional(z.enum(TERM_CATEGORIES)),
  severity: z.optional(severitySchema),
  message: z.optional(z.object({ zh: trimmed(300), en: trimmed(300) })),
});

export const termSchema = z.strictObject({
  /** Canonical surface form, written as a seller would (simplified Chinese / lower or natural case English). */
  text: trimmed(64),
  /** Other surface forms matched as the same term (NO1, 第1, No.1 …); normalization already covers width, case, script and noise. */
  variants: list(trimmed(64)),
  category: z.enum(TERM_CATEGORIES),
  severity: severitySchema,
  /** Legal or platform basis shown on every finding, e.g. '《广告法》第九条第三项'. */
  basis: trimmed(200),
  /** Optional explanation overriding the category's default message (zh-CN first). */
  message: z.optional(z.object({ zh: trimmed(300), en: trimmed(300) })),
  /** Replacement texts, best first; '' means delete the term. */
  suggestions: list(z.string().check(z.maxLength(64))),
  /**
   * Allowed contexts: literal strings that contain the term (最近, 第一次, 首饰, 万能表). A hit lying
   * inside an occurrence of one of these in the normalized text is not reported.
   */
  exceptions: list(trimmed(64)),
  /** Allowed contexts as regular expressions (JS source, matched on normalized text around the hit). */
  exceptionPatterns: list(trimmed(200)),
  /** Platforms the term applies to; empty = all platforms. */
  platforms: list(z.enum(PLATFORMS)),
  /** Field roles the term applies to; empty = every field. */
  fields: list(z.enum(FIELD_ROLES)),
  lang: z.enum(['zh', 'en']),
  /** Product-category overrides (美白 allowed for special cosmetics, 医用级 outside cosmetics is a medical claim). */
  when: z.optional(z.array(termWhenSchema)),
});

export const lexiconFileSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes')),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'semantic version like 1.0.0')),
  name: z.object({ zh: nonEmpty, en: nonEmpty }),
  /** Where the terms come from: laws, guidelines, platform rules, with the date checked. */
  source: trimmed(2000),
  terms: z.array(termSchema).check(z.minLength(1)),
});

export type LexiconTerm = z.output<typeof termSchema>;
export type TermWhen = z.output<typeof termWhenSchema>;
export type LexiconTermInput = z.input<typeof termSchema>;
export type Lexicon = z.output<typeof lexiconFileSchema>;
