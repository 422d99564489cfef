import { bodyLengthTarget, copyPlatformSpec, type CopyPlatformSpec } from './platforms';
import { sceneKitFor, type SceneKit } from './scenes';
import type { DraftRequest, DraftResult, DraftVariant, Framework } from './schema';

/**
 * Deterministic drafter used when no model is configured: the same request
 * always yields the same variants, and variant i differs from variant j by
 * headline pattern, opening, scene moment and selling-point order. Template
 * wording avoids 广告法 absolute and medical terms (tested against the audit).
 */

interface Ctx {
  request: DraftRequest;
  spec: CopyPlatformSpec;
  kit: SceneKit;
  i: number;
}

const pick = <T>(list: readonly T[], i: number): T => list[((i % list.length) + list.length) % list.length] as T;
const point = (ctx: Ctx, k: number): string => pick(ctx.request.product.sellingPoints, ctx.i + k).replace(/[。.!！]+$/, '');

export function draftOffline(request: DraftRequest): DraftResult {
  const spec = copyPlatformSpec(request.platform);
  const kit = sceneKitFor(request.scene);
  const variants = Array.from({ length: request.variants }, (_, i) => {
    const ctx: Ctx = { request, spec, kit, i };
    return spec.lang === 'en' ? englishVariant(ctx) : chineseVariant(ctx);
  });
  return { variants };
}

// ——— zh-CN ———

const ZH_OPENERS = ['你是不是也这样：', '说个真实场景：', '相信很多人都有同感：', '经历过的人都懂：', '先说一个小烦恼：'];
const ZH_SOLUTION_TAILS = ['让这些麻烦少了很多。', '把这件事变得简单。', '用起来顺手又省心。', '节奏一下子从容了。', '每天都能少操一份心。'];

const ZH_HEADLINES: Record<Framework, ((ctx: Ctx, label: string, name: string) => string)[]> = {
  'pain-solution-showcase': [
    (_c, label, name) => `${label}党看过来：${name}`,
    (_c, label, name) => `${name}｜${label}里的小帮手`,
    (c, label) => `${c.request.keywords[0] ?? point(c, 0)}，${label}也从容`,
    (_c, label, name) => `告别${label}小烦恼｜${name}`,
    (c, label, name) => `${c.request.product.audience}的${label}搭子：${name}`,
  ],
  aida: [
    (_c, label) => `${label}的时候，你缺的可能是它`,
    (_c, label, name) => `${name}，让${label}换个节奏`,
    (c, label) => `${label}新思路：${point(c, 0)}`,
    (_c, label, name) => `试试${name}，${label}更轻松`,
    (c, _label, name) => `${name}｜${c.request.keywords[0] ?? c.request.product.category}`,
  ],
  fab: [
    (c, label) => `${point(c, 0)}，${label}刚好用得上`,
    (_c, label, name) => `${name}：为${label}而设计`,
    (c, _label, name) => `${name}｜${point(c, 1)}`,
    (c, label) => `${label}实用之选：${c.request.product.category}`,
    (c, label, name) => `${name}，${c.request.product.audience}的${label}日常`,
  ],
};

function chineseVariant(ctx: Ctx): DraftVariant {
  const { request, spec, kit, i } = ctx;
  const { name, category, audience } = request.product;
  const label = kit.zh.label;
  const moment = pick(kit.zh.moments, i);
  const laterMoment = pick(kit.zh.moments, i + 1);
  const pain = pick(kit.zh.pains, i);
  const keywords = request.keywords.length ? `说到${request.keywords.join('、')}，它都能对上号。` : '';
  const points = request.product.sellingPoints.map((_, k) => point(ctx, k));

  let painPoint: string;
  let solution: string;
  let showcase: string;
  if (request.framework === 'aida') {
    painPoint = `${moment}，${pain}，有没有更省心的办法？`;
    solution = `${name}把${points.slice(0, 2).join('和')}放进了一件${category}里，${pick(ZH_SOLUTION_TAILS, i)}`;
    showcase = `想象一下${laterMoment}，${points.join('、')}，一样一样都在手边。${keywords}`;
  } else if (request.framework === 'fab') {
    painPoint = `${label}时，${audience}需要的是实实在在的好用：${pain}的问题得有人解决。`;
    solution = `${points.map((p, k) => (k === 0 ? `${p}，意味着${moment}也不用发愁` : p)).join('；')}。`;
    showcase = `对${audience}来说，${name}带来的是${label}里的从容和踏实。${keywords}`;
  } else {
    painPoint = `${pick(ZH_OPENERS, i)}${moment}，${pain}。`;
    solution = `${name}：${points.slice(0, 2).join('，')}，${pick(ZH_SOLUTION_TAILS, i)}`;
    showcase = `${laterMoment}，拿出${name}：${points.join('、')}。${keywords}`;
  }

  const body = fitLength([painPoint, solution, showcase, zhClosing(ctx)].join(platformGlue(spec)), bodyLengthTarget(spec, request.lengthTarget).max);
  const headline = fitHeadline(pick(ZH_HEADLINES[request.framework], i)(ctx, label, name), name, spec.headlineMax);
  const bullets = fillBullets(points, [`${label}场景实用`, `适合${audience}`, `${category}日常好搭档`], spec);
  const hashtags = hashtagsFor([label, ...kit.zh.tags, category, ...request.keywords, '好物分享'], spec.hashtagCount);
  return { headline, painPoint, solution, showcase, body, bullets, hashtags, scene: request.scene, framework: request.framework };
}

function platformGlue(spec: CopyPlatformSpec): string {
  return spec.id === 'douyin-script' || spec.id === 'xiaohongshu-note' ? '\n' : '';
}

function zhClosing(ctx: Ctx): string {
  const { spec, request } = ctx;
  if (spec.id === 'douyin-script') return pick(['喜欢的话点下方链接看看详情。', '需要的朋友可以点下方链接了解一下。'], ctx.i);
  if (spec.id === 'xiaohongshu-note') return pick(['以上是我的真实使用感受，供大家参考～', '自用分享，按需入手就好～'], ctx.i);
  if (/专业|严谨|正式/.test(request.tone)) return '具体参数请以详情页规格说明为准。';
  if (/幽默|俏皮|活泼/.test(request.tone)) return '生活嘛，能省一点心就是赚到。';
  return pick(['把它加入购物车，给日常添一份省心。', '细节参数见下方说明，欢迎咨询客服。'], ctx.i);
}

// ——— en (Amazon) ———

const EN_BENEFITS = ['EVERYDAY EASE', 'BUILT FOR THE SCENE', 'THOUGHTFUL DETAILS', 'EASY TO CARRY AND STORE', 'A CONSIDERED GIFT'];
const EN_OPENERS = ['Picture this:', 'Sound familiar?', 'We have all been there:', 'Here is the problem:', 'Think about it:'];

function englishVariant(ctx: Ctx): DraftVariant {
  const { request, spec, kit, i } = ctx;
  const { name, category, audience } = request.product;
  const label = kit.en.label;
  const moment = pick(kit.en.moments, i);
  const pain = pick(kit.en.pains, i);
  const points = request.product.sellingPoints.map((_, k) => point(ctx, k));
  const keywords = request.keywords.length ? ` Made for ${request.keywords.join(', ')}.` : '';

  const painPoint = `${pick(EN_OPENERS, i)} ${moment}, and ${pain}.`;
  const solution = request.framework === 'fab'
    ? `${points[0] ?? name} means ${label} gets simpler; ${points.slice(1).join('; ') || 'every detail has a purpose'}.`
    : `${name} brings ${points.slice(0, 2).join(' and ')} to ${label}, so the day runs smoother.`;
  const showcase = request.framework === 'aida'
    ? `Imagine ${pick(kit.en.moments, i + 1)} with ${name} at hand: ${points.join(', ')}.${keywords} Add it to your cart and see the difference.`
    : `For ${audience}, ${name} offers ${points.join(', ')}.${keywords}`;
  const headlines = [
    `${name} for ${capitalize(label)} – ${points[0] ?? category}`,
    `${name}, ${category} for ${audience}`,
    `${name} – ${points.slice(0, 2).join(', ')}`,
    `${capitalize(label)} ${category}: ${name}`,
    `${name} | ${request.keywords.slice(0, 3).join(' | ') || category}`,
  ];
  const headline = fitHeadline(pick(headlines, i), name, spec.headlineMax);
  const body = fitLength([painPoint, solution, showcase].join(' '), bodyLengthTarget(spec, request.lengthTarget).max);
  const bullets = Array.from({ length: spec.bulletCount }, (_, k) => {
    const benefit = pick(EN_BENEFITS, k + i);
    const detail = points[k] ?? (k % 2 === 0 ? `Designed for ${label}` : `A practical choice for ${audience}`);
    return fitLength(`${benefit}: ${capitalize(detail)}.`, spec.bulletMax);
  });
  return { headline, painPoint, solution, showcase, body, bullets, hashtags: [], scene: request.scene, framework: request.framework };
}

// ——— shared ———

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fitHeadline(preferred: string, name: string, max: number): string {
  if (preferred.length <= max) return preferred;
  if (name.length <= max) return name;
  return name.slice(0, max);
}

/** Cuts at the last sentence end that fits, so a body never stops mid-sentence when it can help it. */
function fitLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const end = Math.max(...['。', '！', '？', '\n', '. ', '～'].map((mark) => cut.lastIndexOf(mark)));
  return end > max / 2 ? cut.slice(0, end + 1).trimEnd() : cut;
}

function fillBullets(points: string[], extras: string[], spec: CopyPlatformSpec): string[] {
  const all = [...points, ...extras].map((text) => fitLength(text, spec.bulletMax));
  return [...new Set(all)].slice(0, spec.bulletCount);
}

function hashtagsFor(candidates: string[], count: number): string[] {
  const tags = candidates.map((tag) => `#${tag.replace(/[#\s]+/g, '')}`).filter((tag) => tag.length > 1);
  return [...new Set(tags)].slice(0, count);
}
