import { definePlatform } from '../definition';
import { AMAZON_REPEAT_EXEMPT } from './chineseBase';
import { ENGLISH_FIELD_LABELS } from './fieldLabels';

export const tiktok = definePlatform({
  id: 'tiktok',
  label: { zh: 'TikTok Shop', en: 'TikTok Shop' },
  backOffice: { zh: 'TikTok Shop 卖家中心', en: 'TikTok Shop Seller Center' },
  title: {
    unit: 'chars',
    limit: 255,
    idealMin: 40,
    recommendedMax: 80,
    bannedChars: [],
    contextChars: [],
    banEmoji: true,
    repeatExemptWords: AMAZON_REPEAT_EXEMPT,
    vagueTerms: [],
    tokenizedSearch: false,
    source:
      'TikTok Shop Academy "Product Titles, Descriptions, Images & Videos" (seller-vn.tiktok.com, 2025-10-18): no promotions, seller names, URLs, symbols or special characters; length 25–255 characters per seller-centre form, third-party guides give 25–200 (limit not confirmed)',
    checked: '2026-12-02',
    verified: false,
  },
  copyFormat: 'amazon-bullets',
  sellerSites: [{ host: '*.tiktok.com', refine: (url) => /^seller(-[a-z]{2})?\.tiktok\.com$/.test(url.hostname) }, { host: 'seller.tiktokglobalshop.com' }],
  fieldLabels: ENGLISH_FIELD_LABELS,
  demoPages: [],
  samples: {
    claimed: ['https://seller-us.tiktok.com/product/create', 'https://seller.tiktokglobalshop.com/product/create'],
    notClaimed: ['https://www.tiktok.com/@shop', 'https://seller-us-accounts.tiktok.com/'],
  },
});
