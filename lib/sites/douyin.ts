import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { douyin } from '../platforms/catalog/douyin';
import { claimsPlatformUrl } from './urls';

/**
 * Douyin shop 抖店 商品创建 (fxg.jinritemai.com/ffa/g/create), a SPA whose routes re-render the form:
 * - 商品标题 `#product-title`; 推荐语 `#product-subtitle` (ad copy under the title);
 * - 商品详情文案 `#product-copy`; 直播口播文案 `#live-script` (what the host says on stream: ad copy).
 */
export const douyinAdapter: SiteAdapter = {
  id: 'douyin',
  platform: douyin.id,
  name: douyin.backOffice,
  targets: '抖店 商品创建: #product-title (商品标题), #product-subtitle (推荐语), #product-copy (商品详情文案), #live-script (直播口播文案)',
  claims: (url) => claimsPlatformUrl(douyin, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        { selector: '#product-title', role: 'title', key: 'title' },
        { label: /^商品标题/, role: 'title', key: 'title' },
        { selector: '#product-subtitle', role: 'ad-copy', key: 'recommendation' },
        { label: /^(商品)?推荐语/, role: 'ad-copy', key: 'recommendation' },
        { selector: '#product-copy', role: 'description', key: 'description' },
        { label: /^商品详情/, role: 'description', key: 'description' },
        { selector: '#live-script', role: 'ad-copy', key: 'live-script' },
        { label: /口播/, role: 'ad-copy', key: 'live-script' },
      ],
      'recognized',
    ),
};
