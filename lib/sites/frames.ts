import { shadowHostOf } from './shadow';

/**
 * The documents of one page: the top document and every same-origin iframe inside it (nested too).
 * Cross-origin frames throw or return null on `contentDocument`; they are skipped.
 */
export interface PageDocuments {
  /** Top document first, then frame documents in the order their iframes appear. */
  documents: Document[];
  /** The <iframe> that hosts each frame document. */
  frameOf: Map<Document, HTMLIFrameElement>;
}

export function frameDocument(frame: Element): Document | null {
  if (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null;
  }
}

export function pageDocuments(top: Document): PageDocuments {
  const documents: Document[] = [];
  const frameOf = new Map<Document, HTMLIFrameElement>();
  const visit = (doc: Document): void => {
    if (documents.includes(doc)) return;
    documents.push(doc);
    for (const frame of doc.querySelectorAll<HTMLIFrameElement>('iframe, frame')) {
      const inner = frameDocument(frame);
      if (!inner || documents.includes(inner)) continue;
      frameOf.set(inner, frame);
      visit(inner);
    }
  };
  visit(top);
  return { documents, frameOf };
}

/** The element preceded by the shadow hosts and iframes that contain it, outermost first. */
function framePath(element: Element, frameOf: ReadonlyMap<Document, HTMLIFrameElement>): Element[] {
  const path: Element[] = [element];
  let current = element;
  for (;;) {
    const host = shadowHostOf(current);
    const next = host ?? frameOf.get(current.ownerDocument);
    if (!next || path.includes(next)) return path;
    path.unshift(next);
    current = next;
  }
}

/** Sort comparator for elements across a page and its frames: a frame's content sits where its iframe is. */
export function compareDocumentOrder(a: Element, b: Element, frameOf: ReadonlyMap<Document, HTMLIFrameElement>): number {
  if (a === b) return 0;
  const pathA = framePath(a, frameOf);
  const pathB = framePath(b, frameOf);
  for (let i = 0; i < Math.min(pathA.length, pathB.length); i++) {
    const x = pathA[i];
    const y = pathB[i];
    if (!x || !y || x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & 4) return -1; // DOCUMENT_POSITION_FOLLOWING: y comes after x
    if (position & 2) return 1; // DOCUMENT_POSITION_PRECEDING
    return 0;
  }
  return pathA.length - pathB.length;
}
