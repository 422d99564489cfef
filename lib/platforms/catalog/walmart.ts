import { definePlatform } from '../definition';
import { AMAZON_REPEAT_EXEMPT } from './chineseBase';
import { ENGLISH_FIELD_LABELS } from './fieldLabels';

export const walmart = definePlatform({
  id: 'walmart',
  label: { zh: '沃尔玛', en: 'Walmart' },
  backOffice: { zh: '沃尔玛卖家中心', en: 'Walmart Seller Center' },
  title: {
    unit: 'chars',
    limit: 150,
    idealMin: 50,
    recommendedMax: 75,
    bannedChars: ['~', '!', '*', '$'],
    contextChars: [],
    banEmoji: true,
    maxWordRepeats: 2,
    repeatExemptWords: AMAZON_REPEAT_EXEMPT,
    vagueTerms: [],
    tokenizedSearch: false,
    source:
      'Walmart Marketplace Learn "Product details policy" (updated 2025-07-15): titles not exceeding 150 characters; no all caps or special characters (~ ! * $); no promotional claims or repeated keywords. 50–75 characters read best.',
    checked: '2026-12-02',
    verified: true,
  },
  copyFormat: 'amazon-bullets',
  sellerSites: [{ host: 'seller.walmart.com' }],
  fieldLabels: ENGLISH_FIELD_LABELS,
  demoPages: [],
  samples: { claimed: ['https://seller.walmart.com/items-and-inventory/add-items'], notClaimed: ['https://www.walmart.com/ip/123'] },
});
