// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { auditCatalog, sortResults, type AuditCache } from '@/lib/batch/auditCatalog';
import { guessColumns, parseCatalog } from '@/lib/batch/catalog';
import { escapeHtml, findingKey, findingLines, summarizeCatalog, toCsv, toHtml, toMarkdown } from '@/lib/report/reviewReport';

const catalog = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    商品标题: i % 3 === 0 ? `最好的保温杯 ${i}` : `保温杯 ${i} 大容量`,
    卖点: i % 5 === 0 ? '国家级工艺，全网最低价' : '316不锈钢内胆',
  }));

describe('catalog parsing', () => {
  it('reads a BOM, quoted commas and newlines, and guesses the columns', () => {
    const parsed = parseCatalog('\uFEFF商品标题,卖点1,商品描述\n"保温杯, 大容量","一行\n两行",描述\n');
    expect(parsed.columns).toEqual(['商品标题', '卖点1', '商品描述']);
    expect(parsed.rows[0]).toEqual({ 商品标题: '保温杯, 大容量', 卖点1: '一行\n两行', 商品描述: '描述' });
    expect(guessColumns(parsed.columns)).toEqual({ title: '商品标题', sellingPoints: ['卖点1'], description: '商品描述' });
  });
});

describe('auditCatalog', () => {
  it('audits 2,000 rows with monotone progress ending at the total', async () => {
    const progress: number[] = [];
    const { results, cancelled } = await auditCatalog(catalog(2000), {
      columns: { title: '商品标题', sellingPoints: ['卖点'] },
      platform: 'taobao',
      onProgress: (done) => progress.push(done),
    });
    expect(cancelled).toBe(false);
    expect(results).toHaveLength(2000);
    expect(progress.at(-1)).toBe(2000);
    expect(progress.every((value, i) => i === 0 || value > progress[i - 1]!)).toBe(true);
    expect(results[0]!.cells[0]!.findings.map((f) => f.match)).toContain('最好');
    expect(results[0]!.title?.score).toBeGreaterThan(0);
    const summary = summarizeCatalog(results, findingLines(results));
    expect(summary.rows).toBe(2000);
    expect(summary.bySeverity.error).toBeGreaterThan(0);
    expect(summary.byGroup.map((g) => g.group)).toContain('absolute');
    expect(sortResults(results, 'errors')[0]!.counts.error).toBeGreaterThanOrEqual(sortResults(results, 'errors')[1999]!.counts.error);
  });

  it('stops promptly when cancelled and returns the partial result', async () => {
    const controller = new AbortController();
    const { results, cancelled } = await auditCatalog(catalog(2000), {
      columns: { title: '商品标题', sellingPoints: [] },
      platform: 'taobao',
      chunkSize: 100,
      signal: controller.signal,
      onProgress: (done) => done >= 300 && controller.abort(),
    });
    expect(cancelled).toBe(true);
    expect(results).toHaveLength(300);
  });

  it('serves a re-run from the cache', async () => {
    const store = new Map<string, { findings: never[] }>();
    let puts = 0;
    const cache: AuditCache = {
      getMany: async (keys) => new Map(keys.flatMap((key) => (store.has(key) ? [[key, store.get(key)!] as const] : []))),
      putMany: async (entries) => {
        for (const { key, findings } of entries) {
          puts += 1;
          store.set(key, { findings: findings as never[] });
        }
      },
    };
    const options = {
      columns: { title: '商品标题', sellingPoints: ['卖点'] },
      platform: 'taobao' as const,
      cache,
      cacheKey: (text: string, role: string) => `${role}:${text}`,
    };
    const first = await auditCatalog(catalog(50), options);
    const putsAfterFirst = puts;
    const second = await auditCatalog(catalog(50), options);
    expect(first.cacheHits + putsAfterFirst).toBe(100);
    expect(putsAfterFirst).toBe(store.size);
    expect(second.cacheHits).toBe(100);
    expect(puts).toBe(putsAfterFirst);
    expect(second.results).toEqual(first.results);
  });
});

describe('reports', () => {
  const hostile = '<img src=x onerror=alert(1)></script>最好的杯子';
  const rows = [{ 标题: hostile, 卖点: '=HYPERLINK("x"),国家级' }];
  const audit = () => auditCatalog(rows, { columns: { title: '标题', sellingPoints: ['卖点'] }, platform: 'taobao' });

  it('CSV escapes quotes, commas and newlines and guards formulas; decisions appear', async () => {
    const { results } = await audit();
    const finding = results[0]!.cells[0]!.findings.find((f) => f.match === '最好')!;
    const csv = toCsv(results, new Map([[findingKey(1, '标题', finding), { decision: 'accepted' as const, note: '有"检测报告", 见附件\n第二行' }]]));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('"有""检测报告"", 见附件\n第二行"');
    expect(csv).toContain('接受风险');
    expect(csv).not.toMatch(/(^|,)"=HYPERLINK/m);
  });

  it('Markdown escapes pipes and newlines inside cells', async () => {
    const { results } = await auditCatalog([{ 标题: '最好|的\n杯子' }], { columns: { title: '标题', sellingPoints: [] }, platform: 'taobao' });
    const md = toMarkdown(results);
    const row = md.split('\n').find((line) => line.includes('**最好**'))!;
    expect(row).toContain('\\|的<br>杯子');
    expect(row.split(/(?<!\\)\|/).length).toBe(12);
  });

  it('HTML shows hostile text as text, never as elements', async () => {
    const { results } = await audit();
    const finding = results[0]!.cells[0]!.findings.find((f) => f.match === '最好')!;
    const html = toHtml(results, new Map([[findingKey(1, '标题', finding), { decision: 'confirmed' as const, note: '<img src=x onerror=alert(1)>' }]]));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.body.textContent).toContain('<img src=x onerror=alert(1)>');
    expect([...doc.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('最好');
    expect(escapeHtml('"\'&')).toBe('&quot;&#39;&amp;');
  });
});
