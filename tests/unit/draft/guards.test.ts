import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { abSetCsv } from '../../../lib/draft/abSet';
import { findTestimonials, findUnsourcedNumbers, sourcedNumbers } from '../../../lib/draft/claims';
import { auditVariant } from '../../../lib/draft/guardrail';
import { textForField } from '../../../lib/draft/insertion';
import { parseKeywords } from '../../../lib/draft/offline';
import { appendDelta, streamedVariants } from '../../../lib/draft/streamView';
import { draftRequestSchema } from '../../../lib/draft/schema';
import { fakeCheckText, request, variant } from './fixtures';

describe('testimonial guard (广告法第二十八条, 反不正当竞争法第八条)', () => {
  const flagged = [
    '以上是我的真实使用感受，供大家参考～',
    '我用了三个月，真的好用',
    '亲测有效',
    '闺蜜都说好看',
    '自用分享',
    '已回购',
    'I have used it for a year',
    'Customers love it',
    'my honest review',
  ];
  const clean = ['给通勤的朋友整理一个小物', '用起来不费心思', '使用方法见说明书', 'Use it every day', '用了316不锈钢内胆'];
  it.each(flagged)('flags %s', (text) => {
    const findings = findTestimonials(text);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]).toMatchObject({ ruleId: 'draft-testimonial', severity: 'error', basis: expect.stringContaining('第二十八条') });
    expect(text.slice(findings[0]!.start, findings[0]!.end)).toBe(findings[0]!.match);
  });
  it.each(clean)('leaves %s alone', (text) => expect(findTestimonials(text)).toEqual([]));

  it('every draft is checked: a model variant with a testimonial is flagged whatever the injected audit', () => {
    const req = draftRequestSchema.parse(request);
    const audit = auditVariant(variant({ body: '早高峰挤地铁。我用了两周，真实使用感受是很方便。' }), req, { checkText: fakeCheckText });
    expect(audit.errors).toBeGreaterThan(0);
    expect(audit.findings.filter((f) => f.ruleId === 'draft-testimonial').map((f) => f.match)).toEqual(['我用了', '真实使用感受']);
  });
});

describe('unsourced numbers', () => {
  const sourced = sourcedNumbers(['保温12小时', '316不锈钢内胆', '１０００ml']);
  it("accepts the seller's numbers (full-width folded) and flags invented ones", () => {
    expect(findUnsourcedNumbers('保温12小时，316不锈钢，1000ml', sourced)).toEqual([]);
    expect(findUnsourcedNumbers('月销10万+，好评率99%', sourced).map((f) => f.match)).toEqual(['10', '99']);
  });
  it('ignores stage directions such as 【开头3秒】', () => {
    expect(findUnsourcedNumbers('【开头3秒】到公司水就凉了？', sourced)).toEqual([]);
  });
});

describe('insert respects the field', () => {
  const v = {
    headline: '轻量折叠保温杯 通勤',
    painPoint: '痛点。',
    solution: '方案。',
    showcase: '展示。',
    body: '第一句很长的正文。第二句也在这里。第三句收尾。',
    bullets: ['保温12小时', '单手一键开盖，拇指一按就开'],
  };
  it('a 卖点 field gets a bullet (its own by position), not the body', () => {
    expect(textForField(v, { role: 'bullet', bulletIndex: 1 })).toEqual({ ok: true, text: '单手一键开盖，拇指一按就开', part: 'bullet', cut: false });
    expect(textForField(v, { role: 'bullet', bulletIndex: 1, maxLength: 8 })).toEqual({ ok: true, text: '保温12小时', part: 'bullet', cut: false });
    expect(textForField(v, { role: 'bullet', maxLength: 3 })).toEqual({ ok: false, reason: 'too-long', limit: 3 });
  });
  it('a title field gets the headline whole or nothing', () => {
    expect(textForField(v, { role: 'title' })).toMatchObject({ ok: true, text: v.headline, part: 'headline' });
    expect(textForField(v, { role: 'title', maxLength: 5 })).toEqual({ ok: false, reason: 'too-long', limit: 5 });
  });
  it('a description gets the body, cut at a sentence end when it is over the limit', () => {
    expect(textForField(v, { role: 'description' })).toMatchObject({ ok: true, text: v.body, cut: false });
    expect(textForField(v, { role: 'description', maxLength: 18 })).toEqual({ ok: true, text: '第一句很长的正文。第二句也在这里。', part: 'body', cut: true });
    expect(textForField(v, { role: 'description', maxLength: 6 })).toEqual({ ok: false, reason: 'too-long', limit: 6 });
  });
});

describe('A/B set CSV', () => {
  it('labels variants A, B… and keeps formula-looking cells as text', () => {
    const variants = [
      { ...variant({ headline: '=HYPERLINK("http://x")' }), flagged: false },
      { ...variant({ headline: '通勤款', bullets: ['保温', '+单手'] }), flagged: true },
    ];
    const csv = abSetCsv('保温杯标题测试', variants);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1)).data.filter((row) => row.length > 1);
    expect(rows[0]?.slice(0, 3)).toEqual(['组名', '方案', '标题']);
    expect(rows[1]?.slice(0, 3)).toEqual(['保温杯标题测试', 'A', `'=HYPERLINK("http://x")`]);
    expect(rows[2]?.[1]).toBe('B');
    expect(rows[2]?.[7]).toBe('保温\n+单手');
    expect(rows[2]?.at(-1)).toBe('未通过');
  });
});

describe('readable streaming and keywords', () => {
  it('fills fields from partial JSON as it arrives', () => {
    const full = JSON.stringify({ variants: [variant({ headline: '早高峰', painPoint: '到公司水就凉了' }), variant({ headline: '第二条' })] });
    const cut = full.slice(0, full.indexOf('到公司水就凉了') + 4);
    const view = streamedVariants(cut);
    expect(view).toHaveLength(1);
    expect(view[0]).toMatchObject({ headline: '早高峰', painPoint: '到公司水' });
    expect(streamedVariants(full).map((v) => v.headline)).toEqual(['早高峰', '第二条']);
    expect(streamedVariants('not json')).toEqual([]);
  });
  it('accumulates increments, restarts on reset, and stays bounded', () => {
    let text = appendDelta('', 'ab', true);
    text = appendDelta(text, 'cd', false);
    expect(text).toBe('abcd');
    expect(appendDelta(text, 'x', true)).toBe('x');
    expect(appendDelta('1234', '5678', false, 6)).toBe('123456');
  });
  it('keeps English keyword phrases whole', () => {
    expect(parseKeywords('water bottle, travel mug，保温杯、 便携水杯\nstainless  steel')).toEqual([
      'water bottle',
      'travel mug',
      '保温杯',
      '便携水杯',
      'stainless steel',
    ]);
  });
});
