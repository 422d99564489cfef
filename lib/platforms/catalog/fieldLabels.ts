import type { PlatformDefinition } from '../definition';

/** Row labels most Chinese seller back offices use for their listing fields. */
export const CHINESE_FIELD_LABELS: NonNullable<PlatformDefinition['fieldLabels']> = [
  { role: 'title', key: 'title', label: /^(商品|宝贝)?(标题|名称)/ },
  { role: 'bullet', key: 'selling-point', label: /^(商品)?卖点|^推荐语/ },
  { role: 'description', key: 'description', label: /^(商品|宝贝)?(详情|描述)/ },
];

/** Row labels of the English-language marketplaces. */
export const ENGLISH_FIELD_LABELS: NonNullable<PlatformDefinition['fieldLabels']> = [
  { role: 'title', key: 'title', label: /^(product |item |listing )?(name|title)\b/i },
  { role: 'bullet', key: 'key-feature', label: /^(key features?|highlights?|bullet points?)/i },
  { role: 'description', key: 'description', label: /^(product |item |listing )?description/i },
];
