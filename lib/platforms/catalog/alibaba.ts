import { definePlatform } from '../definition';
import { CHINESE_TITLE_BASE } from './chineseBase';

/** Back-office hosts; the buyer side (item.taobao.com, detail.tmall.com, s.taobao.com) is never claimed. */
const SELLER_SUBDOMAIN = /^(item\.publish|item\.upload|upload|publish|sell|myseller|qn|seller)\./;
const SELLER_PATH = /\/sell\/|publish|upload/;

function isSellerPage(url: URL, domain: string): boolean {
  const subdomain = url.hostname.slice(0, -domain.length);
  return SELLER_SUBDOMAIN.test(subdomain) || (subdomain !== 'item.' && subdomain !== 'detail.' && SELLER_PATH.test(url.pathname));
}

export const taobao = definePlatform({
  id: 'taobao',
  label: { zh: '淘宝', en: 'Taobao' },
  backOffice: { zh: '淘宝', en: 'Taobao' },
  title: {
    ...CHINESE_TITLE_BASE,
    source: '淘宝千牛发布商品页 宝贝标题: 最多 30 个汉字 (60 字符), 不允许半角 <> 与表情符号 (issue 4; seller-center form text)',
    checked: '2026-11-25',
    verified: false,
  },
  copyFormat: 'taobao-detail',
  sellerSites: [{ host: '*.taobao.com', refine: (url) => isSellerPage(url, 'taobao.com') }],
  demoPages: ['taobao.html', 'detail.html', 'detail-frame.html'],
  samples: {
    claimed: [
      'https://item.publish.taobao.com/sell/publish.htm?catId=50012345',
      'https://upload.taobao.com/auction/publish/publish.htm',
      'https://myseller.taobao.com/home.htm',
      'https://item.upload.taobao.com/sell/v2/publish.htm?catId=1',
      'https://sell.xiangqing.taobao.com/editor/pc',
    ],
    notClaimed: [
      'https://item.taobao.com/item.htm?id=1',
      'https://s.taobao.com/search?q=%E4%BF%9D%E6%B8%A9%E6%9D%AF',
      'http://item.publish.taobao.com/sell/publish.htm',
    ],
  },
});

/** Tmall shares Taobao's publish page structure; only the host (and so the platform rules) differ. */
export const tmall = definePlatform({
  id: 'tmall',
  label: { zh: '天猫', en: 'Tmall' },
  backOffice: { zh: '天猫', en: 'Tmall' },
  title: {
    ...CHINESE_TITLE_BASE,
    source: '天猫商家后台 商品标题: 同淘宝, 30 个汉字 (60 字符) (issue 4)',
    checked: '2026-11-25',
    verified: false,
  },
  copyFormat: 'taobao-detail',
  sellerSites: [{ host: '*.tmall.com', refine: (url) => isSellerPage(url, 'tmall.com') }],
  demoPages: [],
  samples: {
    claimed: ['https://item.upload.tmall.com/sell/v2/publish.htm', 'https://sell.publish.tmall.com/tmall/publish.htm?catId=50011674'],
    notClaimed: ['https://detail.tmall.com/item.htm?id=1'],
  },
});
