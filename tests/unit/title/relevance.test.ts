import { describe, expect, it } from 'vitest';
import { attributesOf, contradiction, variantKey } from '@/lib/title/relevance';
import { auditTitle } from '@/lib/title/audit';
import { singular } from '@/lib/title/wordMatch';

describe('contradiction', () => {
  it.each([
    ['保温杯女士316不锈钢便携', '儿童保温杯', 'audience'],
    ['保温杯女士316不锈钢便携', '保温杯男', 'audience'],
    ['儿童保温杯 吸管 幼儿园', '女士保温杯', 'audience'],
    ['男士商务保温杯', '女生保温杯 可爱', 'audience'],
    ['Insulated Water Bottle for Women 32 oz', 'kids water bottle', 'audience'],
    ['保温杯500ml 小容量', '保温杯1l', 'quantity'],
    ['保温杯500ml 小容量', '保温杯1000毫升', 'quantity'],
    ['Stainless Steel Water Bottle 32 oz', 'water bottle 64 oz', 'quantity'],
    ['收纳箱 大号 加厚', '收纳箱小号', 'size'],
    ['iPhone 15 手机壳 透明', 'iphone14手机壳', 'model'],
  ])('%s ✗ %s (%s)', (title, keyword, kind) => {
    expect(contradiction(attributesOf(title), keyword)?.kind).toBe(kind);
  });

  it.each([
    ['保温杯女士316不锈钢便携', '保温杯女'],
    ['保温杯女士316不锈钢便携', '316不锈钢保温杯'],
    ['情侣保温杯 男女通用', '保温杯男'],
    ['保温杯500ml', '保温杯0.5l'],
    ['Stainless Steel Water Bottle 32 oz', 'water bottle 32oz'],
    ['Stainless Steel Water Bottle', 'kids water bottle'],
    ['iPhone 15 手机壳 透明', 'iphone 15 case'],
    ['保温杯 大号', '保温杯 大号 男士'],
  ])('%s ✓ %s', (title, keyword) => {
    expect(contradiction(attributesOf(title), keyword)).toBeNull();
  });
});

describe('keyword hints respect the title', () => {
  it('never proposes a keyword that contradicts the audience and lists it as conflicting with a reason', () => {
    const keywords = [
      { keyword: '儿童保温杯', volume: 90000 },
      { keyword: '保温杯大容量', volume: 30000 },
      { keyword: '保温杯女', volume: 20000 },
    ];
    const report = auditTitle('女士保温杯316不锈钢便携', { platform: 'taobao', keywords });
    const hinted = report.findings.filter((finding) => finding.ruleId === 'keyword-missing').map((finding) => finding.suggestions[0]);
    expect(hinted).not.toContain('儿童保温杯');
    expect(hinted).toContain('保温杯大容量');
    expect(report.keywords.conflicting.map((gap) => gap.keyword)).toEqual(['儿童保温杯']);
    expect(report.keywords.conflicting[0]?.reason.zh).toContain('人群');
  });

  it('groups variants: a reordered keyword points at the more important one and gets no hint of its own', () => {
    const keywords = [
      { keyword: '大容量保温杯', volume: 30000 },
      { keyword: '保温杯大容量', volume: 9000 },
    ];
    const report = auditTitle('316不锈钢保温杯 便携', { platform: 'taobao', keywords, missingFindings: 5 });
    expect(report.keywords.missing.find((gap) => gap.keyword === '保温杯大容量')?.variantOf).toBe('大容量保温杯');
    expect(report.findings.filter((finding) => finding.ruleId === 'keyword-missing')).toHaveLength(1);
  });

  it('gives the same variant key to plural and reordered English keywords', () => {
    expect(variantKey('water bottles insulated')).toBe(variantKey('insulated water bottle'));
    expect(variantKey('water bottle')).not.toBe(variantKey('water bottle lid'));
  });
});

describe('singular', () => {
  it.each([
    ['bottles', 'bottle'],
    ['batteries', 'battery'],
    ['boxes', 'box'],
    ['brushes', 'brush'],
    ['women', 'woman'],
    ['glass', 'glass'],
    ['series', 'series'],
    ['jeans', 'jeans'],
    ['bus', 'bus'],
    ['earbuds', 'earbud'],
  ])('%s → %s', (word, expected) => expect(singular(word)).toBe(expected));
});
