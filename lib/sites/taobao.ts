import { locateFields, type FieldLocator } from './locate';
import type { SiteAdapter } from './types';
import { taobao, tmall } from '../platforms/catalog/alibaba';
import { claimsPlatformUrl } from './urls';

/**
 * Taobao / Tmall 发布宝贝 and 编辑宝贝 (sell/v2/publish.htm on item.upload.taobao.com, sell.publish.tmall.com):
 * every field is a row `div[id^="sell-field-"]` (older page: `#struct-<name>`) with its label in
 * `.sell-component-info-wrapper-label`, often several wrappers above the control, so a row is found
 * first and its first usable control walking down (lib/sites/editable.ts resolveEditable).
 * - 宝贝标题 `#sell-field-title` (input, "最多允许输入30个汉字（60字符）");
 * - 导购标题 `#sell-field-shopping_title`: a short title with its own 30-character limit, audited as
 *   ad copy (compliance only) rather than as a second 60-unit title;
 * - 宝贝卖点 `#sell-field-sellPoint` (Taobao), 商品卖点 `#sell-field-tmSubTitle` (Tmall): selling points;
 * - 宝贝描述/图文描述: the PC description, a CKEditor iframe in `#struct-desc` / `#sell-field-desc`; the
 *   旺铺/神笔 and mobile detail editors load cross-origin from sell.xiangqing.taobao.com, where the
 *   content script runs in that frame itself (all_frames; see entrypoints/content).
 * Hidden duplicate controls (kept at 0×0 or display:none) are skipped by the layout check.
 *
 * Evidence (public code seen 2026-12-02 with the stored-code search):
 * - a Tmall publish walkthrough: "每个字段是 div[id^="sell-field-"]，内含 .sell-component-info-wrapper-label"
 *   and `#sell-field-sku`, `#sell-field-tbExtractWay` (find_string "sell-field-", file ids 70531604568, 71283419630);
 * - Taobao publish automation: rows `.sell-component-info-wrapper-wrap` with label `宝贝详情` holding a
 *   `[contenteditable='true']` or textarea, visibility by box size + computed style (file ids 70851715942, 70636282578);
 *   the title textbox named "最多允许输入30个汉字（60字符）" (file id 69391910994);
 * - `[id^="sell-field-"], [id^="struct-"]` scanned together for labelled fields (file id 71229536871);
 * - wenshan/chrome-plugin-taobao-detail-material-download src/data.js: the page's component JSON
 *   (`struct-content`, `sell-struct-*` classes).
 * Not seen publicly: the exact `shopping_title` / `tmSubTitle` row markup (names from issue 21); they are
 * also found by their labels 导购标题 / 商品卖点.
 */
const TARGETS =
  'sell/v2/publish.htm 发布宝贝: #sell-field-<name> / #struct-<name> rows, label .sell-component-info-wrapper-label; ' +
  'title (宝贝标题), shopping_title (导购标题, ad copy), sellPoint / tmSubTitle (卖点), desc (CKEditor iframe or detail editor)';

const LOCATORS: readonly FieldLocator[] = [
  // The short title before the title: its label also contains 标题.
  { selector: '#sell-field-shopping_title, #struct-shopping_title, [name="shopping_title"]', role: 'ad-copy', key: 'shopping-title' },
  { label: /^导购标题/, role: 'ad-copy', key: 'shopping-title' },
  { selector: '#sell-field-title, #struct-title .next-input input, #struct-title', role: 'title', key: 'title' },
  { label: /^(宝贝|商品)标题/, role: 'title', key: 'title' },
  {
    selector: '#sell-field-tmSubTitle, #struct-tmSubTitle, #sell-field-sellPoint, #struct-sellPoint textarea, #struct-sellPoint',
    role: 'bullet',
    key: 'selling-point',
  },
  { label: /^(宝贝|商品)卖点/, role: 'bullet', key: 'selling-point' },
  {
    selector: '#detail-editor-frame, #sell-field-desc, #struct-desc, #struct-descForPC, #struct-desc iframe, #struct-descForPC iframe, .ql-editor',
    role: 'description',
    key: 'description',
  },
  { label: /^(宝贝|商品|图文)(描述|详情)/, role: 'description', key: 'description' },
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

/** Tmall shares Taobao's publish page structure (商品卖点 is `tmSubTitle`); only the host (and so the platform rules) differ. */
export const tmallAdapter: SiteAdapter = {
  id: 'tmall',
  platform: tmall.id,
  name: tmall.backOffice,
  targets: TARGETS,
  claims: (url) => claimsPlatformUrl(tmall, url),
  findFields: findTaobaoFields,
};
