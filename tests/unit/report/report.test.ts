// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { auditCatalog } from '@/lib/batch/auditCatalog';
import { guessListingColumns } from '@/lib/batch/listingColumns';
import {
  fieldLabel,
  findingKey,
  findingLines,
  formatTime,
  groupLabel,
  summarizeCatalog,
  toCsv,
  toHtml,
  toMarkdown,
  type ReportDecision,
} from '@/lib/report/reviewReport';
import { axisTicks } from '@/lib/report/chartSvg';

const rows = [
  { 商品ID: 'TB-1001', 商品标题: '最好的保温杯 316不锈钢', 卖点1: '国家级工艺，全网最低价', 类目: '水杯' },
  { 商品ID: 'TB-1002', 商品标题: '保温杯 大容量', 卖点1: '保温12小时', 类目: '水杯' },
  { 商品ID: 'TB-1003', 商品标题: '最好的焖烧杯', 卖点1: '治疗失眠，国家级', 类目: '水杯' },
];
const columns = { id: '商品ID', title: '商品标题', sellingPoints: ['卖点1'], category: '类目' };

describe('batch audit context', () => {
  it("leaves out allowlisted terms and reports the user's own terms, like the overlay", async () => {
    const plain = await auditCatalog(rows, { columns, platform: 'taobao' });
    expect(findingLines(plain.results).map((l) => l.finding.match)).toContain('国家级');
    const tuned = await auditCatalog(rows, { columns, platform: 'taobao', context: { allow: ['国家级工艺', '国家级'], customTerms: [{ text: '大容量' }] } });
    const matches = findingLines(tuned.results).map((l) => l.finding.match);
    expect(matches).not.toContain('国家级');
    expect(matches).toContain('大容量');
    expect(findingLines(tuned.results).find((l) => l.finding.match === '大容量')!.finding.category).toBe('custom');
  });

  it('names each listing by its ID and title and keeps its category', async () => {
    const { results } = await auditCatalog(rows, { columns, platform: 'taobao' });
    expect(results[0]!.listing).toEqual({ id: 'TB-1001', title: '最好的保温杯 316不锈钢' });
    expect(results[2]!.category).toBe('水杯');
  });
});

describe('listing columns', () => {
  it.each([
    [['商品ID', '商品标题'], '商品ID'],
    [['宝贝标题', '商家编码', '类目'], '商家编码'],
    [['title', 'ASIN', 'bullet_point'], 'ASIN'],
    [['Handle', 'Title', 'Body (HTML)'], 'Handle'],
    [['标题', '卖点'], undefined],
  ])('finds the product ID among %j', (headers, id) => {
    expect(guessListingColumns(headers).id).toBe(id);
  });
  it('finds the category column', () => {
    expect(guessListingColumns(['商品ID', '叶子类目', '标题']).category).toBe('叶子类目');
    expect(guessListingColumns(['SKU', 'Product Type']).category).toBe('Product Type');
  });
});

describe('labels', () => {
  it('names fields as the reviewer knows them', () => {
    expect(fieldLabel('selling-point-2', 'zh-CN')).toBe('卖点二');
    expect(fieldLabel('selling-point-12', 'zh-CN')).toBe('卖点十二');
    expect(fieldLabel('selling-point-2', 'en')).toBe('Selling point 2');
    expect(fieldLabel('title', 'zh-CN')).toBe('标题');
    expect(fieldLabel('卖点2', 'zh-CN')).toBe('卖点2');
  });
  it('translates groups and never shows a raw rule id', () => {
    expect(groupLabel('absolute', 'zh-CN')).toBe('绝对化用语');
    expect(groupLabel('title-length', 'en')).toBe('Title length');
    expect(groupLabel('some-future-rule', 'zh-CN')).toBe('其他规则');
  });
  it('formats local time in the report language', () => {
    const at = Date.UTC(2026, 11, 2, 4, 5);
    expect(formatTime(at, 'zh-CN', 'Asia/Shanghai')).toMatch(/2026年12月2日.*12:05/);
    expect(formatTime(at, 'en', 'UTC')).toMatch(/Dec 2, 2026.*4:05/);
  });
  it('picks round axis ticks', () => {
    expect(axisTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(axisTicks(1200)).toEqual([0, 500, 1000, 1500]);
  });
});

describe('report builders', async () => {
  const { results } = await auditCatalog(rows, { columns, platform: 'taobao' });
  const lines = findingLines(results);
  // A bulk decision on every 国家级 finding, as the batch UI records it.
  const decisions = new Map<string, ReportDecision>(
    lines.filter((l) => l.finding.match === '国家级').map((l) => [l.key, { decision: 'false-positive', note: '国家级非遗工艺证书' }]),
  );

  it('summarizes totals, groups, top terms and the listings with most errors', () => {
    const summary = summarizeCatalog(results, findingLines(results, decisions));
    expect(summary.rows).toBe(3);
    expect(summary.rowsWithErrors).toBe(2);
    expect(summary.topTerms.find((t) => t.term === '国家级')).toMatchObject({ count: 2, listings: 2 });
    expect(summary.topListings.map((l) => l.listing.id)).toEqual(['TB-1001', 'TB-1003']);
    expect(summary.byDecision['false-positive']).toBe(2);
    expect(summary.byDecision.undecided).toBe(summary.findings - 2);
  });

  it('CSV: Chinese headers throughout, listing ID and title on every row, decisions, no rule ids', () => {
    const csv = toCsv(results, decisions, 'zh-CN');
    const [header, ...body] = csv.slice(1).split('\r\n');
    expect(header).toBe('"行","商品ID","标题","字段","级别","类别","词条","命中","起","止","上下文","说明","依据","建议","审核结论","备注","审核人","时间"');
    expect(header).not.toMatch(/[a-z]/);
    expect(body.every((line) => /^"\d+","TB-100\d","/.test(line))).toBe(true);
    expect(body.filter((line) => line.includes('"误报","国家级非遗工艺证书"'))).toHaveLength(2);
    expect(csv).not.toMatch(/absolute-term|medical-claim|title-length/);
    expect(toCsv(results, decisions, 'en').slice(1).split('\r\n')[0]).toContain('"Product ID","Title","Field"');
  });

  it('Markdown: summary before the findings, listings named, decisions shown', () => {
    const md = toMarkdown(results, decisions, 'zh-CN', new Date(Date.UTC(2026, 0, 1)));
    expect(md.indexOf('## 概览')).toBeLessThan(md.indexOf('## 问题明细'));
    expect(md).toContain('### 高频词条');
    expect(md).toContain('| TB-1003 |');
    expect(md).toContain('误报：国家级非遗工艺证书');
    expect(md).toContain('绝对化用语');
    expect(md).not.toMatch(/absolute-term|medical-claim/);
  });

  it('HTML: summary with chart, legend and axis, then compact tables naming each listing', () => {
    const html = toHtml(results, decisions, { locale: 'zh-CN', generatedAt: new Date(Date.UTC(2026, 0, 1)), timeZone: 'Asia/Shanghai' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('section.summary')).not.toBeNull();
    const svg = doc.querySelector('svg.chart')!;
    const svgText = svg.textContent ?? '';
    for (const word of ['违规', '风险', '提示', '问题数', '绝对化用语', '医疗用语']) expect(svgText).toContain(word);
    expect(doc.body.textContent).toContain('2026年1月1日');
    const headings = [...doc.querySelectorAll('tr.listing th')].map((th) => th.textContent);
    expect(headings[0]).toMatch(/^TB-1001 · 最好的保温杯 316不锈钢/);
    expect(headings.some((h) => h?.startsWith('TB-1003 · 最好的焖烧杯'))).toBe(true);
    expect(doc.querySelectorAll('section.listing-page')).toHaveLength(0);
    expect(doc.body.textContent).toContain('国家级非遗工艺证书');
    expect(doc.documentElement.outerHTML).not.toMatch(/absolute-term|medical-claim/);
  });

  it('HTML one-listing-per-page mode gives each listing its own section', () => {
    const html = toHtml(results, decisions, { onePerPage: true, locale: 'en' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const pages = [...doc.querySelectorAll('section.listing-page h2')].map((h) => h.textContent);
    expect(pages).toEqual(expect.arrayContaining(['TB-1001', 'TB-1003']));
    expect(doc.body.textContent).toContain('False positive');
  });

  it('names a listing by row when the catalog has no ID column', async () => {
    const audit = await auditCatalog([{ 标题: '最好的杯子' }], { columns: { title: '标题', sellingPoints: [] }, platform: 'taobao' });
    const finding = audit.results[0]!.cells[0]!.findings.find((f) => f.match === '最好')!;
    expect(toMarkdown(audit.results, new Map([[findingKey(1, '标题', finding), { decision: 'confirmed', note: '' }]]))).toContain('| 行 1 | 最好的杯子 |');
  });
});
