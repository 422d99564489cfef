import { PLATFORM_DEFINITIONS } from '../platforms/registry';
import type { Platform } from '../types';
import { COPY_PLATFORMS, type CopyPlatform } from './vocabulary';

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
    id: 'taobao-detail',
    label: '淘宝详情页',
    lang: 'zh-CN',
    auditPlatform: 'taobao',
    headlineMax: 30,
    bodyMin: 150,
    bodyMax: 500,
    bulletCount: 4,
    bulletMax: 40,
    hashtagCount: 0,
    usage: '淘宝/天猫商品详情页的图文文案，分段清晰，卖点可扫读',
  },
  'douyin-script': {
    id: 'douyin-script',
    label: '抖音短视频口播',
    lang: 'zh-CN',
    auditPlatform: 'douyin',
    headlineMax: 20,
    bodyMin: 120,
    bodyMax: 260,
    bulletCount: 3,
    bulletMax: 30,
    hashtagCount: 4,
    usage: '30–60 秒短视频口播稿，口语化，开头 3 秒抓住注意力',
  },
  'xiaohongshu-note': {
    id: 'xiaohongshu-note',
    label: '小红书笔记',
    lang: 'zh-CN',
    auditPlatform: 'generic',
    headlineMax: 20,
    bodyMin: 200,
    bodyMax: 1000,
    bulletCount: 4,
    bulletMax: 40,
    hashtagCount: 6,
    usage: '小红书种草笔记：标题不超过 20 字，短段落，结尾带话题标签；不写第一人称使用体验或评价（不得虚构使用效果）',
  },
  'amazon-bullets': {
    id: 'amazon-bullets',
    label: 'Amazon bullet points',
    lang: 'en',
    auditPlatform: 'amazon',
    headlineMax: 200,
    bodyMin: 200,
    bodyMax: 2000,
    bulletCount: 5,
    bulletMax: 250,
    hashtagCount: 0,
    usage: 'Amazon listing: a title, five bullet points (each starting with a short capitalised benefit) and a description',
  },
  'jd-detail': {
    id: 'jd-detail',
    label: '京东详情页',
    lang: 'zh-CN',
    auditPlatform: 'jd',
    headlineMax: 30,
    bodyMin: 150,
    bodyMax: 500,
    bulletCount: 4,
    bulletMax: 40,
    hashtagCount: 0,
    usage: '京东商品详情页文案，信息准确、参数清楚',
  },
  'pdd-detail': {
    id: 'pdd-detail',
    label: '拼多多详情页',
    lang: 'zh-CN',
    auditPlatform: 'pdd',
    headlineMax: 30,
    bodyMin: 100,
    bodyMax: 400,
    bulletCount: 4,
    bulletMax: 30,
    hashtagCount: 0,
    usage: '拼多多商品详情页文案，简短直接，突出实用与性价比',
  },
  'shopify-description': {
    id: 'shopify-description',
    label: 'Shopify product description',
    lang: 'en',
    auditPlatform: 'shopify',
    headlineMax: 70,
    bodyMin: 150,
    bodyMax: 1500,
    bulletCount: 4,
    bulletMax: 200,
    hashtagCount: 0,
    usage: 'Shopify product page: an SEO-friendly title (≤ 70 characters), a short scene-led description and four scannable feature bullets',
  },
  generic: {
    id: 'generic',
    label: '通用文案',
    lang: 'zh-CN',
    auditPlatform: 'generic',
    headlineMax: 30,
    bodyMin: 120,
    bodyMax: 600,
    bulletCount: 4,
    bulletMax: 40,
    hashtagCount: 3,
    usage: '通用电商场景化文案',
  },
};

/** The copy format each seller platform id maps to (CLI `--platform taobao`, the in-page drawer), from the platform registry. */
export const COPY_FORMAT_FOR_PLATFORM: Readonly<Record<Platform, CopyPlatform>> = Object.fromEntries(
  PLATFORM_DEFINITIONS.map((definition) => [definition.id, definition.copyFormat]),
) as Record<Platform, CopyPlatform>;

/** Extra names a seller may type for a copy format. */
const COPY_FORMAT_ALIASES: Readonly<Record<string, CopyPlatform>> = {
  xiaohongshu: 'xiaohongshu-note',
  xhs: 'xiaohongshu-note',
  rednote: 'xiaohongshu-note',
  小红书: 'xiaohongshu-note',
  淘宝: 'taobao-detail',
  天猫: 'taobao-detail',
  京东: 'jd-detail',
  拼多多: 'pdd-detail',
  抖音: 'douyin-script',
};

/** A copy format from a copy-format id, a seller platform id or an alias; undefined when unknown. */
export function resolveCopyFormat(value: string): CopyPlatform | undefined {
  const key = value.trim().toLowerCase();
  if ((COPY_PLATFORMS as readonly string[]).includes(key)) return key as CopyPlatform;
  if (key in COPY_FORMAT_FOR_PLATFORM) return COPY_FORMAT_FOR_PLATFORM[key as Platform];
  return COPY_FORMAT_ALIASES[key] ?? COPY_FORMAT_ALIASES[value.trim()];
}

export function copyPlatformSpec(id: CopyPlatform): CopyPlatformSpec {
  return COPY_PLATFORM_SPECS[id];
}

/** Body length the draft aims for: the caller's target clamped into the platform's range. */
export function bodyLengthTarget(spec: CopyPlatformSpec, lengthTarget: number | null): { min: number; max: number } {
  if (lengthTarget === null) return { min: spec.bodyMin, max: spec.bodyMax };
  const max = Math.min(spec.bodyMax, lengthTarget);
  return { min: Math.min(spec.bodyMin, Math.floor(max * 0.7)), max };
}
