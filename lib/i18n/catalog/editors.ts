/** Strings of the verified edit path (fixes and draft inserts that did or did not land). */
export const zhCN = {
  'edit.notLandedCopied': '这里无法直接替换，已复制建议文字，请粘贴覆盖高亮处',
  'edit.notLandedManual': '这里无法直接替换，请手动将高亮处改为“{text}”',
  'edit.notLandedDelete': '这里无法直接删除，请手动删除高亮处文字',
  'edit.notRestored': '编辑器只接受了部分修改，请检查此处文字（可按 Ctrl+Z 撤销）',
  'edit.fieldGone': '该输入框已被页面移除或重建，未作修改',
  'edit.fieldGoneCopied': '该输入框已被页面移除或重建，未作修改；已复制建议文字',
  'edit.insertNotLandedCopied': '此输入框无法直接插入，已复制文案，请粘贴到输入框中',
  'edit.tooLong': '修改后会超出此输入框的字数上限，未作修改',
  'edit.tooLongCopied': '修改后会超出此输入框的字数上限，未作修改；已复制建议文字，请删减后粘贴',
} as const;

export const en: Record<keyof typeof zhCN, string> = {
  'edit.notLandedCopied': 'This editor would not take the replacement. The suggestion is copied: paste it over the highlighted text.',
  'edit.notLandedManual': 'This editor would not take the replacement. Change the highlighted text to “{text}” by hand.',
  'edit.notLandedDelete': 'This editor would not take the deletion. Delete the highlighted text by hand.',
  'edit.notRestored': 'The editor took only part of the change. Check the text here (Ctrl+Z undoes it).',
  'edit.fieldGone': 'The page removed or rebuilt this field; nothing was changed.',
  'edit.fieldGoneCopied': 'The page removed or rebuilt this field; nothing was changed. The suggestion is copied.',
  'edit.insertNotLandedCopied': 'This field would not take the insert. The copy is on the clipboard: paste it into the field.',
  'edit.tooLong': 'The change would pass this field’s length limit; nothing was changed.',
  'edit.tooLongCopied': 'The change would pass this field’s length limit; nothing was changed. The suggestion is copied: shorten, then paste.',
};
