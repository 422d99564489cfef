import { definePlatform } from '../definition';
import { AMAZON_REPEAT_EXEMPT } from './chineseBase';
import { ENGLISH_FIELD_LABELS } from './fieldLabels';

export const etsy = definePlatform({
  id: 'etsy',
  label: { zh: 'Etsy', en: 'Etsy' },
  backOffice: { zh: 'Etsy 店铺管理', en: 'Etsy Shop Manager' },
  title: {
    unit: 'chars',
    limit: 140,
    idealMin: 40,
    bannedChars: ['$', '^', '`'],
    contextChars: [],
    banEmoji: true,
    repeatExemptWords: AMAZON_REPEAT_EXEMPT,
    vagueTerms: [],
    tokenizedSearch: false,
    source:
      'Etsy listing editor: title up to 140 characters; % : & + may each appear once (Etsy Help "How to Create a Listing"; not confirmed against a stored primary source)',
    checked: '2026-12-02',
    verified: false,
  },
  copyFormat: 'amazon-bullets',
  sellerSites: [{ host: 'www.etsy.com', path: '/your/*' }],
  fieldLabels: ENGLISH_FIELD_LABELS,
  demoPages: [],
  samples: { claimed: ['https://www.etsy.com/your/shops/me/listing-editor/create'], notClaimed: ['https://www.etsy.com/listing/123/mug'] },
});
