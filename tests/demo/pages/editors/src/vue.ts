import { createApp, h, reactive, vModelText, withDirectives } from 'vue';
import { mountEditor } from './harness';

// Vue 3 v-model on an input and a textarea, written as render functions (no SFC compiler needed).
mountEditor((host) => {
  const model = reactive({ input: '', textarea: '' });
  const app = createApp({
    render: () => [
      h('label', { for: 'f-input' }, '商品标题'),
      withDirectives(h('input', { id: 'f-input', 'onUpdate:modelValue': (value: string) => (model.input = value) }), [[vModelText, model.input]]),
      h('label', { for: 'f-textarea' }, '商品描述'),
      withDirectives(h('textarea', { id: 'f-textarea', rows: 4, 'onUpdate:modelValue': (value: string) => (model.textarea = value) }), [
        [vModelText, model.textarea],
      ]),
    ],
  });
  app.mount(host);
  return { editor: app, read: (name = 'textarea') => model[name as 'input' | 'textarea'], destroy: () => app.unmount() };
});
