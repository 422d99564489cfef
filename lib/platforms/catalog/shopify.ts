import { definePlatform } from '../definition';
import { AMAZON_REPEAT_EXEMPT } from './chineseBase';

export const shopify = definePlatform({
  id: 'shopify',
  label: { zh: 'Shopify', en: 'Shopify' },
  backOffice: { zh: 'Shopify 后台', en: 'Shopify admin' },
  title: {
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
  copyFormat: 'shopify-description',
  sellerSites: [{ host: 'admin.shopify.com' }, { host: '*.myshopify.com', path: '/admin/*' }],
  demoPages: [],
  samples: {
    claimed: ['https://admin.shopify.com/store/demo/products/new', 'https://demo-store.myshopify.com/admin/products/1'],
    notClaimed: ['https://demo-store.myshopify.com/products/mug', 'https://www.shopify.com/'],
  },
});
