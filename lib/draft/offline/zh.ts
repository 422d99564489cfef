import type { DraftVariant } from '../schema';
import { fill, turn, type Beat, type VariantPlan } from './plan';
import { fitHeadline, fitLength, hashtagsFor, uniqueKeywords } from './shared';

/**
 * Chinese copy per platform, from a variant plan. The product name appears once in
 * each body; after that the copy says 它 or the category's noun (这只杯子).
 */

const end = (text: string): string => (/[。！？…～」）)]$/u.test(text) ? text : `${text}。`);
const ask = (text: string): string => `${text.replace(/[。！？]+$/u, '')}？`;

function leadPain(plan: VariantPlan, beat: Beat | undefined): string {
  if (!beat) return `${plan.moment.zh}，总有些小麻烦让人分心`;
  return beat.pain.specific ? beat.pain.zh : `${plan.moment.zh}，${beat.pain.zh}`;
}

function extrasLine(plan: VariantPlan, from: number): string {
  const rest = [...plan.beats.slice(from).map((b) => b.point), ...plan.plainPoints];
  if (!rest.length) return '';
  const list = rest.join('，');
  return plan.rng.pick([`另外，${list}，细节上也没落下。`, `还有${list}，日常用得上的地方都想到了。`, `再加上${list}。`]);
}

function secondAnswer(plan: VariantPlan): string {
  const beat = plan.beats[1];
  if (!beat) return '';
  return end(
    fill(plan.rng.pick(['再说{label}：{answer}', '另一处用心的是{label}：{answer}', '另外，{answer}', '更顺手的是，{answer}']), {
      label: beat.attribute.labelZh,
      answer: beat.answer.zh,
    }),
  );
}

function cta(plan: VariantPlan): string {
  const { request, segment, rng } = plan;
  if (/专业|严谨|正式/.test(request.tone)) return '具体参数请以详情页规格说明为准。';
  if (segment) return end(rng.pick(segment.ctaZh));
  if (/幽默|俏皮|活泼/.test(request.tone)) return '日子嘛，能少操一份心就是赚到。';
  return turn(plan, ['规格和颜色按需选择，有问题随时问客服。', '细节参数见下方说明。', '需要的话，把它加进购物车。']);
}

function titleHeadline(plan: VariantPlan): string {
  const { request, spec, beats, scene, index } = plan;
  const name = request.product.name;
  // Labels in the seller's order (beats are already rotated per variant), minus words the name already has.
  const order = (b: Beat) => request.product.sellingPoints.findIndex((p) => p.includes(b.point));
  const overlapsName = (label: string) => Array.from({ length: label.length - 1 }, (_, k) => label.slice(k, k + 2)).some((pair) => name.includes(pair));
  const labels = [...beats]
    .sort((a, b) => order(a) - order(b))
    .map((b) => b.attribute.labelZh)
    .filter((label) => !overlapsName(label));
  const shift = Math.floor(index / 3) % Math.max(1, labels.length);
  const rotated = [...labels.slice(shift), ...labels.slice(0, shift)];
  const extra = uniqueKeywords(request.keywords, name);
  const orders = [
    [name, ...extra, ...rotated, scene.zh],
    [name, scene.zh, ...extra, ...rotated],
    [name, ...extra, scene.zh, ...rotated],
  ];
  const tokens = orders[index % orders.length]!;
  let title = '';
  for (const token of tokens) {
    const next = title ? `${title} ${token}` : token;
    if (next.length <= spec.headlineMax && !title.includes(token)) title = next;
  }
  return title || fitHeadline(name, name, spec.headlineMax);
}

function noteHeadline(plan: VariantPlan): string {
  const { scene, beats, request, spec } = plan;
  const cat = plan.category?.zh ?? request.product.category;
  const label = beats[0]?.attribute.labelZh ?? '';
  const point = beats[0]?.point ?? '';
  const options =
    spec.id === 'douyin-script'
      ? [`${scene.zh}带上它`, `${cat}怎么选？看${label}`, `${label}的${cat}长这样`, `${scene.zh}的人看过来`, `${point}，${scene.zh}刚好`]
      : spec.id === 'generic'
        ? [
            `${scene.zh}也从容｜${point}`,
            `${scene.zh}里的${cat}：${label}${beats[1] ? `+${beats[1].attribute.labelZh}` : ''}`,
            `${point}的${cat}`,
            `${scene.zh}小麻烦，交给${cat}`,
            `${cat}｜${beats[1]?.point ?? point}`,
          ]
        : [
            `${scene.zh}小物｜${label}${beats[1] ? `+${beats[1].attribute.labelZh}` : ''}`,
            `${scene.zh}清单里的${cat}`,
            `${label}的${cat}，${scene.zh}刚好用`,
            `给${scene.zh}的你：${cat}`,
            `${point}｜${scene.zh}`,
          ];
  // Variant i starts at its own template, so variants of one draft never share a headline pattern.
  const first = (plan.index + plan.request.seed) % options.length;
  const ordered = [...options.slice(first), ...options.slice(0, first)].filter((o) => !o.endsWith('看') || label);
  return ordered.find((o) => o.length <= spec.headlineMax) ?? fitHeadline(`${scene.zh}｜${cat}`, cat, spec.headlineMax);
}

function bulletsFor(plan: VariantPlan): string[] {
  const { spec } = plan;
  const fromBeats = plan.beats.map((b) => (b.answer.zh.length <= spec.bulletMax ? b.answer.zh : b.point));
  return [...new Set([...fromBeats, ...plan.plainPoints])].map((b) => fitLength(b, spec.bulletMax)).slice(0, spec.bulletCount);
}

function tags(plan: VariantPlan): string[] {
  const cat = plan.category?.zh ?? plan.request.product.category;
  return hashtagsFor(
    [...plan.request.keywords, plan.scene.tags[0] ?? plan.scene.zh, cat, ...plan.scene.tags.slice(1), `${plan.scene.zh}好物`],
    plan.spec.hashtagCount,
  );
}

export function chineseVariant(plan: VariantPlan): DraftVariant {
  const { request, spec, beats } = plan;
  const name = request.product.name;
  const lead = beats[0];
  const pain = end(leadPain(plan, lead));
  const answer1 = lead ? end(lead.answer.zh) : end(request.product.sellingPoints.join('，'));
  const answer2 = secondAnswer(plan);
  const show = end(beats[2]?.showcase.zh ?? lead?.showcase.zh ?? plan.moment.zh);
  const extras = extrasLine(plan, 3);
  const intro = turn(plan, ['有了{name}，', '{name}的办法很直接：', '交给{name}：', '{name}把这件事想在了前面：']);
  const solution = `${fill(intro, { name })}${answer1}${answer2}`;
  const showcase = `${show}${extras}`;
  const closing = cta(plan);
  const max = spec.bodyMax;
  let body: string;
  let headline: string;
  let hashtags: string[] = [];

  switch (spec.id) {
    case 'taobao-detail': {
      const [h1, h2, h3] = turn(plan, [
        ['{scene}的烦恼', '{name}这样解决', '看得见的细节'],
        ['你可能也遇到过', '{name}的解法', '用起来是这样'],
        ['为什么需要它', '{name}怎么做', '细节'],
      ] as const);
      body = [`【${fill(h1, { scene: plan.scene.zh })}】`, pain, `【${fill(h2, { name })}】`, `${answer1}${answer2}`, `【${h3}】`, showcase, closing].join(
        '\n',
      );
      headline = titleHeadline(plan);
      break;
    }
    case 'jd-detail': {
      const lines = beats.map((b) => `${b.attribute.labelZh}｜${end(b.answer.zh)}`);
      for (const point of plan.plainPoints) lines.push(`细节｜${end(point)}`);
      body = [
        `【使用场景】${plan.moment.zh}，${lead?.pain.zh ?? '日常用得上'}。`,
        '【核心卖点】',
        ...lines,
        `【适用人群】${end(request.product.audience)}`,
        `${name}的详细规格以页面参数为准。`,
      ].join('\n');
      headline = titleHeadline(plan);
      break;
    }
    case 'pdd-detail': {
      const points = [...beats.map((b) => b.point), ...plan.plainPoints].join('，');
      body = [ask(leadPain(plan, lead)), `${name}：${points}。`, answer1, closing].join('\n');
      headline = titleHeadline(plan);
      break;
    }
    case 'douyin-script':
      ({ body, headline, hashtags } = douyinScript(plan, { answer1, answer2: beats[1] ? end(beats[1].answer.zh) : '', show }));
      break;
    case 'xiaohongshu-note': {
      hashtags = tags(plan);
      const opener = turn(plan, ['给{scene}的朋友整理一个小物：{name}。', '{scene}清单里，想单独说说{name}。', '这篇只聊一样东西：{name}。']);
      body = [
        pain,
        `${fill(opener, { scene: plan.scene.zh, name })}${answer1}`,
        answer2,
        `${show}${extras}`,
        `适合：${end(request.product.audience)}${closing}`,
        hashtags.join(' '),
      ]
        .filter(Boolean)
        .join('\n\n');
      headline = noteHeadline(plan);
      break;
    }
    default:
      body = [pain, solution, showcase, closing].join('\n');
      headline = noteHeadline(plan);
      hashtags = tags(plan);
  }
  return {
    headline: fitHeadline(headline, name, spec.headlineMax),
    painPoint: pain,
    solution,
    showcase,
    body: fitLength(body, max),
    bullets: bulletsFor(plan),
    hashtags,
    scene: request.scene,
    framework: request.framework,
  };
}

/** Speech rate of a brisk voice-over, characters per second: 30–60 s ≈ 130–260 characters. */
export const SPOKEN_CHARS_PER_SECOND = 4.3;
export const spokenLength = (script: string): number => script.replace(/【[^】]*】/gu, '').replace(/[\s，。！？、：；…—“”‘’（）()]/gu, '').length;

function douyinScript(plan: VariantPlan, parts: { answer1: string; answer2: string; show: string }): { body: string; headline: string; hashtags: string[] } {
  const { request, rng, beats, segment } = plan;
  const name = request.product.name;
  const lead = beats[0];
  const painText = lead?.pain.zh ?? `${plan.moment.zh}，总有些小麻烦`;
  const hooks = segment?.hookZh ?? ['{pain}？', '先别划走！{pain}？', '{pain}，是不是很头疼？'];
  const shortPain = painText.split('，').at(-1) ?? painText;
  const hookFor = (p: string) => end(fill(rng.pick(hooks), { pain: p }).replace(/？？/g, '？'));
  let hook = hookFor(painText);
  if (spokenLength(hook) > 18) hook = hookFor(shortPain);
  const react = rng.pick(['这事儿谁遇到谁知道。', '太真实了对吧？', '是不是很崩溃？']);
  const reveal = turn(plan, ['给你看个东西，{name}。', '就是手上这个，{name}。', '今天只说一样：{name}。']);
  const more = [...beats.slice(3).map((b) => b.point), ...plan.plainPoints].map((p) => `还有，${p}。`);
  const lines = [
    `【开头3秒】${hook}`,
    react,
    `【产品出镜】${fill(reveal, { name })}`,
    `你看，${parts.answer1}`,
    ...(parts.answer2 ? [`还有啊，${parts.answer2}`] : []),
    ...more,
    `【使用画面】${parts.show}`,
    rng.pick(['想要的话，点下方小黄车看看。', '需要的朋友，点左下角链接了解一下。', '喜欢就点下方链接看看详情。']),
  ];
  // Keep the spoken part inside 30–60 s: drop extra facts first, then add the scene back if short.
  const maxChars = Math.floor(60 * SPOKEN_CHARS_PER_SECOND);
  while (spokenLength(lines.join('')) > maxChars && lines.some((l) => l.startsWith('还有，')))
    lines.splice(
      lines.findLastIndex((l) => l.startsWith('还有，')),
      1,
    );
  if (spokenLength(lines.join('')) < 30 * SPOKEN_CHARS_PER_SECOND)
    lines.splice(lines.length - 1, 0, `${plan.moment.zh}，它就在手边，拿出来就能用，不用多费心思。`);
  return { body: lines.join('\n'), headline: noteHeadline(plan), hashtags: tags(plan) };
}
