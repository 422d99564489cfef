import type { FieldRole } from '../lexicon/schema';
import type { FieldTexts } from './labels';
import { isTextControl } from './editable';

/**
 * Guessing a field's role from the words around it, for pages no selector knows. Each text is tried
 * in order (label first, name attribute last); the first text that says anything decides.
 */

/** Fields that hold data, not listing copy: price, stock, SKU, brand, contact details, site search. */
const NOT_LISTING_TEXT =
  /价格|一口价|售价|库存|货号|条码|编码|品牌|运费|重量|邮箱|电话|手机|地址|密码|验证码|链接|网址|搜索(?!词|关键)|\bprice\b|\bstock\b|quantity|\bsku\b|barcode|\bgtin\b|\bupc\b|\bean\b|\bbrand\b|e-?mail|phone|address|password|\burl\b|\blink\b|\bsearch\b(?!\s*terms?)|^q$/i;

/** Checked in this order: '广告标题' is ad copy, '卖点描述' a bullet, 'Search Terms' not a title. */
const ROLE_WORDS: ReadonlyArray<{ role: FieldRole; words: RegExp }> = [
  { role: 'search-terms', words: /搜索词|关键词|关键字|search\s*terms?|keywords?/i },
  { role: 'ad-copy', words: /广告|推荐语|宣传语|促销语|口播|slogan|tagline|\bads?\b|advert|promo/i },
  { role: 'bullet', words: /卖点|要点|亮点|bullet|selling|\bfeatures?\b|highlights?/i },
  { role: 'description', words: /详情|描述|介绍|正文|文案|description|\bdesc\b|\bdetails?\b|\bbody\b/i },
  { role: 'title', words: /标题|名称|品名|\btitle\b|\bname\b/i },
];

/** A "12/60" counter next to a single-line input marks a length-limited title. */
const COUNTER = /(?:^|\D)(\d{1,3})\s*\/\s*(\d{2,3})(?!\d)/;
const TITLE_LIMIT = { min: 10, max: 200 };

export type RoleEvidence = 'keyword' | 'length-hint' | 'default';

export interface RoleGuess {
  role: FieldRole;
  evidence: RoleEvidence;
}

function roleFromWords(text: string): FieldRole | 'not-listing-text' | null {
  if (NOT_LISTING_TEXT.test(text)) return 'not-listing-text';
  for (const { role, words } of ROLE_WORDS) if (words.test(text)) return role;
  return null;
}

/**
 * @param nearbyText text of the field's row (excluding other fields), where a length counter would be
 * @returns null when the field is not listing text at all (price, brand, a search box…)
 */
export function guessRole(field: HTMLElement, texts: FieldTexts, nearbyText: string): RoleGuess | null {
  for (const text of [...texts.shown, ...texts.attributes]) {
    const role = roleFromWords(text);
    if (role === 'not-listing-text') return null;
    if (role) return { role, evidence: 'keyword' };
  }
  if (isTextControl(field) && field.tagName === 'INPUT') {
    const maxLength = Number(field.getAttribute('maxlength') ?? NaN);
    const counter = COUNTER.exec(nearbyText);
    const limit = counter?.[2] ? Number(counter[2]) : maxLength;
    if (limit >= TITLE_LIMIT.min && limit <= TITLE_LIMIT.max) return { role: 'title', evidence: 'length-hint' };
  }
  return { role: 'description', evidence: 'default' };
}
