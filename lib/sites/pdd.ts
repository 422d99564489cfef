import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { isHostIn } from './urls';

/**
 * Pinduoduo 拼多多商家后台 goods edit (mms.pinduoduo.com/goods/…): a React form of label/control rows.
 * Its class names are generated, so fields are found by their row label (商品标题, 商品描述) and
 * placeholder rather than by id.
 */
export const pddAdapter: SiteAdapter = {
  id: 'pdd',
  platform: 'pdd',
  name: { zh: '拼多多', en: 'Pinduoduo' },
  targets: 'mms.pinduoduo.com 商品编辑: form rows labelled 商品标题 (input) and 商品描述 (textarea)',
  // The whole seller back office is one SPA: claim it all so navigating to goods edit needs no reload.
  claims: (url) => isHostIn(url, 'mms.pinduoduo.com'),
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
