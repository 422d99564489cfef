import { definePlatform } from '../definition';
import { LATIN_TITLE_BASE } from './chineseBase';
import { ENGLISH_FIELD_LABELS } from './fieldLabels';

/** Shopee Seller Centre per market; seller.shopee.cn is the cross-border (CNSC) centre. */
const MARKETS = ['cn', 'sg', 'com.my', 'co.th', 'tw', 'co.id', 'ph', 'vn', 'com.br', 'com.mx'];

export const shopee = definePlatform({
  id: 'shopee',
  label: { zh: 'Shopee', en: 'Shopee' },
  backOffice: { zh: 'Shopee 卖家中心', en: 'Shopee Seller Centre' },
  title: {
    ...LATIN_TITLE_BASE,
    limit: 120,
    idealMin: 40,
    source: 'Shopee Seller Centre product name: up to 120 characters (most markets; some set 100 or 255) (not confirmed against a primary source)',
    checked: '2026-12-02',
    verified: false,
  },
  copyFormat: 'amazon-bullets',
  sellerSites: MARKETS.map((market) => ({ host: `seller.shopee.${market}` })),
  fieldLabels: ENGLISH_FIELD_LABELS,
  demoPages: [],
  samples: {
    claimed: ['https://seller.shopee.cn/portal/product/new', 'https://seller.shopee.sg/portal/product/new'],
    notClaimed: ['https://shopee.sg/product/1/2'],
  },
});
