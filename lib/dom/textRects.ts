/**
 * DOM helper: viewport rectangles of text ranges, for underlines and hover hit-testing.
 * Inputs and textareas expose no text geometry, so a hidden mirror element with the
 * field's typography lays the text out again; contenteditable uses real Ranges.
 */
import type { TextControl } from './fieldAccess';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const COPIED_STYLES = [
  'boxSizing',
  'width',
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'fontVariant',
  'fontStretch',
  'letterSpacing',
  'wordSpacing',
  'textTransform',
  'textIndent',
  'tabSize',
  'lineHeight',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderStyle',
  'direction',
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

/** Marked text ranges, in text offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Extra distance around the visible part of a field within which marks are still measured. */
const NEAR_VIEWPORT = 200;

/** Index of the first item whose extent ends at or after `from` (items are in reading order). */
function firstReaching(count: number, endOf: (index: number) => number, from: number): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (endOf(mid) < from) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Viewport boxes of the spans that are in or near the field's visible area, measured lazily: a
 * binary search finds the first visible span, then spans are read until one lies past the area.
 * Cost grows with what is visible, not with the number of marks.
 */
function visibleSpanBoxes(count: number, rectsOf: (index: number) => Box[], axis: 'x' | 'y', from: number, to: number): Map<number, Box[]> {
  const out = new Map<number, Box[]>();
  const endOf = (index: number) => {
    const rects = rectsOf(index);
    const last = rects[rects.length - 1];
    return last ? (axis === 'y' ? last.y + last.height : last.x + last.width) : -Infinity;
  };
  for (let index = firstReaching(count, endOf, from - NEAR_VIEWPORT); index < count; index += 1) {
    const rects = rectsOf(index);
    const first = rects[0];
    if (!first) continue;
    if ((axis === 'y' ? first.y : first.x) > to + NEAR_VIEWPORT) break;
    out.set(index, rects);
  }
  return out;
}

interface Paragraph<S extends Span> {
  key: string;
  start: number;
  line: string;
  spans: S[];
  element: HTMLDivElement | null;
  marks: HTMLSpanElement[];
}

/**
 * Text geometry of an input or textarea: a persistent hidden mirror with the field's typography
 * and one span per mark, rebuilt only when the text, the marks or the field's size change. Boxes are
 * kept relative to the mirror, so scrolling re-reads nothing but the field's own box.
 */
export class ControlMirror<S extends Span = Span> {
  private readonly mirror: HTMLDivElement;
  private marks: HTMLSpanElement[] = [];
  private spans: readonly S[] = [];
  private paragraphs: Paragraph<S>[] = [];
  private rects: (Box[] | undefined)[] = [];
  private key = '';
  private styleKey = '';

  constructor(host: HTMLElement) {
    this.mirror = host.ownerDocument.createElement('div');
    this.mirror.setAttribute('aria-hidden', 'true');
    host.append(this.mirror);
  }

  /** Writes the mirror when needed; `version` changes whenever the text or the spans do. */
  sync(control: TextControl, spans: readonly S[], version: number): void {
    const view = control.ownerDocument.defaultView;
    if (!view) return;
    const key = `${version}|${control.clientWidth}|${control.clientHeight}`;
    if (key === this.key) return;
    const styleKey = `${control.clientWidth}|${control.clientHeight}`;
    // Copying the typography reads computed style (a forced style and layout pass): only when the field's size changes.
    if (styleKey !== this.styleKey) {
      this.styleKey = styleKey;
      this.copyTypography(control, view);
    }
    this.key = key;
    this.writeParagraphs(control.value, spans);
    this.rects = [];
  }

  /**
   * One block per line of the text (a textarea's forced breaks lay out like blocks): only the lines
   * whose text or marks changed are replaced, so the browser re-lays out the edited paragraph, not the field.
   */
  private copyTypography(control: TextControl, view: Window): void {
    const style = view.getComputedStyle(control);
    const isInput = control.tagName === 'INPUT';
    const mirror = this.mirror;
    for (const property of COPIED_STYLES) mirror.style[property] = style[property];
    const paddingX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    Object.assign(mirror.style, {
      position: 'absolute',
      left: '0px',
      top: '0px',
      visibility: 'hidden',
      pointerEvents: 'none',
      contain: 'layout style',
      boxSizing: 'content-box',
      borderWidth: '0px',
      overflow: 'hidden',
      whiteSpace: isInput ? 'pre' : 'pre-wrap',
      overflowWrap: isInput ? 'normal' : 'break-word',
      // The text box of a textarea is its client width (no scrollbar); an input's single line never wraps.
      width: isInput ? 'max-content' : `${Math.max(0, control.clientWidth - paddingX)}px`,
    });
  }

  private writeParagraphs(value: string, spans: readonly S[]): void {
    const doc = this.mirror.ownerDocument;
    const next: Paragraph<S>[] = [];
    let spanIndex = 0;
    let lastEnd = 0;
    let lineStart = 0;
    while (lineStart <= value.length) {
      const newline = value.indexOf('\n', lineStart);
      const lineEnd = newline === -1 ? value.length : newline;
      const own: S[] = [];
      while (spanIndex < spans.length && spans[spanIndex]!.start < lineEnd + 1) {
        const span = spans[spanIndex]!;
        spanIndex += 1;
        if (span.start < lastEnd || span.start >= lineEnd) continue; // overlapping, or only the line break itself
        own.push(span);
        lastEnd = span.end;
      }
      const line = value.slice(lineStart, lineEnd);
      next.push({
        key: `${own.map((span) => `${span.start - lineStart}-${Math.min(span.end, lineEnd) - lineStart}`).join(',')}|${line}`,
        start: lineStart,
        line,
        spans: own,
        element: null,
        marks: [],
      });
      if (newline === -1) break;
      lineStart = newline + 1;
    }
    const old = this.paragraphs;
    let prefix = 0;
    while (prefix < old.length && prefix < next.length && old[prefix]!.key === next[prefix]!.key) prefix += 1;
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < next.length - prefix && old[old.length - 1 - suffix]!.key === next[next.length - 1 - suffix]!.key)
      suffix += 1;
    for (let i = 0; i < prefix; i += 1) this.adopt(next[i]!, old[i]!);
    for (let i = 0; i < suffix; i += 1) this.adopt(next[next.length - 1 - i]!, old[old.length - 1 - i]!);
    for (const stale of old.slice(prefix, old.length - suffix)) stale.element?.remove();
    const before = suffix > 0 ? next[next.length - suffix]!.element : null;
    const fragment = doc.createDocumentFragment();
    for (const paragraph of next.slice(prefix, next.length - suffix)) fragment.append(this.render(paragraph));
    this.mirror.insertBefore(fragment, before);
    this.paragraphs = next;
    this.marks = next.flatMap((paragraph) => paragraph.marks);
    this.spans = next.flatMap((paragraph) => paragraph.spans);
  }

  private adopt(paragraph: Paragraph<S>, previous: Paragraph<S>): void {
    paragraph.element = previous.element;
    paragraph.marks = previous.marks;
  }

  private render(paragraph: Paragraph<S>): HTMLDivElement {
    const doc = this.mirror.ownerDocument;
    const element = doc.createElement('div');
    let at = 0;
    for (const span of paragraph.spans) {
      const from = span.start - paragraph.start;
      const to = Math.min(span.end - paragraph.start, paragraph.line.length);
      element.append(doc.createTextNode(paragraph.line.slice(at, from)));
      const mark = doc.createElement('span');
      mark.textContent = paragraph.line.slice(from, to);
      element.append(mark);
      paragraph.marks.push(mark);
      at = to;
    }
    // An empty line still takes one line's height, as in the field.
    element.append(doc.createTextNode(paragraph.line.slice(at) || (at === 0 ? ' ' : '')));
    paragraph.element = element;
    return element;
  }

  /** Reads: boxes of the marks in or near the field's visible area, keyed by the mark's span. */
  visibleBoxes(control: TextControl, field: Box, clip: Box): Map<S, Box[]> {
    const out = new Map<S, Box[]>();
    if (this.marks.length === 0) return out;
    const isInput = control.tagName === 'INPUT';
    const origin = this.mirror.getBoundingClientRect();
    const relative = (index: number): Box[] => {
      let rects = this.rects[index];
      if (!rects) {
        rects = [...this.marks[index]!.getClientRects()].map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height }));
        this.rects[index] = rects;
      }
      return rects;
    };
    const from = isInput ? control.scrollLeft + (clip.x - field.x) : control.scrollTop + (clip.y - field.y);
    const to = from + (isInput ? clip.width : clip.height);
    const lineHeight = isInput ? parseFloat(control.ownerDocument.defaultView?.getComputedStyle(control).fontSize ?? '13') * 1.25 : 0;
    for (const [index, rects] of visibleSpanBoxes(this.marks.length, relative, isInput ? 'x' : 'y', from, to)) {
      out.set(
        this.spans[index]!,
        rects.map((rect) => ({
          x: field.x + rect.x - control.scrollLeft,
          // An input centres its single line vertically; a textarea flows from the top like the mirror.
          y: isInput ? field.y + (field.height - lineHeight) / 2 : field.y + rect.y - control.scrollTop,
          width: rect.width,
          height: isInput ? lineHeight : rect.height,
        })),
      );
    }
    return out;
  }

  /** Drops the mirrored text (the field became too long to lay out twice). */
  clear(): void {
    this.mirror.replaceChildren();
    this.paragraphs = [];
    this.marks = [];
    this.spans = [];
    this.rects = [];
    this.key = '';
  }

  dispose(): void {
    this.mirror.remove();
  }
}

/** Viewport boxes of contenteditable ranges in or near the visible area (ranges in reading order). */
export function visibleRangeBoxes(element: HTMLElement, ranges: readonly Range[], clip: Box): Map<number, Box[]> {
  const offset = frameOffset(element.ownerDocument);
  const cache: (Box[] | undefined)[] = [];
  const rectsOf = (index: number): Box[] => {
    let rects = cache[index];
    if (!rects) {
      rects = [...ranges[index]!.getClientRects()].map((rect) => ({ x: rect.left + offset.x, y: rect.top + offset.y, width: rect.width, height: rect.height }));
      cache[index] = rects;
    }
    return rects;
  };
  return visibleSpanBoxes(ranges.length, rectsOf, 'y', clip.y, clip.y + clip.height);
}

export function clipBox(box: Box, clip: Box): Box | null {
  const x = Math.max(box.x, clip.x);
  const y = Math.max(box.y, clip.y);
  const right = Math.min(box.x + box.width, clip.x + clip.width);
  const bottom = Math.min(box.y + box.height, clip.y + clip.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}
