import { el, mountEditor } from './harness';

// Plain, uncontrolled fields: the model is the element's value.
mountEditor((host) => {
  host.append(
    el('label', { for: 'f-input' }, '商品标题'),
    el('input', { id: 'f-input', type: 'text', maxlength: '60' }),
    el('label', { for: 'f-textarea' }, '商品描述'),
    el('textarea', { id: 'f-textarea', rows: '4' }),
  );
  const field = (name = 'textarea') => host.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#f-${name}`)!;
  return { editor: null, read: (name) => field(name).value, destroy: () => undefined };
});
