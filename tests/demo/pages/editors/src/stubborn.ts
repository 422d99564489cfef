import { el, mountEditor } from './harness';

/**
 * An editor that only accepts real keystrokes: it cancels every programmatic beforeinput and puts
 * its text back after any DOM change it did not make itself (like model editors that re-render).
 */
mountEditor((host) => {
  const root = el('div', { id: 'stubborn', contenteditable: 'true', style: 'min-height:120px;border:1px solid #ccc;padding:8px' });
  host.append(root);
  let model = '';
  root.addEventListener('beforeinput', (event) => {
    if (!event.isTrusted) event.preventDefault();
  });
  // The seller's own typing comes with a trusted beforeinput; execCommand in Chromium fires none.
  let typing = false;
  root.addEventListener('beforeinput', (event) => (typing = event.isTrusted), { capture: true });
  root.addEventListener('input', () => {
    if (typing) model = root.textContent ?? '';
    else setTimeout(() => (root.textContent = model), 30);
    typing = false;
  });
  return { editor: null, read: () => model, destroy: () => host.remove() };
});
