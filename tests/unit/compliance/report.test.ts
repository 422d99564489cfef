import { describe, expect, it } from 'vitest';
import { caretExcerpt, displayWidth, formatFindings, lineColumn, lineStarts } from '../../../lib/compliance/report';
import { checkText } from '../../../lib/compliance';
import { lexicon, term } from '../../fixtures/compliance/testLexicon';

const LEX = lexicon([term('最佳'), term('best', { category: 'marketplace-restricted', severity: 'warning' })]);

describe('report', () => {
  it('measures wide characters as two columns and marks as none', () => {
    expect(displayWidth('ab')).toBe(2);
    expect(displayWidth('最佳')).toBe(4);
    expect(displayWidth('ＮＯ')).toBe(4);
    expect(displayWidth('😀')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('counts lines on \\n, \\r\\n and \\r, and columns in code points', () => {
    const text = 'a\r\nb\rc\n😀x';
    const starts = lineStarts(text);
    expect(starts).toEqual([0, 3, 5, 7]);
    expect(lineColumn(text, starts, 9)).toEqual({ line: 4, column: 2, lineStart: 7 });
  });

  it('cuts long lines around the hit with ellipses', () => {
    const text = 'x'.repeat(100) + '最佳' + 'y'.repeat(100);
    const [shown, carets] = caretExcerpt(text, 0, { start: 100, end: 102 });
    expect(shown).toBe('…' + 'x'.repeat(40) + '最佳' + 'y'.repeat(40) + '…');
    expect(carets).toBe(' '.repeat(41) + '^^^^');
  });

  it('formats every finding of a one-line 200 kB paste in linear time', () => {
    const text = '这是最佳 the best 选择 '.repeat(10_000);
    const findings = checkText(text, { lexicons: [LEX] });
    expect(findings).toHaveLength(20_000);
    const start = performance.now();
    const out = formatFindings(text, findings, { file: 'big.txt', locale: 'en' });
    expect(performance.now() - start).toBeLessThan(3000);
    const positions = out.split('\n').filter((l) => l.startsWith('big.txt:'));
    expect(positions[0]).toMatch(/^big\.txt:1:3 {2}error/);
    expect(positions[3]).toMatch(/^big\.txt:1:27 {2}warning/); // second copy: 17 code points per copy + 10
    expect(out.trimEnd().split('\n').at(-1)).toBe('20000 problem(s): 10000 error(s), 10000 warning(s), 0 info');
  });
});
