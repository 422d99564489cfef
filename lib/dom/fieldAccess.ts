/** DOM helper: read a field's text and write an edit the page's framework and undo stack see (lib/dom/edit/applyEdit.ts). */
export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export function isTextControl(element: Element): element is TextControl {
  return element.tagName === 'INPUT' || element.tagName === 'TEXTAREA';
}

export { applyEdit, focusRange, readFieldText, type EditResult, type EditFailure } from './edit/applyEdit';
