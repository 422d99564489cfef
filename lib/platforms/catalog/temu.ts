import { definePlatform } from '../definition';
import { LATIN_TITLE_BASE } from './chineseBase';
import { CHINESE_FIELD_LABELS, ENGLISH_FIELD_LABELS } from './fieldLabels';

export const temu = definePlatform({
  id: 'temu',
  label: { zh: 'Temu', en: 'Temu' },
  backOffice: { zh: 'Temu 卖家中心', en: 'Temu Seller Center' },
  title: {
    ...LATIN_TITLE_BASE,
    limit: 250,
    idealMin: 40,
    source: 'Temu 卖家中心 (seller.kuajingmaihuo.com / agentseller.temu.com) 商品英文名称: up to 250 characters (not confirmed against a primary source)',
    checked: '2026-12-02',
    verified: false,
  },
  copyFormat: 'amazon-bullets',
  sellerSites: [{ host: 'seller.kuajingmaihuo.com' }, { host: 'agentseller.temu.com' }, { host: 'seller.temu.com' }],
  fieldLabels: [...CHINESE_FIELD_LABELS, ...ENGLISH_FIELD_LABELS],
  demoPages: [],
  samples: {
    claimed: ['https://seller.kuajingmaihuo.com/goods/create', 'https://agentseller.temu.com/goods/create'],
    notClaimed: ['https://www.temu.com/goods.html'],
  },
});
