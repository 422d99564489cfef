import type { FieldRole } from '../lexicon/schema';
import type { Platform } from '../types';

/** A text field the seller types into, as an adapter found it. */
export interface FieldBinding {
  /** The element whose text is audited: <input>, <textarea> or a contenteditable root (possibly inside a same-origin iframe). */
  element: HTMLElement;
  role: FieldRole;
  /** Stable within the page (e.g. 'title', 'bullet-2'), used for ignore lists, reviews and the panel. */
  key: string;
  /** Human label from the page (its <label>, placeholder or aria-label), shown in the panel. */
  label: string;
}

/** One platform's back office: which URLs it claims and how it finds fields there. */
export interface SiteAdapter {
  id: string;
  platform: Platform;
  name: { zh: string; en: string };
  /** Which real page structure the locators target (kept next to the code so it can be re-checked). */
  targets: string;
  claims(url: URL): boolean;
  /** Fields on the page, in document order; searches same-origin iframes too. */
  findFields(doc: Document): FieldBinding[];
}
