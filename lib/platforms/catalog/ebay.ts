import { definePlatform } from '../definition';
import { LATIN_TITLE_BASE } from './chineseBase';
import { ENGLISH_FIELD_LABELS } from './fieldLabels';

/** The listing tool lives on the buyer host, under /sl/ (Seller Hub listing) and /lstng. */
const SITES = ['www.ebay.com', 'www.ebay.co.uk', 'www.ebay.de', 'www.ebay.com.au', 'www.ebay.ca'];

export const ebay = definePlatform({
  id: 'ebay',
  label: { zh: 'eBay', en: 'eBay' },
  backOffice: { zh: 'eBay 刊登', en: 'eBay listing' },
  title: {
    ...LATIN_TITLE_BASE,
    limit: 80,
    idealMin: 65,
    source:
      'eBay Catalog Best Practices Guide, Title guidelines (developer.ebay.com): titles should not exceed 80 characters; no prohibited or promotional words',
    checked: '2026-12-02',
    verified: true,
  },
  copyFormat: 'amazon-bullets',
  sellerSites: SITES.flatMap((host) => [
    { host, path: '/sl/*' },
    { host, path: '/lstng*' },
  ]),
  fieldLabels: ENGLISH_FIELD_LABELS,
  demoPages: [],
  samples: {
    claimed: ['https://www.ebay.com/sl/prelist/suggest', 'https://www.ebay.com/lstng?mode=AddItem', 'https://www.ebay.de/sl/list'],
    notClaimed: ['https://www.ebay.com/itm/123', 'https://www.ebay.com/'],
  },
});
