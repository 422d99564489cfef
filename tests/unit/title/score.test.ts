import { describe, expect, it } from 'vitest';
import { auditTitle } from '@/lib/title/audit';
import { SCORE_CAPS } from '@/lib/title/score';

const keywords = [
  { keyword: '保温杯', volume: 50000 },
  { keyword: '保温杯女', volume: 20000 },
  { keyword: '316不锈钢', volume: 9000 },
  { keyword: '大容量', volume: 8000 },
  { keyword: '便携', volume: 6000 },
];

const sum = (parts: { points: number }[]) => parts.reduce((total, part) => total + part.points, 0);

describe('scores that match the platform', () => {
  it('holds a title over the hard limit under the cap, however well it covers the keywords', () => {
    const fitting = auditTitle('保温杯女316不锈钢大容量便携办公室学生水杯', { platform: 'taobao', keywords });
    const over = auditTitle('保温杯女316不锈钢大容量便携办公室学生水杯高颜值情侣礼物男士车载带茶隔泡茶杯子', { platform: 'taobao', keywords });
    expect(fitting.length.over).toBe(false);
    expect(fitting.score).toBeGreaterThan(SCORE_CAPS.overLimit);
    expect(over.length.over).toBe(true);
    expect(over.score).toBeLessThanOrEqual(SCORE_CAPS.overLimit);
    expect(over.scoreCap?.max).toBe(SCORE_CAPS.overLimit);
    expect(over.scoreCap?.reason.zh).toContain('超出上限');
    expect(sum(over.scoreParts)).toBe(over.score);
  });

  it('caps a title with a banned claim and a title with a forbidden character', () => {
    const claim = auditTitle('全网最好的保温杯女316不锈钢大容量便携', { platform: 'taobao', keywords });
    expect(claim.score).toBeLessThanOrEqual(SCORE_CAPS.violation);
    expect(sum(claim.scoreParts)).toBe(claim.score);
    const char = auditTitle('Insulated Water Bottle 32 oz Stainless Steel!', { platform: 'amazon' });
    expect(char.bannedChars).toContain('!');
    expect(char.score).toBeLessThanOrEqual(SCORE_CAPS.rejectedChar);
  });

  it('has no cap on a clean title that fits', () => {
    const clean = auditTitle('保温杯女316不锈钢大容量便携', { platform: 'taobao', keywords });
    expect(clean.scoreCap).toBeNull();
  });

  it('speaks in the units sellers count: 字 with Latin letters and digits as half', () => {
    const over = auditTitle('保温杯女316不锈钢大容量便携办公室学生水杯高颜值情侣礼物男士车载带茶隔泡茶杯子', { platform: 'taobao', keywords });
    const lengthFinding = over.findings.find((finding) => finding.ruleId === 'title-length');
    expect(lengthFinding?.message).toMatch(/^标题已用 [\d.]+\/30 字（英文和数字算半个字），超出淘宝上限 [\d.]+ 字，超出部分会被拒绝或截断。$/);
    const parts = auditTitle('保温杯女316不锈钢', { platform: 'taobao', keywords }).scoreParts;
    expect(parts.find((part) => part.id === 'length')?.reason.zh).toMatch(/^已用 8\.5\/30 字（英文和数字算半个字），建议至少 27 字。$/);
    for (const part of parts) {
      expect(part.reason.zh).not.toMatch(/[,;:()](?!\d)/);
      // The seller's own words may be Chinese; the sentence around them is English.
      expect(part.reason.en.replace(/"[^"]*"/g, '')).not.toMatch(/\p{Script=Han}/u);
    }
  });
});
