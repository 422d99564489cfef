import { describe, expect, it } from 'vitest';
import { auditTitle } from '@/lib/title/audit';
import { buildCoach } from '@/lib/title/coach';
import { measureText } from '@/lib/title/length';
import { PLATFORM_RULES } from '@/lib/platforms/rules';

const keywords = [
  { keyword: '保温杯', volume: 80000 },
  { keyword: '儿童保温杯', volume: 60000 },
  { keyword: '保温杯女', volume: 30000 },
  { keyword: '大容量保温杯', volume: 20000 },
  { keyword: '316不锈钢', volume: 12000 },
  { keyword: '便携水杯', volume: 9000 },
  { keyword: '办公室', volume: 3000 },
];

describe('buildCoach', () => {
  const title = '女士保温杯316不锈钢';
  const report = auditTitle(title, { platform: 'taobao', keywords });
  const coach = buildCoach(title, report, { platform: 'taobao', keywords });

  it('orders chips by volume and keeps contradicting keywords out of the missing chips, with a reason', () => {
    expect(coach.used.map((use) => use.keyword)).toEqual(['保温杯', '保温杯女', '316不锈钢']);
    expect(coach.missing.map((chip) => chip.keyword)).toEqual(['大容量保温杯', '便携水杯', '办公室']);
    expect(coach.conflicting.map((gap) => gap.keyword)).toEqual(['儿童保温杯']);
  });

  it('places each missing chip and the result fits', () => {
    expect(coach.missing[0]?.insertion.result).toBe('女士大容量保温杯316不锈钢');
    expect(coach.missing.every((chip) => chip.insertion.fits)).toBe(true);
  });

  it('suggests a title within the limit that covers more volume and never the contradicting keyword', () => {
    if (!coach.suggestion?.ok) throw new Error('no suggestion');
    const { value, gainVolume } = coach.suggestion;
    expect(measureText(value.title, 'bytes')).toBeLessThanOrEqual(PLATFORM_RULES.taobao.limit);
    expect(value.title).not.toContain('儿童');
    expect(gainVolume).toBeGreaterThan(0);
  });

  it('keeps the words the seller chose', () => {
    const kept = buildCoach(title, report, { platform: 'taobao', keywords, keep: ['象印', '女士'] });
    if (!kept.suggestion?.ok) throw new Error('no suggestion');
    expect(kept.suggestion.value.title).toContain('象印');
    expect(kept.suggestion.value.title).toContain('女士');
  });

  it('says why when the kept words alone do not fit', () => {
    const tooLong = buildCoach(title, report, { platform: 'taobao', keywords, keep: ['一个非常非常长的品牌名称加上一个非常非常长的型号名称再加更多'] });
    expect(tooLong.suggestion?.ok).toBe(false);
  });
});
