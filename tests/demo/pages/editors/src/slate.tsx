import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditor, Node, type Descendant } from 'slate';
import { Editable, Slate, withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import { mountEditor } from './harness';

const initial: Descendant[] = [{ type: 'paragraph', children: [{ text: '' }] } as Descendant];

mountEditor((host) => {
  const editor = withHistory(withReact(createEditor()));
  function Demo() {
    const [value] = useState(initial);
    return (
      <Slate editor={editor} initialValue={value}>
        <Editable placeholder="请输入商品描述…" style={{ minHeight: 160, border: '1px solid #ccc', padding: 8 }} />
      </Slate>
    );
  }
  const root = createRoot(host);
  root.render(<Demo />);
  return { editor, read: () => editor.children.map((node) => Node.string(node)).join('\n'), destroy: () => root.unmount() };
});
