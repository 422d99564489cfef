import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { jd } from '../platforms/catalog/jd';
import { claimsPlatformUrl } from './urls';

/**
 * JD 京麦 商品发布 / 商品编辑 (shop.jd.com, ware.shop.jd.com):
 * - 商品名称: `#skuName` / `name="skuName"` (品牌名+产品词+规格);
 * - 卖点: one textarea per selling point, `.selling-point`;
 * - 广告词: `#adWord` (ad copy shown under the title);
 * - 促销语: `#promoText`, rendered late after an API call (also `.selling-point`, but it is ad copy).
 */
export const jdAdapter: SiteAdapter = {
  id: 'jd',
  platform: jd.id,
  name: jd.backOffice,
  targets: '京麦 商品发布: #skuName (商品名称), textarea.selling-point (卖点), #adWord (广告词), late #promoText (促销语)',
  claims: (url) => claimsPlatformUrl(jd, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        { selector: '#skuName, [name="skuName"]', role: 'title', key: 'title' },
        { label: /^商品名称/, role: 'title', key: 'title' },
        // Before the selling points: 促销语 carries their class but is ad copy.
        { selector: '#promoText, [name="promoText"]', role: 'ad-copy', key: 'promo-text' },
        { label: /^促销语/, role: 'ad-copy', key: 'promo-text' },
        { selector: '#adWord, [name="adWord"]', role: 'ad-copy', key: 'ad-word' },
        { label: /^广告(词|语)/, role: 'ad-copy', key: 'ad-word' },
        { selector: '.selling-point', role: 'bullet', key: 'selling-point', many: true },
        { label: /^卖点/, role: 'bullet', key: 'selling-point', many: true },
      ],
      'recognized',
    ),
};
