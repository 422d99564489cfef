import { describe, expect, it } from 'vitest';
import { checkText, PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS } from '../../../lib/compliance';
import { auditField } from '../../../lib/audit/auditField';

const rules = (text: string, category?: (typeof PRODUCT_CATEGORIES)[number]) => checkText(text, { category }).map((f) => `${f.match}:${f.ruleId}`);

describe('product category context', () => {
  it('labels every category in both languages', () => {
    for (const id of PRODUCT_CATEGORIES) expect(PRODUCT_CATEGORY_LABELS[id].zh && PRODUCT_CATEGORY_LABELS[id].en).toBeTruthy();
  });

  it('allows 美白 for registered special cosmetics only', () => {
    expect(rules('美白精华液', 'cosmetics')).toEqual(['美白:cosmetics-claim']);
    expect(rules('美白精华液', 'special-cosmetics')).toEqual([]);
  });

  it('gives 医用级 on a 保温杯 a medical-claim message, and allows it for a medical device', () => {
    const [finding] = checkText('医用级保温杯');
    expect(finding?.ruleId).toBe('medical-claim');
    expect(finding?.message).toMatch(/医疗/);
    expect(rules('医用级面霜', 'cosmetics')).toEqual(['医用级:cosmetics-claim']);
    expect(rules('医用级硅胶导管', 'medical-device')).toEqual([]);
  });

  it('treats a disease name alone as a claim for food and supplements, not for general goods', () => {
    expect(rules('适合痛风人群的苏打水', 'food')).toEqual(['痛风人群:medical-claim']);
    expect(rules('Herbal tea for arthritis support', 'health-food')).toEqual(['arthritis support:medical-claim']);
    expect(rules('痛风患者也能穿的宽楦鞋', 'apparel')).toEqual([]);
  });

  it('lets drugs name their indication but still forbids guarantees (广告法第十六条)', () => {
    expect(rules('用于治疗慢性咽炎', 'drug')).toEqual([]);
    expect(rules('药到病除，无副作用', 'drug').map((r) => r.split(':')[1])).toEqual(['medical-claim', 'medical-claim']);
  });

  it('downgrades a registered health function to a reminder for health food', () => {
    const [finding] = checkText('增强免疫力', { category: 'health-food' });
    expect(finding?.severity).toBe('info');
    expect(checkText('增强免疫力', { category: 'food' })[0]?.severity).toBe('error');
  });

  it('reaches the overlay through auditField (default general)', () => {
    expect(auditField('医用级保温杯', { role: 'description', platform: 'taobao' }).findings.map((f) => f.ruleId)).toEqual(['medical-claim']);
    expect(auditField('美白淡斑精华', { role: 'description', platform: 'taobao', category: 'special-cosmetics' }).findings).toEqual([]);
  });
});
