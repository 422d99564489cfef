import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkText } from '@/lib/compliance';
import { applySuggestion, applyTextEdit, replaceAllEdit } from '@/lib/edit/applySuggestion';

const FIXTURES = ['全网最好的国家级保温杯', '这款面霜是最好的选择，最近很多人回购。', '喝了能治疗失眠，第一品牌', 'Best seller, 100% cure guaranteed'];

describe('applySuggestion', () => {
  for (const text of FIXTURES) {
    it(`every suggestion for "${text}" removes its finding and keeps the rest of the text`, () => {
      const findings = checkText(text);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings) {
        finding.suggestions.forEach((suggestion, index) => {
          const result = applySuggestion(text, finding, index);
          if (!result.ok) throw new Error(result.reason);
          expect(result.text).toBe(text.slice(0, finding.start) + suggestion + text.slice(finding.end));
          const again = checkText(result.text).filter((f) => f.ruleId === finding.ruleId && f.start === finding.start && f.match === finding.match);
          expect(again).toEqual([]);
        });
      }
    });
  }

  it('refuses when the finding no longer matches the text, or the suggestion does not exist', () => {
    const [finding] = checkText('全网最好的保温杯');
    expect(applySuggestion('全网最棒的保温杯', finding!, 0)).toEqual({ ok: false, reason: 'text-moved' });
    expect(applySuggestion('短', finding!, 0)).toEqual({ ok: false, reason: 'text-moved' });
    expect(applySuggestion('全网最好的保温杯', finding!, 99)).toEqual({ ok: false, reason: 'no-such-suggestion' });
  });

  it('an empty suggestion deletes the match', () => {
    const finding = { ruleId: 'x', severity: 'error' as const, start: 2, end: 4, match: '最好', message: '', suggestions: [''] };
    expect(applySuggestion('全网最好的', finding, 0)).toMatchObject({ ok: true, text: '全网的' });
  });
});

describe('replaceAllEdit', () => {
  it('is the minimal edit between two texts', () => {
    expect(replaceAllEdit('全网最好的保温杯', '全网优质的保温杯')).toEqual({ start: 2, end: 4, replacement: '优质' });
    expect(replaceAllEdit('', '新文案')).toEqual({ start: 0, end: 0, replacement: '新文案' });
    expect(replaceAllEdit('旧文案', '')).toEqual({ start: 0, end: 3, replacement: '' });
  });

  it('always reproduces the target text', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => applyTextEdit(a, replaceAllEdit(a, b)) === b));
  });
});
