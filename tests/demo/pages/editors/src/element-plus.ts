import { createApp, h, reactive } from 'vue';
import { ElInput } from 'element-plus';
import 'element-plus/dist/index.css';
import { mountEditor } from './harness';

// Element Plus el-input, text and textarea, with maxlength and show-word-limit.
mountEditor((host) => {
  const model = reactive({ input: '', textarea: '' });
  const app = createApp({
    render: () => [
      h('label', { for: 'f-input' }, '商品标题'),
      h(ElInput, {
        id: 'f-input',
        modelValue: model.input,
        maxlength: 60,
        showWordLimit: true,
        'onUpdate:modelValue': (value: string) => (model.input = value),
      }),
      h('label', { for: 'f-textarea' }, '商品描述'),
      h(ElInput, {
        id: 'f-textarea',
        type: 'textarea',
        rows: 4,
        modelValue: model.textarea,
        maxlength: 200,
        showWordLimit: true,
        'onUpdate:modelValue': (value: string) => (model.textarea = value),
      }),
    ],
  });
  app.mount(host);
  return { editor: app, read: (name = 'textarea') => model[name as 'input' | 'textarea'], destroy: () => app.unmount() };
});
