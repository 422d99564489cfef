/**
 * The one edit path for fixes and draft inserts: deliver a text edit the way the field's editor takes
 * input, then read the field back over the next frames and report whether the intended text is there.
 * - inputs and textareas: `execCommand('insertText')` (native undo, a real `input` event React/Vue see),
 *   else the native value setter plus `input`;
 * - contenteditable: select the range, dispatch a cancelable `beforeinput` (`insertReplacementText` with a
 *   DataTransfer, `deleteContentBackward` for a deletion) that model-based editors handle; when no editor
 *   takes it, `execCommand` (except for editors that never read the DOM back, see editorKind.ts).
 * A half-applied edit is undone where the editor allows it; the result says whether the field is back.
 */
import { applyTextEdit, type TextEdit } from '../../edit/applySuggestion';
import { readEditableText } from '../editableText';
import { editorKind, takesModelInputOnly } from './editorKind';

export type EditFailure =
  /** The field left the page (re-rendered or destroyed) before or during the edit. */
  | 'field-gone'
  /** The field's text no longer holds what the edit was computed from. */
  | 'text-moved'
  /** The result would pass the field's maxlength: not attempted, the field is unchanged. */
  | 'too-long'
  /** Nothing took the edit: the field is unchanged. */
  | 'not-applied'
  /** The field changed, but not into the intended text (editor rewrote, truncated or reverted it). */
  | 'not-as-intended';

export type EditResult =
  { landed: true; text: string } | { landed: false; reason: EditFailure; /** The field holds its text from before the edit. */ restored: boolean };

type TextControl = HTMLInputElement | HTMLTextAreaElement;
type PageWindow = Window & typeof globalThis;

const isTextControl = (element: Element): element is TextControl => element.tagName === 'INPUT' || element.tagName === 'TEXTAREA';

export function readFieldText(element: HTMLElement): string {
  return isTextControl(element) ? element.value : readEditableText(element).text;
}

/** Editors render empty lines with zero-width fillers and spaces as NBSP; neither is the seller's text. */
export function comparableText(text: string): string {
  return text
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\n+$/, '');
}

const nextFrame = (view: PageWindow) => new Promise<void>((resolve) => view.requestAnimationFrame(() => resolve()));

/** How long to watch the field after the edit: editors apply input asynchronously and may revert it. */
const SETTLE_FRAMES = 4;
const MAX_FRAMES = 30;

export async function applyEdit(field: HTMLElement, edit: TextEdit, expectedBefore?: string): Promise<EditResult> {
  const view = field.ownerDocument.defaultView;
  if (!field.isConnected || !view) return { landed: false, reason: 'field-gone', restored: false };
  const before = readFieldText(field);
  if (expectedBefore !== undefined && comparableText(before) !== comparableText(expectedBefore)) return { landed: false, reason: 'text-moved', restored: true };
  const intended = applyTextEdit(before, edit);
  if (isTextControl(field) && field.maxLength >= 0 && intended.length > field.maxLength && intended.length > before.length)
    return { landed: false, reason: 'too-long', restored: true };
  const undo = isTextControl(field) ? editTextControl(field, view, edit, before) : await editContentEditable(field, view, edit, before);
  if (undo === TEXT_MOVED) return { landed: false, reason: 'text-moved', restored: true };
  return verify(field, view, before, intended, undo);
}

/** Watches the field until its text has held the intended value for SETTLE_FRAMES frames (or gives up). */
async function verify(field: HTMLElement, view: PageWindow, before: string, intended: string, undo: (() => void) | null): Promise<EditResult> {
  const want = comparableText(intended);
  let stable = 0;
  let current = '';
  for (let frame = 0; frame < MAX_FRAMES && stable < SETTLE_FRAMES; frame++) {
    await nextFrame(view);
    if (!field.isConnected) return { landed: false, reason: 'field-gone', restored: false };
    current = readFieldText(field);
    stable = comparableText(current) === want ? stable + 1 : 0;
  }
  if (stable >= SETTLE_FRAMES) return { landed: true, text: current };
  if (comparableText(current) === comparableText(before)) return { landed: false, reason: 'not-applied', restored: true };
  undo?.();
  await nextFrame(view);
  return { landed: false, reason: 'not-as-intended', restored: field.isConnected && comparableText(readFieldText(field)) === comparableText(before) };
}

function insertCommand(doc: Document, replacement: string): boolean {
  // Deprecated, but the only programmatic edit that lands on the browser's own undo stack.
  return replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, replacement);
}

function editTextControl(field: TextControl, view: PageWindow, edit: TextEdit, before: string): () => void {
  const next = applyTextEdit(before, edit);
  field.focus();
  field.setSelectionRange(edit.start, edit.end);
  if (insertCommand(field.ownerDocument, edit.replacement) && field.value !== before) return () => field.ownerDocument.execCommand('undo');
  // No editing command here (or it was refused): set the value the way a framework's own input would.
  const prototype = field.tagName === 'INPUT' ? view.HTMLInputElement.prototype : view.HTMLTextAreaElement.prototype;
  const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  const write = (value: string, data: string) => {
    setValue?.call(field, value);
    field.dispatchEvent(new view.InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data }));
  };
  write(next, edit.replacement);
  const caret = edit.start + edit.replacement.length;
  field.setSelectionRange(caret, caret);
  return () => write(before, before);
}

/** Waits until the editor has seen the new selection (editors sync their model on `selectionchange`). */
function selectionSettled(doc: Document, view: PageWindow): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      view.requestAnimationFrame(() => resolve());
    };
    const timer = setTimeout(done, 60);
    doc.addEventListener('selectionchange', done);
  });
}

function selectRange(field: HTMLElement, view: PageWindow, edit: TextEdit): Range {
  const range = readEditableText(field).rangeFor(edit.start, edit.end);
  const selection = view.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

/** The field's text changed while the edit waited for the editor (the seller kept typing). */
const TEXT_MOVED = Symbol('text-moved');

async function editContentEditable(field: HTMLElement, view: PageWindow, edit: TextEdit, before: string): Promise<(() => void) | null | typeof TEXT_MOVED> {
  const doc = field.ownerDocument;
  field.focus({ preventScroll: true });
  selectRange(field, view, edit);
  await selectionSettled(doc, view);
  if (!field.isConnected) return null;
  if (readFieldText(field) !== before) return TEXT_MOVED;
  // The editor may have normalised the selection on focus; put it back on the exact range.
  const range = selectRange(field, view, edit);
  const target = new view.StaticRange({
    startContainer: range.startContainer,
    startOffset: range.startOffset,
    endContainer: range.endContainer,
    endOffset: range.endOffset,
  });
  const deleting = edit.replacement === '';
  const dataTransfer = new view.DataTransfer();
  if (!deleting) dataTransfer.setData('text/plain', edit.replacement);
  const event = new view.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    inputType: deleting ? 'deleteContentBackward' : 'insertReplacementText',
    data: null,
    dataTransfer: deleting ? null : dataTransfer,
    targetRanges: [target],
  });
  field.dispatchEvent(event);
  // The page may have replaced the field while handling the event: never type into whatever holds the selection now.
  if (!field.isConnected) return null;
  if (event.defaultPrevented) return () => undoInEditor(field, view);
  if (takesModelInputOnly(editorKind(field))) return null;
  return insertCommand(doc, edit.replacement) ? () => doc.execCommand('undo') : null;
}

/** Asks a model-based editor to undo its last step, the way the browser's own undo menu would. */
function undoInEditor(field: HTMLElement, view: PageWindow): void {
  field.dispatchEvent(new view.InputEvent('beforeinput', { bubbles: true, cancelable: true, inputType: 'historyUndo' }));
}

/** Selects the range in the field and scrolls it into view (used by the findings panel). */
export function focusRange(element: HTMLElement, start: number, end: number): void {
  element.scrollIntoView({ block: 'center', inline: 'nearest' });
  element.focus();
  if (isTextControl(element)) {
    element.setSelectionRange(start, end);
    return;
  }
  const view = element.ownerDocument.defaultView;
  if (view) selectRange(element, view, { start, end, replacement: '' });
}
