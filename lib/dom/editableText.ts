/**
 * DOM helper: the plain text of a contenteditable root, with a map from text offsets back to
 * DOM positions, so findings (text offsets) become Ranges for highlights and edits.
 */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'SECTION', 'ARTICLE']);

interface Segment {
  node: Text;
  start: number;
}

export interface EditableText {
  text: string;
  /** DOM position of a text offset (end-exclusive offsets map to the end of the previous text node). */
  positionAt(offset: number): { node: Node; offset: number };
  rangeFor(start: number, end: number): Range;
}

export function readEditableText(root: HTMLElement): EditableText {
  const segments: Segment[] = [];
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length > 0) {
        segments.push({ node: node as Text, start: text.length });
        text += data;
      }
      return;
    }
    // Not `instanceof`: nodes of a frame document may come from another realm than its defaultView's constructors.
    if (node.nodeType !== Node.ELEMENT_NODE || (node as Element).namespaceURI !== 'http://www.w3.org/1999/xhtml') return;
    const element = node as HTMLElement;
    if (element.tagName === 'BR') {
      text += '\n';
      return;
    }
    const isBlock = BLOCK_TAGS.has(element.tagName);
    if (isBlock && text.length > 0 && !text.endsWith('\n')) text += '\n';
    for (const child of element.childNodes) visit(child);
  };
  for (const child of root.childNodes) visit(child);

  const positionAt = (offset: number): { node: Node; offset: number } => {
    if (segments.length === 0) return { node: root, offset: 0 };
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid]!.start <= offset) low = mid;
      else high = mid - 1;
    }
    let segment = segments[low]!;
    // An offset on an inserted newline (or past a node's end) belongs to the end of that node.
    const within = Math.min(Math.max(offset - segment.start, 0), segment.node.data.length);
    if (offset < segment.start) segment = segments[0]!;
    return { node: segment.node, offset: within };
  };

  return {
    text,
    positionAt,
    rangeFor(start, end) {
      const range = root.ownerDocument.createRange();
      const from = positionAt(start);
      const to = positionAt(end);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      return range;
    },
  };
}
