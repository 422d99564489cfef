/**
 * UI strings. zh-CN is the source language; English must define every key
 * (enforced by the type), so no component hard-codes a string.
 */
export const zhCN = {
  appName: 'ListingLint 上架文案助手',
  tagline: '标题关键词体检 · 广告法合规 · 场景化文案',
  'overlay.badge': 'ListingLint',
  'overlay.ready': '已在此页启用',
  'overlay.fieldsFound': '识别到 {count} 个字段',
  'overlay.noFindings': '未发现问题',
  'options.title': 'ListingLint 设置',
  'options.language': '界面语言',
  'options.language.auto': '跟随浏览器',
  'options.nav.providers': '模型与密钥',
  'options.nav.lexicons': '词库',
  'options.nav.keywords': '关键词表',
  'options.nav.sites': '站点',
  'options.nav.reviews': '审核记录',
  'options.nav.backup': '备份与恢复',
  'options.comingSoon': '此功能正在开发中。',
  'popup.title': 'ListingLint',
  'popup.enableSite': '在此网站启用',
  'popup.siteEnabled': '已在此网站启用',
  'popup.siteBuiltIn': '此网站已内置支持',
  'popup.openOptions': '打开设置',
  'popup.unsupportedPage': '此页面无法启用',
  'severity.error': '违规',
  'severity.warning': '风险',
  'severity.info': '提示',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

export const en: Messages = {
  appName: 'ListingLint listing assistant',
  tagline: 'Title keyword audit · ad-law compliance · scene-based copy',
  'overlay.badge': 'ListingLint',
  'overlay.ready': 'Active on this page',
  'overlay.fieldsFound': '{count} fields found',
  'overlay.noFindings': 'No issues found',
  'options.title': 'ListingLint settings',
  'options.language': 'Interface language',
  'options.language.auto': 'Follow the browser',
  'options.nav.providers': 'Models and keys',
  'options.nav.lexicons': 'Lexicons',
  'options.nav.keywords': 'Keyword lists',
  'options.nav.sites': 'Sites',
  'options.nav.reviews': 'Review history',
  'options.nav.backup': 'Backup and restore',
  'options.comingSoon': 'This feature is being built.',
  'popup.title': 'ListingLint',
  'popup.enableSite': 'Enable on this site',
  'popup.siteEnabled': 'Enabled on this site',
  'popup.siteBuiltIn': 'This site is supported out of the box',
  'popup.openOptions': 'Open settings',
  'popup.unsupportedPage': 'This page cannot be enabled',
  'severity.error': 'Violation',
  'severity.warning': 'Risk',
  'severity.info': 'Note',
};
