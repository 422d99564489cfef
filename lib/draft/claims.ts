import type { Finding } from '../types';

/**
 * Checks a draft (model or offline) for what a drafter must never write on the
 * seller's behalf: a first-person testimonial or a claimed review (a fabricated user
 * review is unlawful: 广告法第二十八条第二款第（四）项 虚构使用效果; 反不正当竞争法第八条
 * 虚假的用户评价), and a number that is not in the seller's own facts (广告法第十一条:
 * data in an ad must be true and sourced). Offsets are into the checked text.
 */

const TESTIMONIAL_BASIS = '广告法第二十八条第二款第（四）项；反不正当竞争法第八条';
const NUMBER_BASIS = '广告法第十一条、第二十八条';

const COUNT = '(?:\\d+|[一两三四五六七八九十半几]+)';
const TESTIMONIAL_PATTERNS: readonly RegExp[] = [
  /我(?:自己|们家|家|已经|一直|最近)?(?:用|买|入手|试|回购|囤|测)了/gu,
  /亲测|自用分享|自用款|本人(?:用|试|亲)|个人使用/gu,
  /真实(?:使用)?(?:感受|体验|测评|反馈|评价|分享)/gu,
  /我的(?:使用)?(?:心得|感受|体验|测评)/gu,
  /(?:闺蜜|朋友|同事|室友|家人|宝妈们?|买家|顾客|客户|网友|用户|粉丝|回头客)们?(?:都说|都夸|都在用|纷纷|一致|反馈|好评|推荐说)/gu,
  /用过的(?:人|朋友|姐妹)?都说/gu,
  /好评如潮|无限回购|已回购|回购了|回购\d+次|买家秀|晒单/gu,
  new RegExp(`用了${COUNT}(?:天|周|个月|年|瓶|支|罐|次)`, 'gu'),
  /\bI(?:'ve| have)? (?:used|tried|bought|owned|tested|been using)\b/giu,
  /\bmy (?:honest )?(?:review|experience|verdict)\b|\bin my experience\b/giu,
  /\b(?:customers|buyers|users|reviewers|moms|parents) (?:say|love|rave|agree|report)\b/giu,
  /\b(?:five|5)[- ]star reviews?\b|\bthousands of (?:happy|satisfied) (?:customers|users)\b/giu,
];

export function findTestimonials(text: string, locale: 'zh-CN' | 'en' = 'zh-CN'): Finding[] {
  const findings: Finding[] = [];
  for (const pattern of TESTIMONIAL_PATTERNS) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      findings.push({
        ruleId: 'draft-testimonial',
        severity: 'error',
        start: match.index,
        end: match.index + match[0].length,
        match: match[0],
        message:
          locale === 'en'
            ? 'First-person testimonial or claimed review: a draft must not invent usage experience or reviews'
            : '第一人称使用体验或评价：文案不得虚构使用效果或用户评价',
        basis: TESTIMONIAL_BASIS,
        suggestions: [],
      });
    }
  }
  return dropOverlaps(findings);
}

const NUMBER = /\d+(?:[.,]\d+)*/gu;
/** Stage directions such as 【开头3秒】 are the script's own timing, not a claim. */
const STAGE_DIRECTION = /【[^】]*】/gu;

/** Numbers the seller gave (name, points, keywords …), normalised: full-width digits folded, separators dropped. */
export function sourcedNumbers(facts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const fact of facts) for (const match of normalizeDigits(fact).matchAll(NUMBER)) out.add(match[0].replace(/,/g, ''));
  return out;
}

export function findUnsourcedNumbers(text: string, sourced: ReadonlySet<string>, locale: 'zh-CN' | 'en' = 'zh-CN'): Finding[] {
  const normalized = normalizeDigits(text).replace(STAGE_DIRECTION, (s) => ' '.repeat(s.length));
  const findings: Finding[] = [];
  for (const match of normalized.matchAll(NUMBER)) {
    const value = match[0].replace(/,/g, '');
    if (sourced.has(value)) continue;
    const start = match.index;
    findings.push({
      ruleId: 'draft-unsourced-number',
      severity: 'error',
      start,
      end: start + match[0].length,
      match: text.slice(start, start + match[0].length),
      message:
        locale === 'en'
          ? `The number ${match[0]} is not in the product facts: a draft must not invent figures`
          : `数字 ${match[0]} 不在商品信息中：文案不得编造数据`,
      basis: NUMBER_BASIS,
      suggestions: [],
    });
  }
  return findings;
}

/** Full-width digits → ASCII, one UTF-16 unit each, so offsets stay valid. */
function normalizeDigits(text: string): string {
  return text.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function dropOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Finding[] = [];
  for (const finding of sorted) if (!out.some((kept) => finding.start < kept.end && kept.start < finding.end)) out.push(finding);
  return out;
}
