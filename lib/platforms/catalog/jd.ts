import { definePlatform } from '../definition';
import { CHINESE_TITLE_BASE } from './chineseBase';

/** 京麦 / 商家后台 hosts under jd.com; ware-jdm is today's 商品发布 (productLauchNew). */
const SELLER_SUBDOMAIN = /^(shop|ware\.shop|ware|ware-jdm|jmall|jm|jdm|fw)\.$/;

export const jd = definePlatform({
  id: 'jd',
  label: { zh: '京东', en: 'JD' },
  backOffice: { zh: '京东', en: 'JD.com' },
  title: {
    ...CHINESE_TITLE_BASE,
    limit: 90,
    idealMin: 70,
    shortTitle: { limit: 30, pattern: '品牌名+产品词+规格' },
    source: '京东商家后台 商品名称约 45 个汉字; 短标题 = 品牌名+产品词+规格 (issue 4; number not confirmed)',
    checked: '2026-11-25',
    verified: false,
  },
  copyFormat: 'jd-detail',
  sellerSites: [{ host: '*.jd.com', refine: (url) => SELLER_SUBDOMAIN.test(url.hostname.slice(0, -'jd.com'.length)) }],
  demoPages: ['jd.html'],
  samples: {
    claimed: ['https://ware-jdm.jd.com/productLauchNew/productLauchNew?source=1', 'https://shop.jd.com/jdm/home', 'https://ware.shop.jd.com/rest/ware/add'],
    notClaimed: ['https://item.jd.com/100012345678.html', 'https://search.jd.com/Search?keyword=x'],
  },
});
