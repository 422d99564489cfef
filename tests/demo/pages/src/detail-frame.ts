import Quill from 'quill';
import 'quill/dist/quill.snow.css';

// A real rich-text editor (Quill) whose contenteditable lives inside a same-origin iframe.
const quill = new Quill('#editor', { theme: 'snow', placeholder: '请输入宝贝详情描述…' });
(window as unknown as { demoQuill: Quill }).demoQuill = quill;
