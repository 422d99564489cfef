import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Input } from 'antd';
import { mountEditor } from './harness';

const state: Record<string, string> = { input: '', textarea: '' };

// Ant Design's controlled Input and Input.TextArea with showCount and maxLength (the counter wraps the field).
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
      <Input id="f-input" showCount maxLength={60} value={title} onChange={(event) => setTitle(event.target.value)} />
      <label htmlFor="f-textarea">商品描述</label>
      <Input.TextArea id="f-textarea" showCount maxLength={200} rows={4} value={description} onChange={(event) => setDescription(event.target.value)} />
    </>
  );
}

mountEditor((host) => {
  const root = createRoot(host);
  root.render(<Form />);
  return { editor: root, read: (name = 'textarea') => state[name] ?? '', destroy: () => root.unmount() };
});
