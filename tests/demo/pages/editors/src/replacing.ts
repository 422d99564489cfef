import { mountEditor } from './harness';

/**
 * A framework that rebuilds its editor element while a fix is in flight: input that is not the seller's
 * own typing makes it replace the field by a fresh copy holding the same text.
 */
mountEditor((host) => {
  let model = '';
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
  // Anything but the seller's own typing (an untrusted beforeinput) makes it re-render the field.
  host.addEventListener(
    'beforeinput',
    (event) => {
      if (!event.isTrusted) host.querySelector('.rebuilt-editor')?.replaceWith(make());
    },
    { capture: true },
  );
  return { editor: null, read: () => model, destroy: () => host.remove() };
});
