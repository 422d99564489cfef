/** Strings of the site adapters (issue 21): editors in cross-origin frames, as the findings panel lists them. */
export const zhCN = {
  'frames.audited': '{label}（来自 {origin} 的嵌入编辑器）在其框内检查：{count} 个问题，见编辑器内的标记',
  'frames.unreadable': '无法检查：{label} 是来自 {origin} 的嵌入编辑器，插件读不到其中的文字',
} as const;

export const en: Record<keyof typeof zhCN, string> = {
  'frames.audited': '{label} (an embedded editor from {origin}) is checked inside its frame: {count} issue(s), marked in the editor',
  'frames.unreadable': 'Not checked: {label} is an embedded editor from {origin} whose text the extension cannot read',
};
