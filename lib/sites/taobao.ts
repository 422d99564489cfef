import { locateFields, type FieldLocator } from './locate';
import type { SiteAdapter } from './types';
import { taobao, tmall } from '../platforms/catalog/alibaba';
import { claimsPlatformUrl } from './urls';

/**
 * Taobao / Tmall 发布宝贝 and 编辑宝贝 (千牛卖家中心, sell.publish):
 * - 宝贝标题: the `#struct-title` block (`.sell-component-title`), a controlled Fusion `.next-input` <input>
 *   with a "n/60" byte counter beside it;
 * - 宝贝卖点: `#struct-sellPoint textarea` (150 characters);
 * - 宝贝描述: the detail editor, a contenteditable root inside a same-origin iframe (`#detail-editor-frame`
 *   on the demo, a Quill `.ql-editor`; the 旺铺 detail editor mounts its body in an iframe the same way).
 * Anything else labelled 标题/卖点/描述… is found by the words-based fallback.
 */
const TARGETS =
  'sell.publish / item.upload.taobao.com 发布宝贝: #struct-title .next-input input (宝贝标题, n/60 counter), ' +
  '#struct-sellPoint textarea (宝贝卖点), detail editor contenteditable in a same-origin iframe (宝贝描述)';

const LOCATORS: readonly FieldLocator[] = [
  { selector: '#struct-title .next-input input, #struct-title', role: 'title', key: 'title' },
  { label: /^(宝贝|商品)标题/, role: 'title', key: 'title' },
  { selector: '#struct-sellPoint textarea, #struct-sellPoint', role: 'bullet', key: 'selling-point' },
  { label: /^(宝贝|商品)卖点/, role: 'bullet', key: 'selling-point' },
  {
    selector: '#detail-editor-frame, #struct-desc iframe, #struct-descForPC iframe, .ql-editor',
    role: 'description',
    key: 'description',
  },
  { label: /^(宝贝|商品)(描述|详情)/, role: 'description', key: 'description' },
];

export function findTaobaoFields(doc: Document) {
  return locateFields(doc, LOCATORS, 'recognized');
}

export const taobaoAdapter: SiteAdapter = {
  id: 'taobao',
  platform: taobao.id,
  name: taobao.backOffice,
  targets: TARGETS,
  claims: (url) => claimsPlatformUrl(taobao, url),
  findFields: findTaobaoFields,
};

/** Tmall shares Taobao's publish page structure; only the host (and so the platform rules) differ. */
export const tmallAdapter: SiteAdapter = {
  id: 'tmall',
  platform: tmall.id,
  name: tmall.backOffice,
  targets: TARGETS,
  claims: (url) => claimsPlatformUrl(tmall, url),
  findFields: findTaobaoFields,
};
