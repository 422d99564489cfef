/** The drafter's choices, without zod, so UI code in the content script can list them cheaply. */
export const COPY_PLATFORMS = [
  'taobao-detail',
  'douyin-script',
  'xiaohongshu-note',
  'amazon-bullets',
  'jd-detail',
  'pdd-detail',
  'shopify-description',
  'generic',
] as const;
export type CopyPlatform = (typeof COPY_PLATFORMS)[number];

/** 'pain-solution-showcase' is 痛点 → 解决方案 → 商品展示. */
export const FRAMEWORKS = ['pain-solution-showcase', 'aida', 'fab'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const MAX_VARIANTS = 5;

/** Audience segments (新客, 老客复购, 学生党, 宝妈, 银发族, 商务人士): they shape pains, tone and the call to action. */
export const SEGMENTS = ['new', 'returning', 'student', 'parent', 'senior', 'business'] as const;
export type Segment = (typeof SEGMENTS)[number];
