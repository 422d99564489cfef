import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/compliance';
import { draft } from '../../../lib/draft/index';
import { variantTexts } from '../../../lib/draft/guardrail';
import { draftOffline } from '../../../lib/draft/offline';
import { copyPlatformSpec } from '../../../lib/draft/platforms';
import { COPY_PLATFORMS, FRAMEWORKS, draftRequestSchema, draftResultSchema, type DraftRequestInput } from '../../../lib/draft/schema';
import { fakeCheckText, request } from './fixtures';

const SCENES = ['通勤', '考研图书馆', '露营', '租房改造', '办公室', '旅行', '健身', '居家', '海边度假村'];

/** Terms the templates must never produce themselves (广告法 §9(3) absolute terms, §17 medical claims, Amazon claims). */
const FORBIDDEN =
  /最|第一|唯一|首选|顶级|极致|极品|绝对|永久|万能|100%|国家级|全网|治疗|治愈|根治|药|神器|秒杀|\bbest\b|\bperfect\b|\bguarantee|\bcure|\bNo\.?\s?1\b|#1\b/i;

const every: DraftRequestInput[] = COPY_PLATFORMS.flatMap((platform) =>
  FRAMEWORKS.flatMap((framework) => SCENES.map((scene) => ({ ...request, platform, framework, scene, variants: 5 }))),
);

describe('offline drafter', () => {
  it('is deterministic', () => {
    const req = draftRequestSchema.parse({ ...request, variants: 5 });
    expect(draftOffline(req)).toEqual(draftOffline(draftRequestSchema.parse({ ...request, variants: 5 })));
  });

  it('fills the result schema with N distinct variants for every platform × framework × scene', () => {
    for (const input of every) {
      const req = draftRequestSchema.parse(input);
      const out = draftResultSchema.parse(draftOffline(req));
      expect(out.variants).toHaveLength(5);
      expect(new Set(out.variants.map((v) => v.headline)).size).toBe(5);
      expect(new Set(out.variants.map((v) => v.body)).size).toBe(5);
      for (const v of out.variants) {
        expect(v).toMatchObject({ scene: input.scene, framework: input.framework ?? 'pain-solution-showcase' });
        const spec = copyPlatformSpec(req.platform);
        expect(v.headline.length).toBeLessThanOrEqual(spec.headlineMax);
        expect(v.body.length).toBeLessThanOrEqual(spec.bodyMax);
        expect(v.bullets.length).toBeLessThanOrEqual(spec.bulletCount);
        expect(v.hashtags.length).toBeLessThanOrEqual(spec.hashtagCount);
        expect(v.body).toContain(req.product.name);
        for (const keyword of req.keywords) expect(variantTexts(v).some((t) => t.text.includes(keyword))).toBe(true);
      }
    }
  });

  it('writes English for amazon-bullets and Chinese elsewhere', () => {
    const en = draftOffline(
      draftRequestSchema.parse({
        ...request,
        platform: 'amazon-bullets',
        product: { name: 'Folding Travel Mug', category: 'travel mug', sellingPoints: ['316 stainless steel', 'one-hand lid'], audience: 'commuters' },
        keywords: ['travel mug'],
      }),
    );
    expect(en.variants[0]?.painPoint).toMatch(/^[\x20-\x7e–]+$/);
    expect(en.variants[0]?.bullets).toHaveLength(5);
    expect(en.variants[0]?.bullets[0]).toMatch(/^[A-Z ]+: /);
    const zh = draftOffline(draftRequestSchema.parse(request));
    expect(zh.variants[0]?.painPoint).toMatch(/[\u4e00-\u9fff]/);
  });

  it('template text itself contains no absolute or medical terms', () => {
    for (const input of every) {
      for (const v of draftOffline(draftRequestSchema.parse(input)).variants) {
        for (const { field, text } of variantTexts(v)) {
          const hit = FORBIDDEN.exec(text);
          expect(hit, `${input.platform}/${input.framework}/${input.scene} ${field}: ${text}`).toBeNull();
        }
      }
    }
  });

  it('passes the shipped compliance audit with no error findings', (ctx) => {
    // Canary: without loaded lexicons the audit finds nothing and this test would prove nothing.
    if (checkText('这是最好的产品', { platform: 'taobao' }).length === 0) ctx.skip();
    for (const input of every) {
      const req = draftRequestSchema.parse(input);
      const spec = copyPlatformSpec(req.platform);
      for (const v of draftOffline(req).variants) {
        for (const { field, text, check } of variantTexts(v)) {
          const errors = checkText(text, { platform: spec.auditPlatform, field: check }).filter((f) => f.severity === 'error');
          expect(errors, `${input.platform}/${input.scene} ${field}: ${text}`).toEqual([]);
        }
      }
    }
  });

  it('draft() without a provider uses the templates, audits them and fixes what it can', async () => {
    const hostile = { ...request, product: { ...request.product, sellingPoints: ['最好的保温效果', '单手开盖'] } };
    const outcome = await draft(hostile, { guardrail: { checkText: fakeCheckText } });
    if (!outcome.ok) throw outcome.error;
    expect(outcome.source).toBe('offline');
    expect(outcome.requests).toBe(0);
    expect(outcome.revisions).toBe(1);
    for (const v of outcome.variants) {
      expect(v.flagged).toBe(false);
      expect(variantTexts(v).some((t) => t.text.includes('最好'))).toBe(false);
      expect(v.body).toContain('很好的保温效果');
    }
  });

  it('what the offline revision cannot fix stays flagged', async () => {
    const outcome = await draft({ ...request, product: { ...request.product, sellingPoints: ['可以治疗手冷'] } }, { guardrail: { checkText: fakeCheckText } });
    if (!outcome.ok) throw outcome.error;
    expect(outcome.variants.every((v) => v.flagged && v.findings.some((f) => f.match === '治疗' && f.severity === 'error'))).toBe(true);
  });
});
