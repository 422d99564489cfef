// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { editorKind, takesModelInputOnly } from '@/lib/dom/edit/editorKind';
import { comparableText } from '@/lib/dom/edit/applyEdit';

/** The root element each library renders (attributes and classes as in their own DOM). */
const ROOTS: Array<[string, Record<string, string>]> = [
  ['slate', { 'data-slate-editor': 'true' }],
  ['lexical', { 'data-lexical-editor': 'true' }],
  ['prosemirror', { class: 'tiptap ProseMirror' }],
  ['ckeditor5', { class: 'ck ck-content ck-editor__editable ck-rounded-corners' }],
  ['quill', { class: 'ql-editor' }],
  ['draftjs', { class: 'notranslate public-DraftEditor-content' }],
  ['tinymce', { id: 'tinymce', class: 'mce-content-body' }],
  ['contenteditable', {}],
];

describe('editorKind', () => {
  it.each(ROOTS)('%s', (kind, attributes) => {
    const root = document.createElement('div');
    root.contentEditable = 'true';
    for (const [name, value] of Object.entries(attributes)) root.setAttribute(name, value);
    expect(editorKind(root)).toBe(kind);
  });

  it('only Slate-based editors (Slate, wangEditor 5) refuse DOM-only edits', () => {
    expect(ROOTS.filter(([kind]) => takesModelInputOnly(kind as Parameters<typeof takesModelInputOnly>[0])).map(([kind]) => kind)).toEqual(['slate']);
  });
});

describe('comparableText', () => {
  it('ignores the fillers editors render, not the seller’s text', () => {
    expect(comparableText('最好\u00a0的\u200b选择\ufeff\n\n')).toBe('最好 的选择');
    expect(comparableText('a\n\nb')).toBe('a\n\nb');
    expect(comparableText('最好的选择')).not.toBe(comparableText('很好的选择'));
  });
});
