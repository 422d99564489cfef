import { locateFields, type FieldLocator } from './locate';
import type { SiteAdapter } from './types';
import { isDemoPage, isHostIn } from './urls';

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

/** Back-office hosts; the buyer side (item.taobao.com, detail.tmall.com, s.taobao.com) is never claimed. */
const SELLER_HOST = /^(item\.publish|item\.upload|upload|publish|sell|myseller|qn|seller)\./;
const SELLER_PATH = /\/sell\/|publish|upload/;

const DEMO_PAGES = ['taobao.html', 'detail.html', 'detail-frame.html'];

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

function claimsSellerPage(url: URL, domain: string): boolean {
  if (!isHostIn(url, domain)) return false;
  const subdomain = url.hostname.slice(0, -domain.length);
  return SELLER_HOST.test(subdomain) || (subdomain !== 'item.' && subdomain !== 'detail.' && SELLER_PATH.test(url.pathname));
}

export function findTaobaoFields(doc: Document) {
  return locateFields(doc, LOCATORS, 'recognized');
}

export const taobaoAdapter: SiteAdapter = {
  id: 'taobao',
  platform: 'taobao',
  name: { zh: '淘宝', en: 'Taobao' },
  targets: TARGETS,
  claims: (url) => claimsSellerPage(url, 'taobao.com') || isDemoPage(url, DEMO_PAGES),
  findFields: findTaobaoFields,
};

/** Tmall shares Taobao's publish page structure; only the host (and so the platform rules) differ. */
export const tmallAdapter: SiteAdapter = {
  id: 'tmall',
  platform: 'tmall',
  name: { zh: '天猫', en: 'Tmall' },
  targets: TARGETS,
  claims: (url) => claimsSellerPage(url, 'tmall.com'),
  findFields: findTaobaoFields,
};
