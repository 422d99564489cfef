/**
 * Product categories of the audit context. The category selects rules and messages: 美白 is allowed
 * for registered special cosmetics, a disease name alone is a claim for food, 医用级 on a 保温杯 is a
 * medical claim. Unset means 'general' (general goods).
 */
export const PRODUCT_CATEGORIES = [
  'general', // 普通商品 (default)
  'food', // 普通食品 (incl. tea, drinks)
  'health-food', // 保健食品 (蓝帽子, registered or filed health functions)
  'cosmetics', // 普通化妆品
  'special-cosmetics', // 特殊化妆品 (染发、烫发、祛斑美白、防晒、防脱发, registered)
  'medical-device', // 医疗器械 (械字号)
  'drug', // 药品
  'apparel', // 服装鞋帽
  'electronics', // 数码家电
  'mother-baby', // 母婴
  'pet', // 宠物用品
] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const DEFAULT_PRODUCT_CATEGORY: ProductCategory = 'general';

export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, { zh: string; en: string }> = {
  general: { zh: '普通商品', en: 'General goods' },
  food: { zh: '普通食品', en: 'Ordinary food' },
  'health-food': { zh: '保健食品', en: 'Health food (registered)' },
  cosmetics: { zh: '普通化妆品', en: 'Cosmetics' },
  'special-cosmetics': { zh: '特殊化妆品', en: 'Special cosmetics (registered)' },
  'medical-device': { zh: '医疗器械', en: 'Medical device' },
  drug: { zh: '药品', en: 'Drug' },
  apparel: { zh: '服装鞋帽', en: 'Apparel' },
  electronics: { zh: '数码家电', en: 'Electronics' },
  'mother-baby': { zh: '母婴用品', en: 'Mother & baby' },
  pet: { zh: '宠物用品', en: 'Pet supplies' },
};

export function isProductCategory(value: unknown): value is ProductCategory {
  return typeof value === 'string' && (PRODUCT_CATEGORIES as readonly string[]).includes(value);
}

/** A category from what a catalog column or a page says: an id (health-food) or a label in either language (保健食品); undefined when unknown. */
export function productCategoryFrom(value: string | undefined): ProductCategory | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (isProductCategory(text)) return text;
  const lower = text.toLowerCase();
  return PRODUCT_CATEGORIES.find((id) => PRODUCT_CATEGORY_LABELS[id].zh === text || PRODUCT_CATEGORY_LABELS[id].en.toLowerCase() === lower);
}
