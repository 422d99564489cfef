import { ClassicEditor, Essentials, Paragraph, Bold, Italic, Undo } from 'ckeditor5';
import 'ckeditor5/ckeditor5.css';
import { mountEditor } from './harness';

mountEditor(async (host) => {
  const editor = await ClassicEditor.create(host, {
    licenseKey: 'GPL',
    plugins: [Essentials, Paragraph, Bold, Italic, Undo],
    toolbar: ['undo', 'redo', '|', 'bold', 'italic'],
  });
  // The model's text, paragraph by paragraph (getData() is HTML).
  const read = () => {
    const root = editor.model.document.getRoot()!;
    return [...root.getChildren()]
      .map((block) =>
        [...editor.model.createRangeIn(block as Parameters<typeof editor.model.createRangeIn>[0]).getItems()]
          .map((item) => ('data' in item ? item.data : ''))
          .join(''),
      )
      .join('\n');
  };
  return { editor, read, destroy: () => void editor.destroy() };
});
