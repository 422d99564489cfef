import { describe, expect, it } from 'vitest';
import { auditField } from '@/lib/audit/auditField';
import { ChunkedAuditor, CHUNK_MAX, splitChunks } from '@/lib/dom/overlay/chunkedAudit';
import { denseCopy } from '../../bench/denseCopy';

const audit = (text: string) => auditField(text, { role: 'description', platform: 'taobao' }).findings;
const keyOf = (f: { ruleId: string; start: number; end: number; match: string }) => `${f.ruleId}:${f.start}:${f.end}:${f.match}`;

describe('splitChunks', () => {
  it('covers the text end to end, at most CHUNK_MAX long, cutting at paragraph and sentence ends', () => {
    const text = denseCopy(30_000);
    const chunks = splitChunks(text);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    for (let i = 0; i < chunks.length; i += 1) {
      expect(chunks[i]!.end - chunks[i]!.start).toBeLessThanOrEqual(CHUNK_MAX);
      if (i > 0) expect(chunks[i]!.start).toBe(chunks[i - 1]!.end);
      if (i < chunks.length - 1) expect(text[chunks[i]!.end - 1]).toMatch(/[\n。！？!?；;]/);
    }
  });

  it('never cuts a surrogate pair when it must cut hard', () => {
    const text = '😀'.repeat(3000);
    for (const chunk of splitChunks(text)) expect(text.charCodeAt(chunk.start)).toBe(0xd83d);
  });
});

describe('ChunkedAuditor', () => {
  it('finds exactly what a whole-text audit finds, with paragraphs and on one long line', () => {
    for (const text of [denseCopy(40_000), denseCopy(40_000, { paragraphs: false }).replace(/[。，]/g, '')]) {
      const whole = audit(text).map(keyOf).sort();
      const result = new ChunkedAuditor(audit).run(text, Infinity);
      expect(result.complete).toBe(true);
      expect(whole.length).toBeGreaterThan(300);
      expect(result.findings.map(keyOf).sort()).toEqual(whole);
    }
  });

  it('re-audits only the chunk a keystroke changed', () => {
    let audited = 0;
    const auditor = new ChunkedAuditor((text) => {
      audited += text.length;
      return audit(text);
    });
    const text = denseCopy(50_000);
    auditor.run(text, Infinity);
    audited = 0;
    const edited = text.slice(0, 25_000) + '最好' + text.slice(25_000);
    const result = auditor.run(edited, Infinity);
    expect(audited).toBeLessThan(3 * (CHUNK_MAX + 100));
    expect(result.findings.map(keyOf).sort()).toEqual(audit(edited).map(keyOf).sort());
  });

  it('stops at the budget and finishes on later calls', () => {
    let clock = 0;
    const auditor = new ChunkedAuditor(
      (text) => {
        clock += 1;
        return audit(text);
      },
      () => clock,
    );
    const text = denseCopy(20_000);
    const first = auditor.run(text, 3);
    expect(first.complete).toBe(false);
    let result = first;
    for (let i = 0; i < 20 && !result.complete; i += 1) result = auditor.run(text, 3);
    expect(result.complete).toBe(true);
    expect(first.findings.length).toBeLessThan(result.findings.length);
    expect(result.findings.map(keyOf).sort()).toEqual(audit(text).map(keyOf).sort());
  });
});
