import { definePlatform } from '../definition';
import { CHINESE_TITLE_BASE } from './chineseBase';

export const pdd = definePlatform({
  id: 'pdd',
  label: { zh: '拼多多', en: 'Pinduoduo' },
  backOffice: { zh: '拼多多', en: 'Pinduoduo' },
  title: {
    ...CHINESE_TITLE_BASE,
    source: '拼多多商家后台 商品标题: 60 字符 (汉字计 2) (issue 4)',
    checked: '2026-11-25',
    verified: false,
  },
  copyFormat: 'pdd-detail',
  // The whole seller back office is one SPA: claim it all so navigating to goods edit needs no reload.
  sellerSites: [{ host: 'mms.pinduoduo.com' }],
  demoPages: [],
  samples: {
    claimed: ['https://mms.pinduoduo.com/goods/goods_add/index?type=1', 'https://mms.pinduoduo.com/home/'],
    notClaimed: ['https://mobile.yangkeduo.com/goods.html?goods_id=1', 'https://www.pinduoduo.com/'],
  },
});
