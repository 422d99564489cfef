import { createEditor, createToolbar, type IDomEditor } from '@wangeditor/editor';
import '@wangeditor/editor/dist/css/style.css';
import { el, mountEditor } from './harness';

mountEditor((host) => {
  host.append(el('div', { id: 'we-toolbar' }), el('div', { id: 'we-editor', style: 'height:240px' }));
  const editor: IDomEditor = createEditor({ selector: '#we-editor', config: { placeholder: '请输入商品描述…' }, mode: 'default' });
  createToolbar({ editor, selector: '#we-toolbar', mode: 'simple' });
  return { editor, read: () => editor.getText(), destroy: () => editor.destroy() };
});
