/**
 * Screen-reader state on a page field: aria-invalid and an aria-describedby token pointing at a
 * hidden description in the field's document (IDREFs cannot cross into the overlay's shadow root), outside
 * the body when the body is editable.
 * Only our own token and attribute values are added; the page's values are restored on teardown.
 */
interface Saved {
  invalid: string | null;
  description: HTMLElement;
}

export class FieldAria {
  private readonly saved = new Map<HTMLElement, Saved>();

  /** Marks the field with `text` as its description, or clears our marks when text is null. */
  set(field: HTMLElement, text: string | null): void {
    if (text === null) {
      this.clear(field);
      return;
    }
    let saved = this.saved.get(field);
    if (!saved) {
      const description = field.ownerDocument.createElement('span');
      description.id = `listinglint-desc-${crypto.randomUUID().slice(0, 8)}`;
      description.hidden = true;
      saved = { invalid: field.getAttribute('aria-invalid'), description };
      this.saved.set(field, saved);
      // Never inside an editor's document: an iframe editor's body is the field (TinyMCE would adopt it as content).
      const doc = field.ownerDocument;
      const body = doc.body;
      if (body && !field.contains(body) && body.isContentEditable === false) body.append(description);
      else doc.documentElement.append(description);
      const tokens = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      field.setAttribute('aria-describedby', [...tokens, description.id].join(' '));
    }
    if (saved.description.textContent !== text) saved.description.textContent = text;
    if (field.getAttribute('aria-invalid') !== 'true') field.setAttribute('aria-invalid', 'true');
  }

  clear(field: HTMLElement): void {
    const saved = this.saved.get(field);
    if (!saved) return;
    this.saved.delete(field);
    saved.description.remove();
    const tokens = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((token) => token && token !== saved.description.id);
    if (tokens.length > 0) field.setAttribute('aria-describedby', tokens.join(' '));
    else field.removeAttribute('aria-describedby');
    if (saved.invalid === null) field.removeAttribute('aria-invalid');
    else field.setAttribute('aria-invalid', saved.invalid);
  }

  clearAll(): void {
    for (const field of [...this.saved.keys()]) this.clear(field);
  }
}
