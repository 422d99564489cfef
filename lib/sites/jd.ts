import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { jd } from '../platforms/catalog/jd';
import { claimsPlatformUrl } from './urls';

/**
 * JD 京麦 商品发布 / 商品编辑. Today's publish page is https://ware-jdm.jd.com/productLauchNew/productLauchNew?source=1,
 * a Vue app with generated ids (`rc-id-<n>-<idx>`), so nothing is found by id: each field is a
 * `.rcd-form-item` row (label `.rcd-form-item__label`, control under `.rcd-form-item__content` in a
 * `.rcd-input__wrapper`), the title row sitting in a `.shop-title` block labelled 商品标题.
 * - 商品标题 / 商品名称 (品牌名+产品词+规格): title;
 * - 卖点: one textarea per selling point (bullets); 广告词 / 广告语 and 促销语: ad copy.
 * The `#skuName`, `#adWord`, `#promoText`, `.selling-point` ids of the bundled demo page (tests/demo/pages/jd.html)
 * have no public trace; they stay as a second way in for that page only.
 *
 * Evidence (public code seen 2026-12-02): a Puppeteer publish script's taskData.js with targetPage
 * "https://ware-jdm.jd.com/productLauchNew/productLauchNew?source=1" and the title selector
 * `... div.shop-title ... > div.rcd-form-item.is-required > div.rcd-form-item__content ... div.rcd-input__wrapper`,
 * targetText "商品标题" (find_string "rcd-form-item" / "ware-jdm.jd.com", file ids 48469123887, 48551774093).
 */
export const jdAdapter: SiteAdapter = {
  id: 'jd',
  platform: jd.id,
  name: jd.backOffice,
  targets: 'ware-jdm 商品发布: .rcd-form-item rows by label — .shop-title 商品标题/商品名称 (title), 卖点 (bullets), 广告词/促销语 (ad copy)',
  claims: (url) => claimsPlatformUrl(jd, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        { selector: '.shop-title .rcd-form-item, #skuName, [name="skuName"]', role: 'title', key: 'title' },
        { label: /^商品(名称|标题)/, role: 'title', key: 'title' },
        // Before the selling points: 促销语 carries their class on the demo but is ad copy.
        { selector: '#promoText, [name="promoText"]', role: 'ad-copy', key: 'promo-text' },
        { label: /^促销语/, role: 'ad-copy', key: 'promo-text' },
        { selector: '#adWord, [name="adWord"]', role: 'ad-copy', key: 'ad-word' },
        { label: /^广告(词|语)/, role: 'ad-copy', key: 'ad-word' },
        { selector: '.selling-point', role: 'bullet', key: 'selling-point', many: true },
        { label: /^(商品)?卖点/, role: 'bullet', key: 'selling-point', many: true },
      ],
      'recognized',
    ),
};
