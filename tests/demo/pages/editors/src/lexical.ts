import { $getRoot, createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { el, mountEditor } from './harness';

mountEditor((host) => {
  const root = el('div', { id: 'lexical', contenteditable: 'true', style: 'min-height:160px;border:1px solid #ccc;padding:8px' });
  host.append(root);
  const editor = createEditor({ namespace: 'demo', onError: (error) => console.error(error) });
  editor.setRootElement(root);
  const unregister = mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));
  return {
    editor,
    read: () => editor.getEditorState().read(() => $getRoot().getTextContent()),
    destroy: () => {
      unregister();
      editor.setRootElement(null);
    },
  };
});
