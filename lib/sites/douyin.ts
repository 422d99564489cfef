import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { douyin } from '../platforms/catalog/douyin';
import { claimsPlatformUrl } from './urls';

/**
 * Douyin shop 抖店 商品创建 (fxg.jinritemai.com/ffa/g/create), a SPA whose routes re-render the form. Rows carry
 * their name as `attr-field-id` (商品标题, 商品详情, 价格与库存…) inside `#goodsEditScrollContainer…`.
 * - 商品标题: `#pg-title-input` inside `[attr-field-id="商品标题"]`;
 * - 推荐语 / 商品卖点 (ad copy under the title), 商品详情 text, 直播口播文案: by their row name or label.
 * The `#product-title`, `#product-subtitle`, `#product-copy`, `#live-script` ids have no public trace
 * and were dropped.
 *
 * Evidence (public code seen 2026-12-02): publish automations filling `#pg-title-input` after
 * goto("https://fxg.jinritemai.com/ffa/g/create") (find_string "pg-title-input", file ids 55826141426,
 * 51910997968, 58049137915); a DOM snapshot script reading `[attr-field-id="商品标题"]` then
 * `#pg-title-input || titleField.querySelector('input, textarea')`, with anchors 商品详情, 商品规格… as
 * `attr-field-id` values (file id 70768659636).
 */
export const douyinAdapter: SiteAdapter = {
  id: 'douyin',
  platform: douyin.id,
  name: douyin.backOffice,
  targets: '抖店 商品创建: #pg-title-input in [attr-field-id=商品标题]; rows [attr-field-id] 推荐语 / 商品详情 / 口播',
  claims: (url) => claimsPlatformUrl(douyin, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        { selector: '#pg-title-input, [attr-field-id="商品标题"]', role: 'title', key: 'title' },
        { label: /^商品标题/, role: 'title', key: 'title' },
        { selector: '[attr-field-id="推荐语"], [attr-field-id="商品卖点"]', role: 'ad-copy', key: 'recommendation' },
        { label: /^(商品)?(推荐语|卖点)/, role: 'ad-copy', key: 'recommendation' },
        { selector: '[attr-field-id="商品详情"]', role: 'description', key: 'description' },
        { label: /^商品详情/, role: 'description', key: 'description' },
        { label: /口播/, role: 'ad-copy', key: 'live-script' },
      ],
      'recognized',
    ),
};
