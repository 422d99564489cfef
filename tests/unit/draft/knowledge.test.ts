import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/compliance';
import { findTestimonials, findUnsourcedNumbers, sourcedNumbers } from '../../../lib/draft/claims';
import { variantTexts } from '../../../lib/draft/guardrail';
import { findAttribute, findCategory, findScene, knowledge, validateKnowledge } from '../../../lib/draft/knowledge';
import { ATTRIBUTES } from '../../../lib/draft/knowledge/attributes';
import { CATEGORIES } from '../../../lib/draft/knowledge/categories';
import { SCENES } from '../../../lib/draft/knowledge/scenes';
import { SEGMENT_ENTRIES } from '../../../lib/draft/knowledge/segments';
import { draftOffline, spokenLength, SPOKEN_CHARS_PER_SECOND } from '../../../lib/draft/offline';
import { copyPlatformSpec } from '../../../lib/draft/platforms';
import { COPY_PLATFORMS, draftRequestSchema, type DraftRequest, type DraftVariant } from '../../../lib/draft/schema';

const kb = knowledge();

function requestFor(categoryId: string, sceneZh: string, platform: (typeof COPY_PLATFORMS)[number], extra: Partial<DraftRequest> = {}): DraftRequest {
  const category = kb.categories.find((c) => c.id === categoryId)!;
  return draftRequestSchema.parse({
    product: { name: `样品${category.zh}`, category: category.zh, sellingPoints: category.samplePoints, audience: '大众消费者' },
    scene: sceneZh,
    platform,
    variants: 3,
    ...extra,
  });
}

const sceneZh = (id: string) => kb.scenes.find((s) => s.id === id)!.zh;
const count = (text: string, part: string) => text.split(part).length - 1;
const ZH_PLATFORMS = COPY_PLATFORMS.filter((p) => copyPlatformSpec(p).lang === 'zh-CN');

/** Every category in each scene it claims, on every Chinese platform, plus Amazon and Shopify. */
const MATRIX = kb.categories.flatMap((category) =>
  category.scenes.flatMap((scene) => [...ZH_PLATFORMS, 'amazon-bullets' as const].map((platform) => ({ category, scene, platform }))),
);

describe('knowledge base', () => {
  it('validates, and covers at least 40 categories, 30 scenes and the six audience segments', () => {
    expect(() => validateKnowledge()).not.toThrow();
    expect(CATEGORIES.length).toBeGreaterThanOrEqual(40);
    expect(SCENES.length).toBeGreaterThanOrEqual(30);
    expect(SEGMENT_ENTRIES.map((s) => s.id).sort()).toEqual(['business', 'new', 'parent', 'returning', 'senior', 'student']);
  });

  it('names the entry and field when data is wrong', () => {
    expect(() =>
      validateKnowledge({ ...kb, attributes: [{ ...ATTRIBUTES[0]!, answers: [{ zh: '保温12小时', en: 'keeps hot {point}' }, ATTRIBUTES[0]!.answers[1]!] }] }),
    ).toThrow(/KnowledgeError: attribute keep-warm: answers\.0\.zh/);
    expect(() => validateKnowledge({ ...kb, categories: [{ ...CATEGORIES[0]!, attributes: ['keep-warm', 'no-such'] }] })).toThrow(
      /category thermos: unknown attribute 'no-such'/,
    );
  });

  it('every category claims attributes its sample selling points really carry, and is found by its own name', () => {
    for (const category of kb.categories) {
      expect(findCategory(category.zh)?.id, category.zh).toBe(category.id);
      const found = new Set(category.samplePoints.map((p) => findAttribute(p)?.id));
      for (const id of category.attributes)
        expect(found.has(id), `${category.id}: no sample point carries ${id} (${category.samplePoints.join(' / ')})`).toBe(true);
    }
  });

  it('every scene is found by its own name, and at least three attributes have a pain written for it', () => {
    for (const scene of kb.scenes) {
      expect(findScene(scene.zh)?.id).toBe(scene.id);
      const withPain = kb.attributes.filter((a) => a.pains.some((p) => p.in?.some((c) => scene.contexts.includes(c))));
      expect(withPain.length, scene.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('English cues match on word boundaries only ("pa" in capacity is no power claim)', () => {
    expect(findAttribute('Large capacity 1.5 L')?.id).toBe('capacity');
    expect(findAttribute('Leakproof flip lid')?.id).toBe('leakproof');
    expect(findAttribute('可调节肩带')?.id).toBe('adjustable');
  });
});

describe('offline drafts across every category × claimed scene × platform', () => {
  const drafts = MATRIX.map(({ category, scene, platform }) => {
    const req = requestFor(category.id, sceneZh(scene), platform);
    return { req, label: `${category.id}/${scene}/${platform}`, variants: draftOffline(req).variants };
  });

  it(`contain no banned term (lib/compliance checkText), no testimonial and no invented number (${MATRIX.length} drafts)`, (ctx) => {
    if (checkText('这是最好的产品', { platform: 'taobao' }).length === 0) ctx.skip();
    for (const { req, label, variants } of drafts) {
      const spec = copyPlatformSpec(req.platform);
      const sourced = sourcedNumbers([req.product.name, ...req.product.sellingPoints]);
      for (const v of variants) {
        for (const { field, text, check } of variantTexts(v)) {
          const errors = checkText(text, { platform: spec.auditPlatform, field: check }).filter((f) => f.severity === 'error');
          expect(
            errors.map((f) => f.match),
            `${label} ${field}: ${text}`,
          ).toEqual([]);
          expect(findTestimonials(text), `${label} ${field}: ${text}`).toEqual([]);
          expect(
            findUnsourcedNumbers(text, sourced).map((f) => f.match),
            `${label} ${field}: ${text}`,
          ).toEqual([]);
        }
      }
    }
  });

  it('name the product exactly once per body, and leave no ASCII space between Chinese sentences', () => {
    for (const { req, label, variants } of drafts) {
      for (const v of variants) {
        expect(count(v.body, req.product.name), `${label}: ${v.body}`).toBe(1);
        if (copyPlatformSpec(req.platform).lang === 'zh-CN')
          expect(v.body, label).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef] +[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/u);
      }
    }
  });

  it("tie each pain point to an attribute of one of the seller's selling points", () => {
    for (const { req, label, variants } of drafts) {
      const attributes = req.product.sellingPoints.map(findAttribute).filter((a) => a !== undefined);
      const pains = attributes.flatMap((a) => a.pains.map((p) => (copyPlatformSpec(req.platform).lang === 'en' ? p.en.toLowerCase() : p.zh)));
      for (const v of variants) {
        const text = copyPlatformSpec(req.platform).lang === 'en' ? v.painPoint.toLowerCase() : v.painPoint;
        expect(
          pains.some((pain) => text.includes(pain)),
          `${label}: ${v.painPoint}`,
        ).toBe(true);
      }
    }
  });

  it('weave the selling points into the copy', () => {
    for (const { req, label, variants } of drafts) {
      for (const v of variants) {
        const all = variantTexts(v)
          .map((t) => t.text)
          .join('\n')
          .toLowerCase();
        for (const point of req.product.sellingPoints) expect(all, `${label}: ${point}`).toContain(point.toLowerCase().replace(/[。.]+$/, ''));
      }
    }
  });

  it('differ across the variants of one draft', () => {
    for (const { label, variants } of drafts) {
      expect(new Set(variants.map((v) => v.body)).size, label).toBe(variants.length);
    }
  });
});

describe('platform formats really differ', () => {
  const base = (platform: (typeof COPY_PLATFORMS)[number], extra: Partial<DraftRequest> = {}) =>
    draftOffline(requestFor('thermos', '通勤', platform, extra)).variants[0]!;

  it('淘宝 detail has sections; 京东 lists selling points with a spec note; 拼多多 is short', () => {
    expect(base('taobao-detail').body).toMatch(/^【[^】]+】\n/);
    expect(base('jd-detail').body).toContain('【核心卖点】');
    expect(base('jd-detail').body).toContain('以页面参数为准');
    expect(base('pdd-detail').body.length).toBeLessThan(base('taobao-detail').body.length);
  });

  it('抖音口播 is a 30–60 s spoken script with a hook in the first 3 seconds', () => {
    for (const seed of [0, 1, 2, 3]) {
      const script = draftOffline(requestFor('earbuds', '通勤', 'douyin-script', { seed })).variants[0]!.body;
      const seconds = spokenLength(script) / SPOKEN_CHARS_PER_SECOND;
      expect(seconds, script).toBeGreaterThanOrEqual(30);
      expect(seconds, script).toBeLessThanOrEqual(60);
      const hook = /^【开头3秒】(.+)$/mu.exec(script)?.[1] ?? '';
      expect(spokenLength(hook) / SPOKEN_CHARS_PER_SECOND, hook).toBeLessThanOrEqual(5);
      expect(script).toMatch(/小黄车|链接/);
    }
  });

  it('小红书 note: title ≤ 20, short paragraphs, tags, and no first-person testimonial', () => {
    const note = base('xiaohongshu-note');
    expect(note.headline.length).toBeLessThanOrEqual(20);
    const paragraphs = note.body.split('\n\n');
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(paragraphs.every((p) => p.length <= 120)).toBe(true);
    expect(paragraphs.at(-1)).toMatch(/^#/);
    expect(note.body).not.toMatch(/我用|亲测|真实使用感受|自用|回购/);
  });

  it('Amazon bullets: natural English with capitalised lead-ins; keyword phrases stay whole', () => {
    const en = draftOffline(
      draftRequestSchema.parse({
        product: {
          name: 'Trailhead Bottle',
          category: 'water bottle',
          sellingPoints: ['Keeps drinks hot for 12 hours', 'Leakproof flip lid', 'Dishwasher-safe stainless steel'],
          audience: 'commuters',
        },
        scene: 'hiking',
        platform: 'amazon-bullets',
        keywords: ['water bottle', 'travel mug'],
        variants: 2,
      }),
    ).variants;
    for (const v of en) {
      expect(v.bullets).toHaveLength(5);
      for (const bullet of v.bullets) expect(bullet).toMatch(/^[A-Z][A-Z -]+: [A-Z0-9]/);
      expect(v.body).toMatch(/^[\x20-\x7e–\n]+$/);
      const all = variantTexts(v)
        .map((t) => t.text)
        .join('\n')
        .toLowerCase();
      expect(all).toContain('water bottle');
      expect(all).toContain('travel mug');
    }
  });
});

describe('audience segments and regenerate', () => {
  it('a segment changes the call to action and the address', () => {
    const senior = draftOffline(requestFor('humidifier', '睡前时光', 'taobao-detail', { segment: 'senior' })).variants[0]!.body;
    const student = draftOffline(requestFor('humidifier', '睡前时光', 'taobao-detail', { segment: 'student' })).variants[0]!.body;
    const seniorCtas = SEGMENT_ENTRIES.find((s) => s.id === 'senior')!.ctaZh;
    expect(seniorCtas.some((cta) => senior.includes(cta))).toBe(true);
    expect(senior).not.toEqual(student);
  });

  it('the audience text picks the segment when none is set (宝妈 → parents: baby pains first)', () => {
    const v = draftOffline(
      draftRequestSchema.parse({
        product: { name: '便携奶瓶', category: '奶瓶', sellingPoints: ['PPSU食品级材质', '宽口径好清洗'], audience: '新手宝妈' },
        scene: '带娃出门',
        platform: 'taobao-detail',
        variants: 1,
      }),
    ).variants[0]!;
    const babyPains = kb.attributes.flatMap((a) => a.pains.filter((p) => p.in?.includes('baby')).map((p) => p.zh));
    expect(
      babyPains.some((p) => v.painPoint.includes(p)),
      v.painPoint,
    ).toBe(true);
  });

  it('regenerate (another seed) gives a different draft; the same seed gives the same one', () => {
    const a = draftOffline(requestFor('backpack', '通勤', 'taobao-detail', { seed: 0 }));
    const b = draftOffline(requestFor('backpack', '通勤', 'taobao-detail', { seed: 1 }));
    const again = draftOffline(requestFor('backpack', '通勤', 'taobao-detail', { seed: 0 }));
    expect(again).toEqual(a);
    const bodies = (r: { variants: DraftVariant[] }) => r.variants.map((v) => v.body);
    expect(bodies(b)).not.toEqual(bodies(a));
    expect(b.variants[0]!.body).not.toEqual(a.variants[0]!.body);
  });

  it('a camping draft for sunscreen talks about sun outdoors, not about heavy gear', () => {
    const v = draftOffline(requestFor('sunscreen', '露营', 'taobao-detail')).variants[0]!;
    const sunPains = kb.attributes.filter((a) => ['sun-protect', 'oil-control', 'gentle-formula'].includes(a.id)).flatMap((a) => a.pains.map((p) => p.zh));
    expect(
      sunPains.some((p) => v.painPoint.includes(p)),
      v.painPoint,
    ).toBe(true);
    expect(v.body).not.toMatch(/装备又多又重/);
  });
});
