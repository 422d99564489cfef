import { locateFields } from './locate';
import type { SiteAdapter } from './types';
import { isWebPage } from './urls';

/**
 * Any page the user enables from the popup. No selectors: every visible text input, textarea and
 * contenteditable root (not password/search/email/number/url inputs, not price/brand/search boxes by
 * their words), with the role guessed from label, placeholder, name and aria-label (lib/sites/roles.ts);
 * a maxlength or a "n/60" counter on a single-line input hints 'title'; otherwise 'description'.
 */
export const genericAdapter: SiteAdapter = {
  id: 'generic',
  platform: 'generic',
  name: { zh: '通用', en: 'Any site' },
  targets: 'any enabled page: visible text inputs, textareas and contenteditable roots, roles from their words',
  // Gated by the user's enabled origins in adapterForUrl, not by its own URL test.
  claims: isWebPage,
  findFields: (doc) => locateFields(doc, [], 'all'),
};
