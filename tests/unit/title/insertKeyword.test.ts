import { describe, expect, it } from 'vitest';
import { insertKeyword } from '@/lib/title/insertKeyword';
import { auditTitle } from '@/lib/title/audit';
import { PLATFORM_RULES } from '@/lib/platforms/rules';

const taobao = PLATFORM_RULES.taobao;
const amazon = PLATFORM_RULES.amazon;

describe('insertKeyword', () => {
  it.each([
    ['女士保温杯316不锈钢', { keyword: '大容量保温杯', partial: { present: ['保温杯'], absent: ['大容量'] } }, '女士大容量保温杯316不锈钢'],
    ['女士保温杯316不锈钢', { keyword: '保温杯便携', partial: { present: ['保温杯'], absent: ['便携'] } }, '女士保温杯便携316不锈钢'],
    ['女士保温杯316不锈钢', { keyword: '办公室水杯' }, '女士保温杯316不锈钢办公室水杯'],
    ['Insulated Water Bottle 32 oz', { keyword: 'stainless steel' }, 'Insulated Water Bottle 32 oz stainless steel'],
    ['Insulated Water Bottle', { keyword: 'water bottle lid', partial: { present: ['water', 'bottle'], absent: ['lid'] } }, 'Insulated Water Bottle lid'],
  ])('%s + %o → %s', (title, gap, expected) => {
    const rules = /[a-z]/i.test(title[0] ?? '') ? amazon : taobao;
    const insertion = insertKeyword(title, gap, rules);
    expect(insertion.result).toBe(expected);
    expect(insertion.result.slice(insertion.at, insertion.at + insertion.text.length)).toBe(insertion.text);
    expect(insertion.fits).toBe(true);
  });

  it('says when the keyword does not fit in the limit', () => {
    const long = '女士保温杯316不锈钢大容量便携办公室学生水杯高颜值情侣礼物';
    expect(insertKeyword(long, { keyword: '车载带茶隔泡茶杯子' }, taobao).fits).toBe(false);
  });

  it('makes the audit count the keyword as used after the insertion', () => {
    const keywords = [{ keyword: '大容量保温杯', volume: 30000 }];
    const before = auditTitle('女士保温杯316不锈钢', { platform: 'taobao', keywords });
    const gap = before.keywords.missing[0];
    expect(gap?.keyword).toBe('大容量保温杯');
    const after = auditTitle(insertKeyword('女士保温杯316不锈钢', gap!, taobao).result, { platform: 'taobao', keywords });
    expect(after.keywords.used.map((use) => use.keyword)).toEqual(['大容量保温杯']);
  });
});
