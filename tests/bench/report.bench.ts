// Catalog reports (issue 16): time to build the CSV, Markdown and HTML reports from an audited catalog,
// against the baseline of flattening the findings (findingLines) in the same run; realistic 2,000 rows, worst case 20,000
// rows where every cell has findings. Also the HTML size, which the browser must lay out to print.
import { auditCatalog } from '../../lib/batch/auditCatalog';
import { findingLines, toCsv, toHtml, toMarkdown, type ReportDecision } from '../../lib/report/reviewReport';

function catalog(rows: number, dense: boolean): Record<string, string>[] {
  return Array.from({ length: rows }, (_, i) => ({
    商品ID: `TB${600000 + i}`,
    商品标题: dense || i % 4 === 0 ? `最好的保温杯${i} 顶级 大容量` : `保温杯${i} 316不锈钢 大容量`,
    卖点1: dense || i % 7 === 0 ? '国家级工艺，全网最低价，治疗失眠，最好用' : '保温12小时，不串味',
  }));
}

const time = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
};

export async function run(): Promise<void> {
  for (const [label, rows, dense] of [
    ['realistic', 2_000, false],
    ['worst case', 20_000, true],
  ] as const) {
    const { results } = await auditCatalog(catalog(rows, dense), {
      columns: { id: '商品ID', title: '商品标题', sellingPoints: ['卖点1'] },
      platform: 'taobao',
    });
    const lines = findingLines(results);
    const decisions = new Map<string, ReportDecision>(lines.filter((_, i) => i % 3 === 0).map((line) => [line.key, { decision: 'accepted', note: '见附件' }]));
    const baseline = time(() => findingLines(results, decisions));
    let html = '';
    const csv = time(() => toCsv(results, decisions));
    const md = time(() => toMarkdown(results, decisions));
    const htmlMs = time(() => (html = toHtml(results, decisions)));
    console.log(
      `${label}: ${rows} rows, ${lines.length} findings — baseline findingLines ${baseline.toFixed(0)} ms; CSV ${csv.toFixed(0)} ms, Markdown ${md.toFixed(0)} ms, HTML ${htmlMs.toFixed(0)} ms (${(html.length / 1024 / 1024).toFixed(1)} MB)`,
    );
  }
}
