import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { mountEditor } from './harness';

mountEditor((host) => {
  const editor = new Editor({
    element: host,
    extensions: [StarterKit],
    editorProps: { attributes: { style: 'min-height:160px;border:1px solid #ccc;padding:8px' } },
  });
  return { editor, read: () => editor.getText({ blockSeparator: '\n' }), destroy: () => editor.destroy() };
});
