import { fold } from './fold';
import { wordsOf } from './wordMatch';

/**
 * Attributes a title commits to — who it is for, its capacity, weight, size or model — so that keyword
 * hints never propose a word that contradicts them (儿童 for a 女士 title, 1L for a 500ml bottle).
 */

type Audience = 'women' | 'men' | 'kids' | 'elderly' | 'pets';

const AUDIENCE_ZH: ReadonlyArray<[RegExp, Audience[]]> = [
  [/男女(通用|同款)?|情侣|中性|unisex/, ['women', 'men']],
  [/女士|女款|女式|女生|女性|女人|女神|妈妈|孕妇|少女|闺蜜/, ['women']],
  [/男士|男款|男式|男生|男性|男人|爸爸|老公|父亲/, ['men']],
  [/儿童|童款|童装|小孩|孩子|宝宝|婴儿|婴幼儿|幼儿|男童|女童|小学生/, ['kids']],
  [/老人|中老年|老年|银发|爷爷|奶奶/, ['elderly']],
  [/宠物|猫咪|狗狗|猫用|狗用|犬用/, ['pets']],
];
const AUDIENCE_EN: Readonly<Record<string, Audience[]>> = {
  unisex: ['women', 'men'],
  woman: ['women'],
  lady: ['women'],
  ladie: ['women'],
  female: ['women'],
  mom: ['women'],
  man: ['men'],
  male: ['men'],
  mens: ['men'],
  dad: ['men'],
  kid: ['kids'],
  child: ['kids'],
  toddler: ['kids'],
  baby: ['kids'],
  boy: ['kids'],
  girl: ['kids'],
  infant: ['kids'],
  youth: ['kids'],
  senior: ['elderly'],
  elderly: ['elderly'],
  dog: ['pets'],
  cat: ['pets'],
  pet: ['pets'],
};

/** Quantities by dimension, in a base unit, so 1L and 1000ml agree and 500ml and 1L do not. */
const UNITS: ReadonlyArray<{ pattern: string; dimension: string; factor: number }> = [
  { pattern: 'ml|毫升', dimension: 'volume', factor: 1 },
  { pattern: 'l|升', dimension: 'volume', factor: 1000 },
  { pattern: 'fl ?oz|oz|盎司', dimension: 'volume', factor: 29.57 },
  { pattern: 'kg|千克|公斤', dimension: 'mass', factor: 1000 },
  { pattern: 'g|克', dimension: 'mass', factor: 1 },
  { pattern: '斤', dimension: 'mass', factor: 500 },
  { pattern: 'lbs?|磅', dimension: 'mass', factor: 453.6 },
  { pattern: 'mm|毫米', dimension: 'length', factor: 1 },
  { pattern: 'cm|厘米', dimension: 'length', factor: 10 },
  { pattern: 'inch|inches|英寸|寸|in', dimension: 'length', factor: 25.4 },
  { pattern: 'mah|毫安', dimension: 'battery', factor: 1 },
  { pattern: 'w|瓦', dimension: 'power', factor: 1 },
  { pattern: 'gb', dimension: 'storage', factor: 1 },
  { pattern: 'tb', dimension: 'storage', factor: 1024 },
];
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)\\s?(${UNITS.map((unit) => unit.pattern).join('|')})(?![a-z])`, 'gu');
const SIZE_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/特大号|加大号|超大号/, 'xl'],
  [/大号/, 'l'],
  [/中号/, 'm'],
  [/小号|迷你/, 's'],
];

export interface TitleAttributes {
  audience: ReadonlySet<Audience>;
  /** dimension → values in the base unit */
  quantities: ReadonlyMap<string, number[]>;
  sizes: ReadonlySet<string>;
  /** model word → numbers: iphone → ['15'] */
  models: ReadonlyMap<string, string[]>;
}

function unitOf(symbol: string): { dimension: string; factor: number } | undefined {
  return UNITS.find((unit) => new RegExp(`^(?:${unit.pattern})$`, 'u').test(symbol));
}

export function attributesOf(text: string): TitleAttributes {
  const folded = fold(text);
  const audience = new Set<Audience>();
  for (const [pattern, groups] of AUDIENCE_ZH) if (pattern.test(folded)) groups.forEach((group) => audience.add(group));
  const words = wordsOf(text);
  for (const word of words) AUDIENCE_EN[word]?.forEach((group) => audience.add(group));
  // A lone 女/男 beside a product word (保温杯女, 男装) names the audience too.
  if (audience.size === 0) {
    if (/(^|[^男])女(?!童)/.test(folded)) audience.add('women');
    if (/(^|[^女])男(?!童)/.test(folded)) audience.add('men');
  }

  const quantities = new Map<string, number[]>();
  for (const match of folded.matchAll(QUANTITY)) {
    const unit = unitOf(match[2] ?? '');
    if (!unit) continue;
    const values = quantities.get(unit.dimension) ?? [];
    values.push(Number(match[1]) * unit.factor);
    quantities.set(unit.dimension, values);
  }
  const sizes = new Set<string>();
  for (const [pattern, size] of SIZE_WORDS) if (pattern.test(folded)) sizes.add(size);
  const models = new Map<string, string[]>();
  for (const match of folded.matchAll(/([a-z]{3,})\s?(\d{1,4}[a-z]?)(?![\d.]*\s?(?:ml|l|oz|g|kg|mm|cm|w|mah|gb|tb|in)\b)/g)) {
    const word = match[1] ?? '';
    if (!/^(iphone|galaxy|pixel|ipad|macbook|airpods|watch|series|model|mate|redmi|xiaomi|huawei|oneplus|switch|ps)$/.test(word)) continue;
    models.set(word, [...(models.get(word) ?? []), match[2] ?? '']);
  }
  return { audience, quantities, sizes, models };
}

const AUDIENCE_BITS: Readonly<Record<Audience, number>> = { women: 1, men: 2, kids: 4, elderly: 8, pets: 16 };
const SIZE_BITS: Readonly<Record<string, number>> = { xl: 1, l: 2, m: 4, s: 8 };

/** Attributes packed for the per-keystroke check: bit masks, and null when a keyword commits to nothing. */
export interface PackedAttributes {
  audience: number;
  sizes: number;
  quantities: ReadonlyMap<string, number[]> | null;
  models: ReadonlyMap<string, string[]> | null;
  source: TitleAttributes;
}

export function packAttributes(attributes: TitleAttributes): PackedAttributes {
  let audience = 0;
  for (const group of attributes.audience) audience |= AUDIENCE_BITS[group];
  let sizes = 0;
  for (const size of attributes.sizes) sizes |= SIZE_BITS[size] ?? 0;
  return {
    audience,
    sizes,
    quantities: attributes.quantities.size > 0 ? attributes.quantities : null,
    models: attributes.models.size > 0 ? attributes.models : null,
    source: attributes,
  };
}

/** Fast test of `contradiction(...) !== null` on packed attributes. */
export function contradicts(title: PackedAttributes, keyword: PackedAttributes): boolean {
  if (keyword.audience !== 0 && title.audience !== 0 && (keyword.audience & title.audience) === 0) return true;
  if (keyword.sizes !== 0 && title.sizes !== 0 && (keyword.sizes & title.sizes) === 0) return true;
  if (keyword.quantities === null && keyword.models === null) return false;
  return contradictionOf(title.source, keyword.source) !== null;
}

const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(a, b) * 0.05;

export interface Contradiction {
  kind: 'audience' | 'quantity' | 'size' | 'model';
  reason: { zh: string; en: string };
}

/** Why a keyword contradicts what the title says about the product, or null when it fits. */
export function contradiction(title: TitleAttributes, keyword: string, wanted: TitleAttributes = attributesOf(keyword)): Contradiction | null {
  return contradictionOf(title, wanted, keyword);
}

function contradictionOf(title: TitleAttributes, wanted: TitleAttributes, keyword = ''): Contradiction | null {
  if (wanted.audience.size > 0 && title.audience.size > 0 && ![...wanted.audience].some((group) => title.audience.has(group)))
    return { kind: 'audience', reason: { zh: `“${keyword}”面向的人群和标题不一致。`, en: `"${keyword}" is for a different audience than the title.` } };
  for (const [dimension, values] of wanted.quantities) {
    const own = title.quantities.get(dimension);
    if (own && !values.some((value) => own.some((mine) => close(value, mine))))
      return { kind: 'quantity', reason: { zh: `“${keyword}”的规格和标题里的不同。`, en: `"${keyword}" names a different size or capacity than the title.` } };
  }
  if (wanted.sizes.size > 0 && title.sizes.size > 0 && ![...wanted.sizes].some((size) => title.sizes.has(size)))
    return { kind: 'size', reason: { zh: `“${keyword}”的尺码和标题不一致。`, en: `"${keyword}" names a different size than the title.` } };
  for (const [word, numbers] of wanted.models) {
    const own = title.models.get(word);
    if (own && !numbers.some((number) => own.includes(number)))
      return { kind: 'model', reason: { zh: `“${keyword}”是另一个型号。`, en: `"${keyword}" is a different model.` } };
  }
  return null;
}

/** Keywords that differ only in order, spacing or plural form (保温杯 女 / 女保温杯) share a variant key. */
export function variantKey(keyword: string): string {
  const folded = fold(keyword);
  if (/[\p{Script=Han}]/u.test(folded)) return [...folded.replace(/\s+/g, '')].sort().join('');
  return [...new Set(wordsOf(keyword))].sort().join(' ');
}
