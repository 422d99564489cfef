/**
 * Open shadow roots (Amazon's KAT `kat-input` / `kat-textarea` keep their native control in one).
 * Closed roots are out of reach by design. Nothing here uses `instanceof`: nodes may come from frames.
 */

type Root = Document | Element | ShadowRoot;

export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return !!node && node.nodeType === 11 && 'host' in node;
}

/** The shadow host when the element lives in a shadow tree, else null. */
export function shadowHostOf(element: Element): Element | null {
  const root = element.getRootNode();
  return isShadowRoot(root) ? root.host : null;
}

/** The parent in the composed tree: the parent element, or the host at the top of a shadow tree. */
export function composedParent(element: Element): Element | null {
  return element.parentElement ?? shadowHostOf(element);
}

/** Every open shadow root under `root` (nested ones too), outer roots first. */
export function openShadowRoots(root: Root): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: Root): void => {
    for (const element of scope.querySelectorAll('*')) {
      const shadow = element.shadowRoot;
      if (shadow) {
        found.push(shadow);
        visit(shadow);
      }
    }
  };
  if ('shadowRoot' in root && root.shadowRoot) {
    found.push(root.shadowRoot);
    visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** querySelectorAll that also looks inside open shadow roots (light tree first, then each root). */
export function deepQueryAll(root: Root, selector: string): Element[] {
  const matches = [...root.querySelectorAll(selector)];
  for (const shadow of openShadowRoots(root)) matches.push(...shadow.querySelectorAll(selector));
  return matches;
}

/** `closest` that continues past shadow boundaries to the host's ancestors. */
export function closestComposed(element: Element, selector: string): Element | null {
  for (let current: Element | null = element; current; current = shadowHostOf(current)) {
    const match = current.closest(selector);
    if (match) return match;
  }
  return null;
}
