/**
 * What every editor demo page exposes to the e2e test (tests/e2e/editors.spec.ts), read through the
 * editor's own API, never the DOM: `__read()` the model text, `__editor` the instance, `__destroy()`.
 * `?late=ms` mounts the editor after a delay, as back offices that load their editor late do.
 */
export interface EditorHandle {
  editor: unknown;
  read: (field?: string) => string;
  destroy: () => void;
}

declare global {
  interface Window {
    __editor?: unknown;
    __read?: (field?: string) => string;
    __destroy?: () => void;
    __ready?: boolean;
  }
}

export function mountEditor(mount: (host: HTMLElement) => EditorHandle | Promise<EditorHandle>): void {
  const delay = Number(new URLSearchParams(location.search).get('late') ?? 0);
  const start = async () => {
    const host = document.createElement('div');
    host.id = 'editor-host';
    document.getElementById('slot')!.append(host);
    const handle = await mount(host);
    window.__editor = handle.editor;
    window.__read = handle.read;
    window.__destroy = () => {
      handle.destroy();
      host.remove();
    };
    window.__ready = true;
  };
  if (delay > 0) setTimeout(() => void start(), delay);
  else void start();
}

/** Builds an element from constant attributes (the demo pages never parse HTML strings). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.textContent = text;
  return element;
}
