import Papa from 'papaparse';
import { guardFormula } from '../report/reviewReport';
import type { DraftedVariantMessage } from '../draftPort';
import { variantLabel } from './labels';

/**
 * An A/B set: the variants of one draft, labelled A, B, C…, for a seller's test of
 * main-image copy, titles or detail text. Exported as CSV through the report's
 * formula guard, so a cell starting with = + - @ stays text in Excel.
 */

const HEADERS = {
  'zh-CN': ['组名', '方案', '标题', '痛点', '解决方案', '商品展示', '正文', '卖点', '话题', '合规状态'],
  en: ['set', 'variant', 'headline', 'pain point', 'solution', 'showcase', 'body', 'bullets', 'hashtags', 'compliance'],
} as const;

type Variant = Pick<DraftedVariantMessage, 'headline' | 'painPoint' | 'solution' | 'showcase' | 'body' | 'bullets' | 'hashtags' | 'flagged'>;

export function abSetCsv(name: string, variants: readonly Variant[], locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  const status = locale === 'en' ? { flagged: 'flagged', clean: 'passed' } : { flagged: '未通过', clean: '已通过' };
  const rows = variants.map((v, i) =>
    [
      name,
      variantLabel(i),
      v.headline,
      v.painPoint,
      v.solution,
      v.showcase,
      v.body,
      v.bullets.join('\n'),
      v.hashtags.join(' '),
      v.flagged ? status.flagged : status.clean,
    ].map(guardFormula),
  );
  return '\uFEFF' + Papa.unparse([[...HEADERS[locale]], ...rows], { newline: '\r\n', quotes: true });
}
