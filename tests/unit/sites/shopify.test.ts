import { describe, expect, it } from 'vitest';
import { shopifyAdapter } from '../../../lib/sites/shopify';
import { fillFrame, fixture, loadPage, summary } from './page';

const URL_NEW = 'https://admin.shopify.com/store/acme/products/new';

describe('shopify adapter', () => {
  it('claims the admin, not the storefront', () => {
    expect(shopifyAdapter.claims(new URL(URL_NEW))).toBe(true);
    expect(shopifyAdapter.claims(new URL('https://acme.myshopify.com/admin/products/1'))).toBe(true);
    expect(shopifyAdapter.claims(new URL('https://acme.myshopify.com/products/t-shirt'))).toBe(false);
    expect(shopifyAdapter.claims(new URL('https://www.shopify.com/'))).toBe(false);
  });

  it('title, the TinyMCE description iframe, SEO title and description; price, SKU and search are left out', () => {
    const doc = loadPage(fixture('shopify-product.html'), URL_NEW);
    fillFrame(doc, '#product-description_ifr', '<html><body id="tinymce" class="mce-content-body" contenteditable="true"><p>Soft cotton.</p></body></html>');
    const fields = shopifyAdapter.findFields(doc);
    expect(fields.map(({ key, role }) => `${key}:${role}`)).toEqual([
      'title:title',
      'description:description',
      'seo-title:title',
      'seo-description:description',
    ]);
    expect(fields[1]?.element.id).toBe('tinymce');
    expect(fields[0]?.label).toBe('Title');
  });

  it('description as a contenteditable rich text editor', () => {
    const doc = loadPage(
      `<label for="t">Title</label><input id="t" name="title" type="text">
       <div class="Polaris-Labelled"><div class="Polaris-Labelled__LabelWrapper"><label id="dl">Description</label></div>
       <div id="product-description"><div class="toolbar"><button>B</button></div><div contenteditable="true" aria-labelledby="dl"><p>x</p></div></div></div>`,
      URL_NEW,
    );
    expect(summary(shopifyAdapter.findFields(doc)).map(({ key, role, label }) => `${key}:${role}:${label}`)).toEqual([
      'title:title:Title',
      'description:description:Description',
    ]);
  });
});
