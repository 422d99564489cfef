import { definePlatform } from '../definition';
import { CHINESE_TITLE_BASE } from './chineseBase';
import { CHINESE_FIELD_LABELS } from './fieldLabels';

export const kuaishou = definePlatform({
  id: 'kuaishou',
  label: { zh: '快手小店', en: 'Kuaishou shop' },
  backOffice: { zh: '快手小店', en: 'Kuaishou shop' },
  title: {
    ...CHINESE_TITLE_BASE,
    vagueTerms: ['链接', '专拍', '补差价', '福利'],
    source: '快手小店商品发布: 商品标题 60 字符 (汉字计 2), 不得使用模糊标题 (limit not confirmed against the seller centre)',
    checked: '2026-12-02',
    verified: false,
  },
  copyFormat: 'douyin-script',
  sellerSites: [{ host: 's.kwaixiaodian.com' }],
  fieldLabels: CHINESE_FIELD_LABELS,
  demoPages: [],
  samples: { claimed: ['https://s.kwaixiaodian.com/zone/goods/add'], notClaimed: ['https://www.kuaishou.com/'] },
});
