import { frameDocument } from './frames';

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
 * Visibility: explicit markers (hidden, type=hidden, aria-hidden) on the element or an ancestor, the
 * element's computed display/visibility (visibility inherits, so it covers ancestors), and
 * `checkVisibility()` for ancestors with `display:none` or `content-visibility:hidden`.
 */
export function isHidden(element: Element): boolean {
  if (element.tagName === 'INPUT' && element.getAttribute('type')?.toLowerCase() === 'hidden') return true;
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
  }
  if (isComputedHidden(element)) return true;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check === 'function') {
    try {
      return !check.call(element, { visibilityProperty: true });
    } catch {
      return false;
    }
  }
  const view = element.ownerDocument.defaultView;
  for (let node = element.parentElement; node && view; node = node.parentElement) if (view.getComputedStyle(node).display === 'none') return true;
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
  return (
    isEditableField(element) && !isHidden(element) && !isEditorChrome(element) && !isDisabled(element) && !isSearchOrPicker(element)
  );
}

const FIELD_SELECTOR = 'input, textarea, [contenteditable]';

/** Usable fields of one document, in tree order. */
export function usableFieldsIn(doc: Document): HTMLElement[] {
  const fields = [...doc.querySelectorAll(FIELD_SELECTOR)].filter(isUsableField);
  if (doc.designMode === 'on' && doc.body && !fields.includes(doc.body)) fields.unshift(doc.body);
  return fields;
}

/**
 * The field an adapter's selector points at: the element itself, the first usable field inside it
 * (a wrapper like Taobao's `#struct-title`, or an open shadow root), or the editor root inside an iframe.
 */
export function resolveEditable(element: Element): HTMLElement | null {
  if (isEditableField(element)) return element;
  const inner = frameDocument(element);
  if (inner) return usableFieldsIn(inner)[0] ?? null;
  const inside = [...element.querySelectorAll(FIELD_SELECTOR)].find(isUsableField);
  if (inside) return inside;
  const shadow = element.shadowRoot;
  return shadow ? ([...shadow.querySelectorAll(FIELD_SELECTOR)].find(isUsableField) ?? null) : null;
}
