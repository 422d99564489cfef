/**
 * Which editor owns a contenteditable root, from the markers each library puts in the DOM. It decides
 * how an edit may be delivered: editors whose model never reads the DOM back (Slate and wangEditor 5,
 * which is built on Slate) only take edits as `beforeinput`; a DOM-only change there would be lost on
 * the next keystroke.
 */
export type EditorKind = 'slate' | 'lexical' | 'prosemirror' | 'ckeditor5' | 'quill' | 'draftjs' | 'tinymce' | 'contenteditable';

const MARKERS: ReadonlyArray<[EditorKind, string]> = [
  ['slate', '[data-slate-editor]'],
  ['lexical', '[data-lexical-editor]'],
  ['prosemirror', '.ProseMirror'],
  ['ckeditor5', '.ck-editor__editable'],
  ['quill', '.ql-editor'],
  ['draftjs', '.public-DraftEditor-content'],
  ['tinymce', '.mce-content-body'],
];

export function editorKind(root: HTMLElement): EditorKind {
  for (const [kind, selector] of MARKERS) if (root.matches(selector)) return kind;
  return 'contenteditable';
}

/** Editors that ignore DOM changes they did not make: an edit must reach them as a `beforeinput` they handle. */
export function takesModelInputOnly(kind: EditorKind): boolean {
  return kind === 'slate';
}
