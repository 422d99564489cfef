import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { amazon } from '../platforms/catalog/amazon';
import { claimsPlatformUrl } from './urls';

/**
 * Amazon Seller Central / Vendor Central 'Add a Product' and 'Edit listing' (/abis/listing/…): fields are KAT
 * web components (`kat-input`, `kat-textarea`) carrying the listing attribute as name/id, with the native
 * control in an open shadow root and the visible label in the host's `label` attribute. Attribute names
 * follow the product type schema: item_name, bullet_point (`bullet_point-0-value`, `bullet_point[0]`),
 * the description as `product_description` or `rtip_product_description-0-value`, generic_keyword(s).
 * So attributes are matched by pattern (`*=`), and keys from the `-<n>-value` / `[<n>]` index.
 *
 * Evidence (public code seen 2026-12-02):
 * - Seller Central autofill selectors `kat-textarea[name*="item_name"]`, `[name*="item_name-0-value"]`,
 *   `[name*="brand-0-value"]` (find_string "kat-textarea", file id 70710449723); KAT controls keep their
 *   input in shadow DOM, found through `el.shadowRoot` (file ids 59509905357, 51870500154, 62779593927;
 *   kat-label → kat-textarea/kat-input → shadowRoot → textarea/input, file id 52562146191);
 * - the description attribute named `rtip_product_description` (maxLength 150000) in product type
 *   definitions and flat files (find_string "rtip_product_description", file ids 70080746064, 57123459774, 56207689205).
 */
const attributeSelector = (attribute: string) => `[name*="${attribute}"], [id*="${attribute}"]`;

/** bullet_point-3-value / bullet_point[3] → 'bullet-4': keys are 1-based like the form's own numbering. */
function bulletKey(matched: Element): string | null {
  const source = `${matched.getAttribute('name') ?? ''} ${matched.getAttribute('id') ?? ''}`;
  const index = /bullet_point\D{0,3}(\d+)/.exec(source)?.[1];
  return index === undefined ? null : `bullet-${Number(index) + 1}`;
}

export const amazonAdapter: SiteAdapter = {
  id: 'amazon',
  platform: amazon.id,
  name: amazon.backOffice,
  targets:
    'Seller/Vendor Central listing form: kat-input/kat-textarea (open shadow roots) or plain controls named *item_name*, *bullet_point*-<n>-value, *product_description* (rtip_…), *generic_keyword*',
  claims: (url) => claimsPlatformUrl(amazon, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        { selector: attributeSelector('item_name'), role: 'title', key: 'title' },
        { selector: attributeSelector('bullet_point'), role: 'bullet', key: 'bullet', many: true, keyOf: bulletKey },
        { selector: attributeSelector('product_description'), role: 'description', key: 'description' },
        { selector: attributeSelector('generic_keyword'), role: 'search-terms', key: 'search-terms' },
        { label: /^(item name|product title|title)\b/i, role: 'title', key: 'title' },
        { label: /^(bullet point|key product features?)/i, role: 'bullet', key: 'bullet', many: true },
        { label: /^(product description|description)\b/i, role: 'description', key: 'description' },
        { label: /^(search terms|generic keywords?)/i, role: 'search-terms', key: 'search-terms' },
      ],
      'recognized',
    ),
};
