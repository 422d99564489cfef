/** The drafter's choices, without zod, so UI code in the content script can list them cheaply. */
export const COPY_PLATFORMS = [
  'taobao-detail',
  'douyin-script',
  'xiaohongshu-note',
  'amazon-bullets',
  'jd-detail',
  'pdd-detail',
  'generic',
] as const;
export type CopyPlatform = (typeof COPY_PLATFORMS)[number];

/** 'pain-solution-showcase' is 痛点 → 解决方案 → 商品展示. */
export const FRAMEWORKS = ['pain-solution-showcase', 'aida', 'fab'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const MAX_VARIANTS = 5;
