import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { pdd } from '../platforms/catalog/pdd';
import { claimsPlatformUrl } from './urls';

/**
 * Pinduoduo 拼多多商家后台 goods edit (mms.pinduoduo.com/goods/…): a React form of label/control rows.
 * Its class names are generated, so fields are found by their row label (商品标题, 商品描述) and
 * placeholder rather than by id.
 */
export const pddAdapter: SiteAdapter = {
  id: 'pdd',
  platform: pdd.id,
  name: pdd.backOffice,
  targets: 'mms.pinduoduo.com 商品编辑: form rows labelled 商品标题 (input) and 商品描述 (textarea)',
  claims: (url) => claimsPlatformUrl(pdd, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        { selector: 'input[placeholder*="商品标题"], textarea[placeholder*="商品标题"]', role: 'title', key: 'title' },
        { label: /^商品标题/, role: 'title', key: 'title' },
        { selector: 'textarea[placeholder*="商品描述"]', role: 'description', key: 'description' },
        { label: /^商品描述/, role: 'description', key: 'description' },
      ],
      'recognized',
    ),
};
