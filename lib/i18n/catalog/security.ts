/** UI strings of the security hardening (subscription pinning). */
export const zhCN = {
  'subscriptions.pinned': '已锁定内容指纹 sha256 {hash}',
  'subscriptions.notPinned': '尚未下载，首次成功下载后锁定内容指纹',
  'subscriptions.changed': '词库内容已变更（新指纹 sha256 {hash}）。确认来源可信后再接受，接受前继续使用已锁定的版本。',
  'subscriptions.accept': '接受新版本',
  'subscriptions.decline': '保留当前版本',
  'subscriptions.rules': '仅支持 https 公网地址；不跟随重定向；最大 5 MiB；须为 JSON。',
} as const;

export const en: Record<keyof typeof zhCN, string> = {
  'subscriptions.pinned': 'Content pinned to sha256 {hash}',
  'subscriptions.notPinned': 'Not downloaded yet; the content hash is pinned on the first good download',
  'subscriptions.changed':
    'The lexicon content changed (new sha256 {hash}). Accept it only if you trust the source; until then the pinned version stays in use.',
  'subscriptions.accept': 'Accept new version',
  'subscriptions.decline': 'Keep current version',
  'subscriptions.rules': 'Public https URLs only; redirects are not followed; at most 5 MiB; must be JSON.',
};
