import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { amazon } from '../platforms/catalog/amazon';
import { claimsPlatformUrl } from './urls';

/**
 * Amazon Seller Central 'Add a Product' / 'Edit listing': fields carry the listing attribute names as
 * id or name — item_name, bullet_point[0..4] (also `bullet_point-0-value`, `bullet_point_0`),
 * product_description, generic_keywords — on plain controls or on `kat-*` hosts wrapping them.
 */
const attributeSelector = (attribute: string) => `[id^="${attribute}"], [name^="${attribute}"]`;

/** bullet_point[3] → 'bullet-4': keys are 1-based like the form's own numbering. */
function bulletKey(matched: Element): string | null {
  const source = `${matched.getAttribute('name') ?? ''} ${matched.getAttribute('id') ?? ''}`;
  const index = /bullet_point\D{0,3}(\d+)/.exec(source)?.[1];
  return index === undefined ? null : `bullet-${Number(index) + 1}`;
}

export const amazonAdapter: SiteAdapter = {
  id: 'amazon',
  platform: amazon.id,
  name: amazon.backOffice,
  targets: 'Seller Central add/edit product: item_name, bullet_point[0..4], product_description, generic_keywords by id or name',
  claims: (url) => claimsPlatformUrl(amazon, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        { selector: attributeSelector('item_name'), role: 'title', key: 'title' },
        { selector: attributeSelector('bullet_point'), role: 'bullet', key: 'bullet', many: true, keyOf: bulletKey },
        { selector: attributeSelector('product_description'), role: 'description', key: 'description' },
        { selector: attributeSelector('generic_keyword'), role: 'search-terms', key: 'search-terms' },
      ],
      'recognized',
    ),
};
