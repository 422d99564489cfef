/** DOM helper: read a field's text and write an edit the page's framework and undo stack see. */
import { readEditableText } from './editableText';

export type TextControl = HTMLInputElement | HTMLTextAreaElement;

export function isTextControl(element: Element): element is TextControl {
  return element.tagName === 'INPUT' || element.tagName === 'TEXTAREA';
}

export function readFieldText(element: HTMLElement): string {
  return isTextControl(element) ? element.value : readEditableText(element).text;
}

/**
 * Replaces text[start, end) with `replacement`. Uses the editing command first, so React/Vue
 * see a real `input` event and Ctrl+Z undoes it; falls back to the native value setter plus an
 * `input` event for inputs where the command is unavailable.
 */
export function applyEdit(element: HTMLElement, start: number, end: number, replacement: string): boolean {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  if (!view) return false;
  element.focus();
  if (isTextControl(element)) {
    element.setSelectionRange(start, end);
    if (execInsert(doc, replacement) && element.value.slice(start, start + replacement.length) === replacement) return true;
    const prototype = element.tagName === 'INPUT' ? view.HTMLInputElement.prototype : view.HTMLTextAreaElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    const next = element.value.slice(0, start) + replacement + element.value.slice(end);
    setValue?.call(element, next);
    element.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
    element.setSelectionRange(start + replacement.length, start + replacement.length);
    return element.value === next;
  }
  const range = readEditableText(element).rangeFor(start, end);
  const selection = view.getSelection();
  if (!selection) return false;
  selection.removeAllRanges();
  selection.addRange(range);
  return execInsert(doc, replacement);
}

function execInsert(doc: Document, replacement: string): boolean {
  // execCommand is deprecated but remains the only way to edit with the browser's undo stack.
  return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
}

/** Selects the range in the field and scrolls it into view (used by the findings panel). */
export function focusRange(element: HTMLElement, start: number, end: number): void {
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  element.focus();
  if (isTextControl(element)) {
    element.setSelectionRange(start, end);
    return;
  }
  const selection = element.ownerDocument.defaultView?.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(readEditableText(element).rangeFor(start, end));
}
