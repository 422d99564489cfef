import type { Finding } from '../../../lib/types';
import type { TextChecker } from '../../../lib/draft/guardrail';
import type { DraftRequestInput, DraftVariant } from '../../../lib/draft/schema';

/** A small stand-in for the compliance audit: a few 广告法 terms with basis and suggestions. */
const TERMS: { term: string; ruleId: string; basis: string; suggestions: string[] }[] = [
  { term: '最好', ruleId: 'absolute-term', basis: '广告法第九条第三项', suggestions: ['很好'] },
  { term: '第一', ruleId: 'absolute-term', basis: '广告法第九条第三项', suggestions: [''] },
  { term: '治疗', ruleId: 'medical-claim', basis: '广告法第十七条', suggestions: [] },
  { term: 'best', ruleId: 'absolute-term', basis: 'Amazon prohibited claims', suggestions: ['great'] },
];

export const fakeCheckText: TextChecker = (text) => {
  const findings: Finding[] = [];
  for (const { term, ruleId, basis, suggestions } of TERMS) {
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) {
      findings.push({ ruleId, severity: 'error', start: i, end: i + term.length, match: term, message: `禁用词：${term}`, basis, suggestions });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
};

export const request: DraftRequestInput = {
  product: { name: '轻量折叠保温杯', category: '保温杯', sellingPoints: ['316不锈钢内胆', '单手开盖', '折叠后可放进口袋'], audience: '上班族' },
  scene: '通勤',
  platform: 'taobao-detail',
  tone: '亲切',
  framework: 'pain-solution-showcase',
  variants: 2,
  keywords: ['保温杯', '便携水杯'],
};

export function variant(overrides: Partial<DraftVariant> = {}): DraftVariant {
  return {
    headline: '通勤路上的保温杯',
    painPoint: '早高峰挤地铁，热水总是洒一身。',
    solution: '单手开盖，折叠后可放进口袋。',
    showcase: '便携水杯，316不锈钢内胆。',
    body: '早高峰挤地铁，热水总是洒一身。这只保温杯单手开盖，折叠后可放进口袋，是通勤的便携水杯。',
    bullets: ['316不锈钢内胆', '单手开盖'],
    hashtags: [],
    scene: '通勤',
    framework: 'pain-solution-showcase',
    ...overrides,
  };
}

export const result = (...variants: DraftVariant[]) => ({ variants });
