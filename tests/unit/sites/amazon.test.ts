import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../lib/sites/amazon';
import { fixture, loadPage, summary } from './page';

describe('amazon adapter', () => {
  it.each([
    ['https://sellercentral.amazon.com/abis/listing/create/product_identity', true],
    ['https://sellercentral-europe.amazon.com/abis/listing/edit', true],
    ['https://sellercentral.amazon.co.jp/listing/addproduct', true],
    ['http://127.0.0.1:5178/demo/amazon.html', true],
    ['https://www.amazon.com/dp/B000', false],
    ['https://sellercentral.amazon.com.evil.example/', false],
    ['http://sellercentral.amazon.com/', false],
  ])('claims %s: %s', (url, claimed) => {
    expect(amazonAdapter.claims(new URL(url))).toBe(claimed);
  });

  it('demo: item name, five bullets keyed by their index, description, search terms', () => {
    const doc = loadPage(fixture('demo:amazon.html'), 'http://127.0.0.1:5178/demo/amazon.html');
    expect(summary(amazonAdapter.findFields(doc))).toEqual([
      { key: 'title', role: 'title', label: 'Item Name', id: 'item_name' },
      ...[0, 1, 2, 3, 4].map((i) => ({ key: `bullet-${i + 1}`, role: 'bullet', label: 'Bullet Point', id: `bullet_point_${i}` })),
      { key: 'description', role: 'description', label: 'Product Description', id: 'product_description' },
      { key: 'search-terms', role: 'search-terms', label: 'Search Terms', id: 'generic_keywords' },
    ]);
  });

  it('new listing form: names like bullet_point-2-value on wrappers, matched by name only', () => {
    const doc = loadPage(
      `<div data-attr="item_name"><kat-input name="item_name-0-value" label="Item Name"><input type="text" aria-label="Item Name"></kat-input></div>
       <kat-textarea name="bullet_point-2-value"><textarea aria-label="Bullet Point"></textarea></kat-textarea>
       <kat-textarea name="bullet_point-0-value"><textarea aria-label="Bullet Point"></textarea></kat-textarea>
       <input type="text" name="generic_keyword-0-value" aria-label="Search Terms">`,
      'https://sellercentral.amazon.com/abis/listing/create',
    );
    expect(summary(amazonAdapter.findFields(doc)).map(({ key, role }) => `${key}:${role}`)).toEqual([
      'title:title',
      'bullet-3:bullet',
      'bullet-1:bullet',
      'search-terms:search-terms',
    ]);
  });
});
