import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { shopify } from '../platforms/catalog/shopify';
import { claimsPlatformUrl } from './urls';

/**
 * Shopify admin product page (admin.shopify.com/store/<shop>/products/…, <shop>.myshopify.com/admin/products/…):
 * - Title: `input[name="title"]`;
 * - Description: the rich text editor — a contenteditable root, or the TinyMCE iframe `#product-description_ifr`;
 * - Search engine listing: page title `#seo-title` (a title, key 'seo-title') and meta description `#seo-description`.
 * TinyMCE keeps its iframe at an inline `visibility:hidden` that its skin stylesheet overrides: visibility
 * is read from the computed style (lib/sites/editable.ts), so the editor body is found.
 *
 * Evidence (public code seen 2026-12-02, find_string "product-description_ifr"): automation selectors
 * `input[name="title"]`, `#product-description_ifr` with body `#tinymce`, the hidden `#product-description`
 * "that is actually read and sent to backend" (file id 47302248816), `body[data-id='product-description']`
 * (file id 3549173129), `#product-description_iframecontainer` (file id 23138089566).
 */
export const shopifyAdapter: SiteAdapter = {
  id: 'shopify',
  platform: shopify.id,
  name: shopify.backOffice,
  targets: 'Shopify admin product: input[name=title], description editor (contenteditable or #product-description_ifr), #seo-title, #seo-description',
  // The admin is one SPA: claim all of it so moving from orders to a product needs no reload.
  claims: (url) => claimsPlatformUrl(shopify, url),
  findFields: (doc) =>
    locateFields(
      doc,
      [
        { selector: 'input[name="title"]', role: 'title', key: 'title' },
        {
          selector: '#product-description_ifr, #product-description, [name="body_html"], [name="descriptionHtml"]',
          role: 'description',
          key: 'description',
        },
        { label: /^(description|描述)$/i, role: 'description', key: 'description' },
        { selector: '#seo-title, [name="seoTitle"]', role: 'title', key: 'seo-title' },
        { selector: '#seo-description, [name="seoDescription"]', role: 'description', key: 'seo-description' },
      ],
      'recognized',
    ),
};
