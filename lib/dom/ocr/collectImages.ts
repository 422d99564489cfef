// Which images a scan covers: those inside the page's fields (rich-text editors, also in same-origin
// iframes) and the large images in view, at most MAX_SCAN_IMAGES, each src once.
export const MAX_SCAN_IMAGES = 100;
/** Smaller images are icons and buttons, not copy. */
const MIN_SIDE = 48;

function inView(rect: DOMRect, view: { width: number; height: number }): boolean {
  return rect.bottom > 0 && rect.right > 0 && rect.top < view.height && rect.left < view.width;
}

/** Large enough to hold copy, or broken (loaded, no pixels): a broken image is reported, not skipped. */
function usable(img: HTMLImageElement): boolean {
  const src = img.currentSrc || img.src;
  if (!/^(https?:|data:image\/)/.test(src)) return false;
  const broken = img.complete && img.naturalWidth === 0;
  return broken || (img.naturalWidth >= MIN_SIDE && img.naturalHeight >= MIN_SIDE);
}

export function collectImages(doc: Document, fieldRoots: readonly HTMLElement[]): HTMLImageElement[] {
  const out: HTMLImageElement[] = [];
  const seen = new Set<string>();
  const add = (img: HTMLImageElement) => {
    const src = img.currentSrc || img.src;
    if (out.length >= MAX_SCAN_IMAGES || seen.has(src) || !usable(img)) return;
    seen.add(src);
    out.push(img);
  };
  for (const root of fieldRoots) for (const img of root.querySelectorAll('img')) add(img);
  const view = { width: doc.documentElement.clientWidth, height: doc.documentElement.clientHeight };
  for (const img of doc.querySelectorAll('img')) if (inView(img.getBoundingClientRect(), view)) add(img);
  return out;
}

/** The image's box on screen, plus the factor from its natural pixels to CSS pixels (object-fit: fill). */
export function imagePlacement(img: HTMLImageElement): { left: number; top: number; scaleX: number; scaleY: number; visible: boolean } {
  const rect = img.getBoundingClientRect();
  let left = rect.left;
  let top = rect.top;
  // An image in a same-origin iframe: add the frame's offset.
  const frame = img.ownerDocument.defaultView?.frameElement;
  if (frame) {
    const outer = frame.getBoundingClientRect();
    left += outer.left + (frame as HTMLElement).clientLeft;
    top += outer.top + (frame as HTMLElement).clientTop;
  }
  const style = img.ownerDocument.defaultView?.getComputedStyle(img);
  const padLeft = style ? parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth) : 0;
  const padTop = style ? parseFloat(style.paddingTop) + parseFloat(style.borderTopWidth) : 0;
  const innerWidth = img.clientWidth - (style ? parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) : 0);
  const innerHeight = img.clientHeight - (style ? parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) : 0);
  return {
    left: left + padLeft,
    top: top + padTop,
    scaleX: img.naturalWidth ? innerWidth / img.naturalWidth : 1,
    scaleY: img.naturalHeight ? innerHeight / img.naturalHeight : 1,
    visible: rect.width > 0 && rect.height > 0,
  };
}
