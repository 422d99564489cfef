/**
 * DOM helper: viewport rectangles of text ranges, for underlines and hover hit-testing.
 * Inputs and textareas expose no text geometry, so a hidden mirror element with the
 * field's typography lays the text out again; contenteditable uses real Ranges.
 */
import { readEditableText } from './editableText';
import { isTextControl, type TextControl } from './fieldAccess';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const COPIED_STYLES = [
  'boxSizing', 'width', 'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing',
  'wordSpacing', 'textTransform', 'textIndent', 'tabSize', 'lineHeight', 'paddingTop', 'paddingRight', 'paddingBottom',
  'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle', 'direction',
] as const;

/** Offset of a same-origin iframe's viewport within the top-level viewport (0,0 for the top document). */
export function frameOffset(doc: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let view = doc.defaultView;
  while (view && view.frameElement) {
    const frame = view.frameElement as HTMLElement;
    const rect = frame.getBoundingClientRect();
    x += rect.left + frame.clientLeft;
    y += rect.top + frame.clientTop;
    view = frame.ownerDocument.defaultView;
  }
  return { x, y };
}

/** The field's visible box in top-level viewport coordinates (underlines are clipped to it). */
export function fieldBox(element: HTMLElement): Box {
  const rect = element.getBoundingClientRect();
  const offset = frameOffset(element.ownerDocument);
  return { x: rect.left + offset.x, y: rect.top + offset.y, width: rect.width, height: rect.height };
}

export function rangeBoxes(element: HTMLElement, start: number, end: number, mirrorHost: HTMLElement): Box[] {
  if (isTextControl(element)) return controlRangeBoxes(element, start, end, mirrorHost);
  const offset = frameOffset(element.ownerDocument);
  return [...readEditableText(element).rangeFor(start, end).getClientRects()].map((rect) => ({
    x: rect.left + offset.x,
    y: rect.top + offset.y,
    width: rect.width,
    height: rect.height,
  }));
}

function controlRangeBoxes(control: TextControl, start: number, end: number, mirrorHost: HTMLElement): Box[] {
  const view = control.ownerDocument.defaultView;
  if (!view) return [];
  const style = view.getComputedStyle(control);
  const mirror = mirrorHost.ownerDocument.createElement('div');
  for (const property of COPIED_STYLES) mirror.style[property] = style[property];
  const isInput = control.tagName === 'INPUT';
  Object.assign(mirror.style, {
    position: 'fixed',
    left: '0px',
    top: '0px',
    visibility: 'hidden',
    pointerEvents: 'none',
    overflow: 'hidden',
    borderColor: 'transparent',
    whiteSpace: isInput ? 'pre' : 'pre-wrap',
    overflowWrap: isInput ? 'normal' : 'break-word',
    // An input's content box is never wider than its text; do not wrap it.
    width: isInput ? 'max-content' : style.width,
  });
  const value = control.value;
  const before = mirror.ownerDocument.createTextNode(value.slice(0, start));
  const marked = mirror.ownerDocument.createElement('span');
  marked.textContent = value.slice(start, end);
  const after = mirror.ownerDocument.createTextNode(value.slice(end) || ' ');
  mirror.append(before, marked, after);
  mirrorHost.append(mirror);
  try {
    const mirrorRect = mirror.getBoundingClientRect();
    const field = fieldBox(control);
    const lineHeight = parseFloat(style.fontSize) * 1.25;
    return [...marked.getClientRects()].map((rect) => {
      const x = field.x + (rect.left - mirrorRect.left) - control.scrollLeft;
      // An input centres its single line vertically; a textarea flows from the top like the mirror.
      const y = isInput ? field.y + (field.height - lineHeight) / 2 : field.y + (rect.top - mirrorRect.top) - control.scrollTop;
      return { x, y, width: rect.width, height: isInput ? lineHeight : rect.height };
    });
  } finally {
    mirror.remove();
  }
}

export function clipBox(box: Box, clip: Box): Box | null {
  const x = Math.max(box.x, clip.x);
  const y = Math.max(box.y, clip.y);
  const right = Math.min(box.x + box.width, clip.x + clip.width);
  const bottom = Math.min(box.y + box.height, clip.y + clip.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}
