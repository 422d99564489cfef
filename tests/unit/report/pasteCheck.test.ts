import { describe, expect, it } from 'vitest';
import { auditField } from '@/lib/audit/auditField';
import { groupHits, highlightSegments, replaceAll } from '@/lib/audit/pasteCheck';

const text = '最好的面霜，最好的乳液，可治疗失眠，国家级配方。';
const { findings } = auditField(text, { role: 'description', platform: 'taobao' });

describe('paste-and-check', () => {
  it('splits the text into plain and highlighted spans that join back to the text', () => {
    const segments = highlightSegments(text, findings);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.finding).map((s) => s.text)).toEqual(expect.arrayContaining(['最好', '可治疗失眠', '国家级']));
  });

  it('groups hits by type with each term counted', () => {
    const groups = groupHits(findings);
    const absolute = groups.find((g) => g.group === 'absolute')!;
    expect(absolute.terms.find((t) => t.match === '最好')!.findings).toHaveLength(2);
    expect(groups.map((g) => g.group)).toContain('medical');
  });

  it('replaces every occurrence of a term and leaves no finding of it', () => {
    const best = groupHits(findings)
      .flatMap((g) => g.terms)
      .find((t) => t.match === '最好')!;
    const { text: fixed, replaced } = replaceAll(text, best.findings, '很好');
    expect(replaced).toBe(2);
    expect(fixed).toBe('很好的面霜，很好的乳液，可治疗失眠，国家级配方。');
    expect(auditField(fixed, { role: 'description', platform: 'taobao' }).findings.some((f) => f.match === '最好')).toBe(false);
  });

  it('deletes with an empty replacement and skips overlapping spans', () => {
    expect(
      replaceAll(
        'abcdef',
        [
          { start: 1, end: 3 },
          { start: 2, end: 4 },
        ],
        '',
      ),
    ).toEqual({ text: 'abef', replaced: 1 });
  });
});
