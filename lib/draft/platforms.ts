import type { Platform } from '../types';
import type { CopyPlatform } from './schema';

/**
 * Where a draft will be pasted, and what that place accepts. Lengths are in
 * characters (UTF-16 units) and follow each platform's editor limits or common
 * practice where no hard limit exists (a 30–60 s 抖音 voice-over ≈ 150–260 字;
 * 小红书 titles cap at 20 字; Amazon shows 5 bullets, ~200 chars each read well).
 */
export interface CopyPlatformSpec {
  id: CopyPlatform;
  label: string;
  lang: 'zh-CN' | 'en';
  /** Platform whose rules the compliance audit applies. */
  auditPlatform: Platform;
  headlineMax: number;
  bodyMin: number;
  bodyMax: number;
  bulletCount: number;
  bulletMax: number;
  hashtagCount: number;
  /** One line for the prompt: how the copy is used there. */
  usage: string;
}

export const COPY_PLATFORM_SPECS: Readonly<Record<CopyPlatform, CopyPlatformSpec>> = {
  'taobao-detail': {
    id: 'taobao-detail', label: '淘宝详情页', lang: 'zh-CN', auditPlatform: 'taobao',
    headlineMax: 30, bodyMin: 150, bodyMax: 500, bulletCount: 4, bulletMax: 40, hashtagCount: 0,
    usage: '淘宝/天猫商品详情页的图文文案，分段清晰，卖点可扫读',
  },
  'douyin-script': {
    id: 'douyin-script', label: '抖音短视频口播', lang: 'zh-CN', auditPlatform: 'douyin',
    headlineMax: 20, bodyMin: 120, bodyMax: 260, bulletCount: 3, bulletMax: 30, hashtagCount: 4,
    usage: '30–60 秒短视频口播稿，口语化，开头 3 秒抓住注意力',
  },
  'xiaohongshu-note': {
    id: 'xiaohongshu-note', label: '小红书笔记', lang: 'zh-CN', auditPlatform: 'generic',
    headlineMax: 20, bodyMin: 200, bodyMax: 1000, bulletCount: 4, bulletMax: 40, hashtagCount: 6,
    usage: '小红书种草笔记，第一人称真实体验口吻，标题不超过 20 字',
  },
  'amazon-bullets': {
    id: 'amazon-bullets', label: 'Amazon bullet points', lang: 'en', auditPlatform: 'amazon',
    headlineMax: 200, bodyMin: 200, bodyMax: 2000, bulletCount: 5, bulletMax: 250, hashtagCount: 0,
    usage: 'Amazon listing: a title, five bullet points (each starting with a short capitalised benefit) and a description',
  },
  'jd-detail': {
    id: 'jd-detail', label: '京东详情页', lang: 'zh-CN', auditPlatform: 'jd',
    headlineMax: 30, bodyMin: 150, bodyMax: 500, bulletCount: 4, bulletMax: 40, hashtagCount: 0,
    usage: '京东商品详情页文案，信息准确、参数清楚',
  },
  'pdd-detail': {
    id: 'pdd-detail', label: '拼多多详情页', lang: 'zh-CN', auditPlatform: 'pdd',
    headlineMax: 30, bodyMin: 100, bodyMax: 400, bulletCount: 4, bulletMax: 30, hashtagCount: 0,
    usage: '拼多多商品详情页文案，简短直接，突出实用与性价比',
  },
  generic: {
    id: 'generic', label: '通用文案', lang: 'zh-CN', auditPlatform: 'generic',
    headlineMax: 30, bodyMin: 120, bodyMax: 600, bulletCount: 4, bulletMax: 40, hashtagCount: 3,
    usage: '通用电商场景化文案',
  },
};

export function copyPlatformSpec(id: CopyPlatform): CopyPlatformSpec {
  return COPY_PLATFORM_SPECS[id];
}

/** Body length the draft aims for: the caller's target clamped into the platform's range. */
export function bodyLengthTarget(spec: CopyPlatformSpec, lengthTarget: number | null): { min: number; max: number } {
  if (lengthTarget === null) return { min: spec.bodyMin, max: spec.bodyMax };
  const max = Math.min(spec.bodyMax, lengthTarget);
  return { min: Math.min(spec.bodyMin, Math.floor(max * 0.7)), max };
}
