import type { Decision } from '../db/rows';
import type { TermCategory } from '../lexicon/schema';
import type { Finding, Severity } from '../types';

export type ReportLocale = 'zh-CN' | 'en';

/** Everything a report prints besides the catalog's own text, in both languages. */
export const REPORT_LABELS = {
  'zh-CN': {
    title: 'ListingLint 合规审核报告',
    generated: '生成时间',
    summary: '概览',
    rows: '商品数',
    rowsWithFindings: '有问题的商品',
    rowsWithErrors: '含违规的商品',
    findings: '问题总数',
    decided: '已审核',
    listing: '商品',
    row: '行',
    id: '商品ID',
    listingTitle: '标题',
    field: '字段',
    severity: '级别',
    category: '类别',
    match: '命中',
    term: '词条',
    context: '上下文',
    message: '说明',
    basis: '依据',
    suggestion: '建议',
    decision: '审核结论',
    note: '备注',
    reviewer: '审核人',
    time: '时间',
    count: '数量',
    none: '未发现问题',
    chart: '按类别与级别统计',
    chartAxis: '问题数',
    topTerms: '高频词条',
    topListings: '问题最多的商品',
    details: '问题明细',
    byDecision: '审核结论统计',
    undecided: '未审核',
    delete: '删除',
    start: '起',
    end: '止',
    page: '页',
    severities: { error: '违规', warning: '风险', info: '提示' } as Record<Severity, string>,
    decisions: { confirmed: '确认违规', accepted: '接受风险', 'false-positive': '误报' } as Record<Decision, string>,
  },
  en: {
    title: 'ListingLint compliance review report',
    generated: 'Generated',
    summary: 'Summary',
    rows: 'Listings',
    rowsWithFindings: 'Listings with findings',
    rowsWithErrors: 'Listings with violations',
    findings: 'Findings',
    decided: 'Reviewed',
    listing: 'Listing',
    row: 'Row',
    id: 'Product ID',
    listingTitle: 'Title',
    field: 'Field',
    severity: 'Severity',
    category: 'Category',
    match: 'Match',
    term: 'Term',
    context: 'Context',
    message: 'Message',
    basis: 'Basis',
    suggestion: 'Suggestion',
    decision: 'Decision',
    note: 'Note',
    reviewer: 'Reviewer',
    time: 'Time',
    count: 'Count',
    none: 'No issues found',
    chart: 'Findings by category and severity',
    chartAxis: 'Findings',
    topTerms: 'Most frequent terms',
    topListings: 'Listings with the most violations',
    details: 'Findings',
    byDecision: 'Decisions',
    undecided: 'Not reviewed',
    delete: 'Delete',
    start: 'Start',
    end: 'End',
    page: 'Page',
    severities: { error: 'Violation', warning: 'Risk', info: 'Note' } as Record<Severity, string>,
    decisions: { confirmed: 'Confirmed', accepted: 'Risk accepted', 'false-positive': 'False positive' } as Record<Decision, string>,
  },
} as const;

export type ReportLabels = (typeof REPORT_LABELS)[ReportLocale];

const CATEGORY_LABELS: Record<TermCategory, Record<ReportLocale, string>> = {
  absolute: { 'zh-CN': '绝对化用语', en: 'Absolute claims' },
  'state-authority': { 'zh-CN': '国家机关名义', en: 'State authority' },
  superstition: { 'zh-CN': '封建迷信', en: 'Superstition' },
  disparagement: { 'zh-CN': '贬低竞品', en: 'Disparaging competitors' },
  medical: { 'zh-CN': '医疗用语', en: 'Medical claims' },
  'health-food': { 'zh-CN': '保健功能', en: 'Health-food claims' },
  cosmetics: { 'zh-CN': '化妆品宣称', en: 'Cosmetics claims' },
  trademark: { 'zh-CN': '驰名商标', en: 'Well-known trademark' },
  'quality-cert': { 'zh-CN': '质量认证', en: 'Quality and certification' },
  urgency: { 'zh-CN': '虚假紧迫', en: 'False urgency' },
  price: { 'zh-CN': '价格宣称', en: 'Price claims' },
  'marketplace-restricted': { 'zh-CN': '平台限制宣称', en: 'Marketplace-restricted claims' },
  promotional: { 'zh-CN': '促销用语', en: 'Promotional phrases' },
  'pesticide-claim': { 'zh-CN': '杀菌抗菌宣称', en: 'Pesticidal claims' },
  custom: { 'zh-CN': '自定义词条', en: 'Custom terms' },
};

/** Title and platform rules that are not lexicon categories. */
const RULE_LABELS: Record<string, Record<ReportLocale, string>> = {
  'title-length': { 'zh-CN': '标题长度', en: 'Title length' },
  'banned-char': { 'zh-CN': '禁用字符', en: 'Banned characters' },
  'repeated-word': { 'zh-CN': '重复词', en: 'Repeated words' },
  'vague-title': { 'zh-CN': '标题空泛', en: 'Vague title' },
  'wasted-chars': { 'zh-CN': '浪费字符', en: 'Wasted characters' },
  'keyword-missing': { 'zh-CN': '缺少关键词', en: 'Missing keywords' },
  'core-word-position': { 'zh-CN': '核心词位置', en: 'Core word position' },
  'search-terms-length': { 'zh-CN': '搜索词长度', en: 'Search terms length' },
  'search-terms-repeat': { 'zh-CN': '搜索词重复', en: 'Repeated search terms' },
};

const OTHER = { 'zh-CN': '其他规则', en: 'Other rules' } as const;

/** The group a finding is counted under: its lexicon category, else its rule. A stable key, never shown. */
export function findingGroup(finding: Pick<Finding, 'ruleId' | 'category'>): string {
  return finding.category ?? finding.ruleId;
}

/** The translated name of a finding group; raw rule ids are never shown. */
export function groupLabel(group: string, locale: ReportLocale): string {
  return (CATEGORY_LABELS as Record<string, Record<ReportLocale, string>>)[group]?.[locale] ?? RULE_LABELS[group]?.[locale] ?? OTHER[locale];
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function zhNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  if (n < 20) return `十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  if (n < 100) return `${ZH_DIGITS[Math.floor(n / 10)]}十${n % 10 ? ZH_DIGITS[n % 10] : ''}`;
  return String(n);
}

const FIELD_LABELS: Record<string, Record<ReportLocale, string>> = {
  title: { 'zh-CN': '标题', en: 'Title' },
  'selling-point': { 'zh-CN': '卖点', en: 'Selling point' },
  bullet: { 'zh-CN': '卖点', en: 'Bullet point' },
  description: { 'zh-CN': '详情描述', en: 'Description' },
  'ad-copy': { 'zh-CN': '广告文案', en: 'Ad copy' },
  'ad-word': { 'zh-CN': '广告词', en: 'Ad slogan' },
  'promo-text': { 'zh-CN': '促销语', en: 'Promotion text' },
  'live-script': { 'zh-CN': '直播话术', en: 'Live-stream script' },
  recommendation: { 'zh-CN': '推荐语', en: 'Recommendation' },
  'search-terms': { 'zh-CN': '搜索词', en: 'Search terms' },
  'seo-title': { 'zh-CN': 'SEO 标题', en: 'SEO title' },
  'seo-description': { 'zh-CN': 'SEO 描述', en: 'SEO description' },
};

/**
 * A field as the reviewer knows it: 'selling-point-2' → 卖点二 / Selling point 2. A catalog column
 * name (卖点2, Bullet Point 1) is already the reviewer's word and is shown as it is.
 */
export function fieldLabel(field: string, locale: ReportLocale): string {
  const numbered = /^([a-z-]+?)-(\d+)$/.exec(field);
  const base = FIELD_LABELS[numbered ? numbered[1]! : field];
  if (!base) return field;
  if (!numbered) return base[locale];
  const n = Number(numbered[2]);
  return locale === 'zh-CN' ? `${base[locale]}${zhNumber(n)}` : `${base[locale]} ${n}`;
}

/** Local date and time in the report's language. */
export function formatTime(at: Date | number, locale: ReportLocale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) }).format(at);
}
