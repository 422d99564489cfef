import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { pdd } from '../platforms/catalog/pdd';
import { claimsPlatformUrl } from './urls';

/**
 * Pinduoduo 拼多多商家后台 goods add/edit (mms.pinduoduo.com/goods/goods_add/index?goods_id=…): a React form of
 * the beast-core design system. Class names are hashed (`Form_itemRequired_…`); stable hooks are
 * `data-testid="beast-core-form-item"` rows with a <label>, and tracking attributes on some controls.
 * - 商品标题: `input[data-tracking-click-viewid="title_input_area"]`, else the row labelled 商品标题;
 * - 商品描述: the row labelled 商品描述 (textarea).
 *
 * Evidence (public code seen 2026-12-02): a PDD goods-form adapter test stubbing
 * `[data-tracking-click-viewid="title_input_area"]` on https://mms.pinduoduo.com/goods/goods_add/index?goods_id=123
 * (find_string "title_input_area", file id 70261503354); Playwright fillers locating
 * `getByTestId('beast-core-form-item').filter({has: label})` and nested rows "keep only the nearest matching
 * container" (find_string "beast-core-form-item", file ids 69797835703, 69692037865, 69468960939).
 */
export const pddAdapter: SiteAdapter = {
  id: 'pdd',
  platform: pdd.id,
  name: pdd.backOffice,
  targets: 'mms.pinduoduo.com 商品编辑: [data-tracking-click-viewid=title_input_area] (商品标题), beast-core-form-item rows labelled 商品标题 / 商品描述',
  claims: (url) => claimsPlatformUrl(pdd, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        {
          selector: '[data-tracking-click-viewid="title_input_area"], input[placeholder*="商品标题"], textarea[placeholder*="商品标题"]',
          role: 'title',
          key: 'title',
        },
        { label: /^商品标题/, role: 'title', key: 'title' },
        { selector: 'textarea[placeholder*="商品描述"]', role: 'description', key: 'description' },
        { label: /^商品描述/, role: 'description', key: 'description' },
      ],
      'recognized',
    ),
};
