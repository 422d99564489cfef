import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { shopify } from '../platforms/catalog/shopify';
import { claimsPlatformUrl } from './urls';

/**
 * Shopify admin product page (admin.shopify.com/store/<shop>/products/…, <shop>.myshopify.com/admin/products/…):
 * - Title: `input[name="title"]`;
 * - Description: the rich text editor — a contenteditable root, or the TinyMCE iframe `#product-description_ifr`;
 * - Search engine listing: page title `#seo-title` (a title, key 'seo-title') and meta description `#seo-description`.
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
