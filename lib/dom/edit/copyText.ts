/**
 * Puts text on the clipboard when an edit did not land, so the seller can paste it. The async
 * Clipboard API needs a focused document; the fallback copies from a temporary textarea placed in
 * `container` (the overlay's shadow root), where page script cannot read it.
 */
export async function copyText(text: string, container: Node & ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const doc = container.ownerDocument ?? document;
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;top:0;left:-9999px;opacity:0';
    container.appendChild(area);
    area.select();
    try {
      return doc.execCommand('copy');
    } finally {
      area.remove();
    }
  }
}
