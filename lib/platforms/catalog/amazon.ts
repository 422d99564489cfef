import { definePlatform } from '../definition';
import { AMAZON_REPEAT_EXEMPT } from './chineseBase';

/** Seller Central marketplace domains (sellercentral.amazon.<domain>). */
const MARKETPLACES = [
  'com',
  'ca',
  'com.mx',
  'com.br',
  'co.uk',
  'de',
  'fr',
  'it',
  'es',
  'nl',
  'se',
  'pl',
  'com.be',
  'ie',
  'com.tr',
  'ae',
  'sa',
  'eg',
  'in',
  'co.jp',
  'com.au',
  'sg',
  'co.za',
];
/** Vendor Central, where brand owners who sell to Amazon edit the same listing attributes. */
const VENDOR_MARKETPLACES = ['com', 'ca', 'co.uk', 'de', 'fr', 'it', 'es', 'co.jp', 'com.au', 'in'];

export const amazon = definePlatform({
  id: 'amazon',
  label: { zh: '亚马逊', en: 'Amazon' },
  backOffice: { zh: '亚马逊卖家平台', en: 'Amazon Seller Central' },
  title: {
    unit: 'chars',
    limit: 200,
    idealMin: 80,
    bannedChars: ['!', '$', '?', '_', '{', '}', '^', '¬', '¦'],
    contextChars: ['~', '#', '<', '>', '*'],
    banEmoji: true,
    maxWordRepeats: 2,
    repeatExemptWords: AMAZON_REPEAT_EXEMPT,
    vagueTerms: [],
    tokenizedSearch: false,
    searchTermsMaxBytes: 250,
    source:
      'Amazon Seller Central "Product title requirements and guidelines" (help 201100890): ≤ 200 characters with spaces; no ! $ ? _ { } ^ ¬ ¦; ~ # < > * only as identifiers or measurements; no promotional phrases; same word at most twice except prepositions, articles, conjunctions (policy of 2025-01-21). Backend search terms < 250 bytes.',
    checked: '2026-11-25',
    verified: true,
  },
  copyFormat: 'amazon-bullets',
  sellerSites: [
    ...MARKETPLACES.map((domain) => ({ host: `sellercentral.amazon.${domain}` })),
    { host: 'sellercentral-europe.amazon.com' },
    { host: 'sellercentral-japan.amazon.com' },
    ...VENDOR_MARKETPLACES.map((domain) => ({ host: `vendorcentral.amazon.${domain}` })),
  ],
  demoPages: ['amazon.html'],
  samples: {
    claimed: [
      'https://sellercentral.amazon.com/abis/listing/create?productType=BOTTLE',
      'https://sellercentral.amazon.fr/abis/listing/edit?sku=X',
      'https://sellercentral-japan.amazon.com/abis/listing/create',
      'https://vendorcentral.amazon.de/abis/listing/create',
      // Every marketplace sellers use (issue 21), one sample each.
      ...['fr', 'it', 'es', 'nl', 'se', 'pl', 'com.tr', 'in', 'com.au', 'com.mx', 'com.br', 'ae', 'sa', 'sg'].map(
        (domain) => `https://sellercentral.amazon.${domain}/abis/listing/create`,
      ),
      'https://vendorcentral.amazon.com/abis/listing/edit?asin=B000000000',
    ],
    notClaimed: ['https://www.amazon.com/dp/B000000000', 'https://sellercentral.amazon.evil.com/', 'https://amazon.com.example.org/'],
  },
});
