import { definePlatform } from '../definition';
import { AMAZON_REPEAT_EXEMPT, CHINESE_TITLE_BASE } from './chineseBase';

/** Any page the user enables: no seller sites of its own; reached through "enable on this site". */
export const generic = definePlatform({
  id: 'generic',
  label: { zh: '本平台', en: 'this platform' },
  backOffice: { zh: '其他网站', en: 'Other site' },
  title: {
    ...CHINESE_TITLE_BASE,
    idealMin: 30,
    bannedChars: [],
    banEmoji: false,
    repeatExemptWords: AMAZON_REPEAT_EXEMPT,
    source: 'ListingLint default: 60 units, CJK counts 2 (the most common Chinese marketplace budget)',
    checked: '2026-11-25',
    verified: true,
  },
  copyFormat: 'generic',
  sellerSites: [],
  demoPages: [],
  samples: { claimed: [], notClaimed: [] },
});
