/** DOM helper: the text fields a seller can type into, including same-origin iframes. */
const EDITABLE_SELECTOR = 'input[type="text"], input:not([type]), textarea, [contenteditable=""], [contenteditable="true"]';

export function listEditableFields(doc: Document): HTMLElement[] {
  const fields = [...doc.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)].filter(
    (el) => el.getClientRects().length > 0 && !el.parentElement?.closest('[contenteditable=""], [contenteditable="true"]'),
  );
  for (const frame of doc.querySelectorAll('iframe')) {
    const inner = sameOriginDocument(frame);
    if (inner) fields.push(...listEditableFields(inner));
  }
  return fields;
}

export function countEditableFields(doc: Document): number {
  return listEditableFields(doc).length;
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}
