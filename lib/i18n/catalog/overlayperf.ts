/** Overlay strings added for issue 11 (keyboard, screen readers, allowlist scope). */
export const zhCN = {
  'overlay.allowOnPlatform': '在本平台始终允许“{term}”',
  'overlay.allowAllPlatforms': '所有平台都允许',
  'overlay.liveFinding': '新问题：“{term}”，{severity}。{message}',
  'overlay.liveFindings': '新增 {count} 处问题',
  'overlay.fieldDescription': 'ListingLint：{count} 处问题（{terms}）。按 Alt+Shift+L 查看光标处的问题。',
  'overlay.shortcut': '快捷键：在输入框中按 Alt+Shift+L 打开光标处问题，Esc 关闭',
  'overlay.tooLong': '文本超过 {count} 字，不在框内标注，问题见面板',
} as const;

export const en: Record<keyof typeof zhCN, string> = {
  'overlay.allowOnPlatform': 'Always allow “{term}” on this platform',
  'overlay.allowAllPlatforms': 'Allow on all platforms',
  'overlay.liveFinding': 'New finding: “{term}”, {severity}. {message}',
  'overlay.liveFindings': '{count} new findings',
  'overlay.fieldDescription': 'ListingLint: {count} findings ({terms}). Press Alt+Shift+L for the one at the caret.',
  'overlay.shortcut': 'Shortcut: Alt+Shift+L in a field opens the finding at the caret, Esc closes it',
  'overlay.tooLong': 'Text over {count} characters is not marked in the field; see the panel',
};
