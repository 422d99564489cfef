import { mountEditor } from './harness';

/**
 * A framework that rebuilds its editor element while a fix is in flight: when something other than the
 * seller selects text (no pointer or key for a while), the field is replaced by a fresh copy.
 */
mountEditor((host) => {
  let model = '';
  let lastUser = 0;
  const make = () => {
    const root = document.createElement('div');
    root.className = 'rebuilt-editor';
    root.contentEditable = 'true';
    root.style.cssText = 'min-height:120px;border:1px solid #ccc;padding:8px';
    root.textContent = model;
    root.addEventListener('input', () => (model = root.textContent ?? ''));
    return root;
  };
  host.append(make());
  for (const type of ['keydown', 'pointerdown']) document.addEventListener(type, () => (lastUser = performance.now()), true);
  document.addEventListener('selectionchange', () => {
    const selection = getSelection();
    const current = host.querySelector('.rebuilt-editor');
    if (!current || !selection || selection.isCollapsed || !current.contains(selection.anchorNode)) return;
    if (performance.now() - lastUser > 300) current.replaceWith(make());
  });
  return { editor: null, read: () => model, destroy: () => host.remove() };
});
