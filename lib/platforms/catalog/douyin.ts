import { definePlatform } from '../definition';
import { CHINESE_TITLE_BASE } from './chineseBase';

export const douyin = definePlatform({
  id: 'douyin',
  label: { zh: '抖店', en: 'Douyin shop' },
  backOffice: { zh: '抖店', en: 'Douyin Shop' },
  title: {
    ...CHINESE_TITLE_BASE,
    vagueTerms: ['百货', '孤品', '链接', '好物', '专拍', '补差价', '福利'],
    source: '抖店 商品标题规范: ceil(字节/2) ≤ 30, 不得使用模糊标题 (百货、孤品、链接、好物) (issue 4)',
    checked: '2026-11-25',
    verified: false,
  },
  copyFormat: 'douyin-script',
  sellerSites: [{ host: 'fxg.jinritemai.com' }],
  demoPages: ['spa.html'],
  samples: {
    claimed: ['https://fxg.jinritemai.com/ffa/g/create?type=1'],
    notClaimed: ['https://haohuo.jinritemai.com/views/product/item2?id=1'],
  },
});
