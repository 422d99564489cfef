import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { mountEditor } from './harness';

const state: Record<string, string> = { input: '', textarea: '' };

// React-controlled fields: the value shown is React state, so a DOM-only write would be reverted.
function Form() {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  useEffect(() => {
    state.input = title;
    state.textarea = description;
  }, [title, description]);
  return (
    <>
      <label htmlFor="f-input">商品标题</label>
      <input id="f-input" value={title} onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor="f-textarea">商品描述</label>
      <textarea id="f-textarea" rows={4} value={description} onChange={(event) => setDescription(event.target.value)} />
    </>
  );
}

mountEditor((host) => {
  const root = createRoot(host);
  root.render(<Form />);
  return { editor: root, read: (name = 'textarea') => state[name] ?? '', destroy: () => root.unmount() };
});
