import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { mountEditor } from './harness';

const store = { current: EditorState.createEmpty() };

function Demo() {
  const [state, setState] = useState(store.current);
  useEffect(() => {
    store.current = state;
  }, [state]);
  return (
    <div style={{ minHeight: 160, border: '1px solid #ccc', padding: 8 }}>
      <Editor editorState={state} onChange={setState} placeholder="请输入商品描述…" />
    </div>
  );
}

mountEditor((host) => {
  const root = createRoot(host);
  root.render(<Demo />);
  return { editor: store, read: () => store.current.getCurrentContent().getPlainText(), destroy: () => root.unmount() };
});
