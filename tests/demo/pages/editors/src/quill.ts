import Quill from 'quill';
import 'quill/dist/quill.snow.css';
import { mountEditor } from './harness';

mountEditor((host) => {
  const quill = new Quill(host, { theme: 'snow', placeholder: '请输入商品描述…' });
  // getText() ends with the document's final newline.
  return { editor: quill, read: () => quill.getText().replace(/\n$/, ''), destroy: () => host.replaceChildren() };
});
