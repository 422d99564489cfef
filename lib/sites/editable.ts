import { frameDocument } from './frames';
import { composedParent, deepQueryAll } from './shadow';

/**
 * What counts as a field the seller types listing text into: a single-line text input, a textarea,
 * or the root of a rich-text editor (contenteditable, or the body of a design-mode iframe).
 * Elements may come from another frame, so nothing here uses `instanceof`.
 */

/** Input types that hold free text; password, search, email, number, url, tel… are not listing text. */
const TEXT_INPUT_TYPES: ReadonlySet<string> = new Set(['text', '']);

/** Widgets of rich-text editors that are editable but are not the document being written. */
const EDITOR_CHROME = '.ql-tooltip, .ql-clipboard, .ql-hidden, .tox-toolbar, .tox-pop, .mce-container';

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export function isTextControl(element: Element): element is TextControl {
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((element.getAttribute('type') ?? '').trim().toLowerCase());
}

function hasEditableAttribute(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** The outermost contenteditable element (nested editable islands belong to their root). */
export function isEditableRoot(element: Element): element is HTMLElement {
  const doc = element.ownerDocument;
  if (element === doc.body && doc.designMode === 'on') return true;
  if (!hasEditableAttribute(element)) return false;
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    if (hasEditableAttribute(parent)) return false;
  }
  return !(doc.designMode === 'on' && element !== doc.body);
}

export function isEditableField(element: Element): element is HTMLElement {
  return isTextControl(element) || isEditableRoot(element);
}

/**
 * Hidden by the styles that apply, not by inline styles alone: TinyMCE's container carries an inline
 * `visibility:hidden` that its skin stylesheet overrides, so only the computed value tells.
 */
function isComputedHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  const style = view.getComputedStyle(element);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

/**
 * No layout box: `display:contents` aside, an element the browser lays out has a non-empty box. Only
 * trusted where the document itself has one (a rendered page; parsers without layout report 0 for all).
 */
function hasNoBox(element: Element): boolean {
  const body = element.ownerDocument.body;
  if (!body || element === body) return false;
  const page = body.getBoundingClientRect();
  if (page.width === 0 && page.height === 0) return false;
  const box = element.getBoundingClientRect();
  return box.width === 0 && box.height === 0;
}

/**
 * Visibility: explicit markers (hidden, type=hidden, aria-hidden) on the element or an ancestor (across
 * shadow boundaries), the element's computed display/visibility (visibility inherits, so it covers
 * ancestors), `checkVisibility()` for ancestors with `display:none` or `content-visibility:hidden`, and
 * an empty layout box (hidden duplicates that back offices keep at 0×0).
 */
export function isHidden(element: Element): boolean {
  if (element.tagName === 'INPUT' && element.getAttribute('type')?.toLowerCase() === 'hidden') return true;
  for (let node: Element | null = element; node; node = composedParent(node)) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
  }
  if (isComputedHidden(element)) return true;
  if (hasNoBox(element)) return true;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    try {
      return !check.call(element, { visibilityProperty: true });
    } catch {
      return false;
    }
  }
  const view = element.ownerDocument.defaultView;
  for (let node = composedParent(element); node && view; node = composedParent(node)) if (view.getComputedStyle(node).display === 'none') return true;
  return false;
}

export function isEditorChrome(element: Element): boolean {
  return element.closest(EDITOR_CHROME) !== null;
}

function isDisabled(element: Element): boolean {
  return isTextControl(element) && (element.disabled || element.readOnly);
}

/** Site search and pickers: `role="search"` landmarks, searchbox and combobox inputs. */
function isSearchOrPicker(element: Element): boolean {
  const role = element.getAttribute('role');
  return role === 'searchbox' || role === 'combobox' || element.closest('[role="search"]') !== null;
}

/** A field the seller can type into right now: visible, enabled, not an editor's own widget, not a search box. */
export function isUsableField(element: Element): element is HTMLElement {
  return isEditableField(element) && !isHidden(element) && !isEditorChrome(element) && !isDisabled(element) && !isSearchOrPicker(element);
}

const FIELD_SELECTOR = 'input, textarea, [contenteditable]';

/** Usable fields of one document, open shadow roots included, in tree order (shadow trees after the light tree). */
export function usableFieldsIn(doc: Document): HTMLElement[] {
  const fields = deepQueryAll(doc, FIELD_SELECTOR).filter(isUsableField);
  if (doc.designMode === 'on' && doc.body && !fields.includes(doc.body)) fields.unshift(doc.body);
  return fields;
}

/**
 * The field an adapter's selector points at: the element itself, or walking down from it (a row like
 * Taobao's `#sell-field-title`, a KAT host with its open shadow root) the first usable field or the
 * editor root of the first iframe that has one, whichever comes first in the row.
 */
export function resolveEditable(element: Element): HTMLElement | null {
  if (isEditableField(element)) return element;
  const inner = frameDocument(element);
  if (inner) return usableFieldsIn(inner)[0] ?? null;
  for (const candidate of deepQueryAll(element, `${FIELD_SELECTOR}, iframe`)) {
    if (candidate.tagName === 'IFRAME') {
      const frameDoc = frameDocument(candidate);
      const root = frameDoc && !isHidden(candidate) ? usableFieldsIn(frameDoc)[0] : undefined;
      if (root) return root;
    } else if (isUsableField(candidate)) return candidate;
  }
  return null;
}
