import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const LEXICON = 'tests/fixtures/compliance/test-lexicon.json';
const BASE = ['--no-shipped', '--lexicon', LEXICON];

function cli(args: string[], input = ''): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['lib/cli/listinglint.mjs', ...args], { input, encoding: 'utf8', cwd: process.cwd() });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'll-check-'));

describe('listinglint check', () => {
  it('prints findings with line:col, basis, suggestion and carets two wide per CJK character', () => {
    const file = join(dir, 'copy.txt');
    writeFileSync(file, '第一行\n全场最 佳的选择\n');
    const r = cli(['check', ...BASE, file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${file}:2:3  error  “最 佳”属于绝对化用语，广告中不得使用  [absolute-term]`);
    expect(r.stdout).toContain('    依据: 《广告法》第九条第三项');
    expect(r.stdout).toContain('    建议: 优质 / （删除）');
    expect(r.stdout).toContain('    全场最 佳的选择\n        ^^^^^\n');
  });

  it('prints {"findings":[…]} with --json and exits 0 without error findings', () => {
    const r = cli(['check', ...BASE, '--json', '--locale', 'en', '-'], '可治疗');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { findings: Array<Record<string, unknown>> };
    expect(out.findings).toEqual([
      expect.objectContaining({ ruleId: 'medical-claim', severity: 'info', start: 1, end: 3, match: '治疗', term: '治疗', category: 'medical' }),
    ]);
    expect(String(out.findings[0]?.message)).toMatch(/^"治疗" is a medical claim/);
  });

  it('reports no problems and exits 0 on clean or empty input', () => {
    expect(cli(['check', ...BASE], '').code).toBe(0);
    const r = cli(['check', ...BASE, '--locale', 'en'], 'a plain description');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('no problems found\n');
  });

  it('filters by --platform and --field', () => {
    expect(JSON.parse(cli(['check', ...BASE, '--json', '--platform', 'taobao'], 'best seller').stdout)).toEqual({ findings: [] });
    expect(JSON.parse(cli(['check', ...BASE, '--json', '--platform', 'amazon'], 'best seller').stdout).findings).toHaveLength(1);
    expect(JSON.parse(cli(['check', ...BASE, '--json', '--field', 'description'], 'free shipping').stdout)).toEqual({ findings: [] });
  });

  it('answers each --jsonl line in order, with an error line for bad input, and goes on', () => {
    const input = ['{"id":1,"text":"最佳"}', 'not json', '{"id":"b","text":5}', '', '{"id":3,"text":"干净"}', '{"text":"国家级","platform":"jd"}'].join('\n');
    const r = cli(['check', ...BASE, '--jsonl'], input);
    expect(r.code).toBe(2);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual([1, null, 'b', 3, null]);
    expect((lines[0]?.findings as unknown[]).length).toBe(1);
    expect(lines[1]?.error).toMatch(/^invalid JSON/);
    expect(lines[2]?.error).toBe('field "text" must be a string');
    expect(lines[3]?.findings).toEqual([]);
    expect((lines[4]?.findings as Array<{ match: string }>)[0]?.match).toBe('国家级');
  });

  it('exits 2 with one line naming the problem for bad usage or input', () => {
    const bad = cli(['check', '--platform', 'aliexpress'], 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "listinglint check: --platform must be one of taobao|tmall|jd|pdd|douyin|amazon|shopify|xiaohongshu|kuaishou|tiktok|shopee|temu|walmart|ebay|etsy|generic (got 'aliexpress')\n",
    );
    const missing = cli(['check', ...BASE, join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^listinglint check: cannot read .*nope\.txt: ENOENT/);
    const badLexicon = join(dir, 'bad-lexicon.json');
    writeFileSync(
      badLexicon,
      JSON.stringify({
        id: 'mine',
        version: '1.0.0',
        name: { zh: 'a', en: 'a' },
        source: 's',
        terms: [{ text: '最佳', category: 'absolute', severity: 'fatal', basis: 'b', lang: 'zh' }],
      }),
    );
    const lex = cli(['check', '--no-shipped', '--lexicon', badLexicon], 'x');
    expect(lex.code).toBe(2);
    expect(lex.stderr).toBe('listinglint check: LexiconError: mine term 0 ("最佳"): field "severity" must be error|warning|info\n');
    expect(cli(['check', '--bogus']).code).toBe(2);
  });
});

describe('listinglint check-csv', () => {
  it('checks quoted, multi-line fields of a BOM + CRLF file and writes the report CSV', () => {
    const csv = join(dir, 'catalog.csv');
    const out = join(dir, 'report.csv');
    writeFileSync(csv, '\ufeffid,标题,desc\r\n1,"全场最佳, ""国家级""",ok\r\n2,"多行\r\n治疗",plain\r\n3,clean,clean\r\n');
    const r = cli(['check-csv', csv, '--column', '标题', '--column', 'desc', ...BASE, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("check-csv: 3 rows (UTF-8 (BOM), ','-separated), 3 findings (2 errors)");
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toEqual([
      'row,column,ruleId,severity,match,start,end,message,basis,suggestion',
      '2,标题,absolute-term,error,最佳,2,4,“最佳”属于绝对化用语，广告中不得使用,《广告法》第九条第三项,优质 / （删除）',
      '2,标题,absolute-term,error,国家级,7,10,“国家级”属于绝对化用语，广告中不得使用,《广告法》第九条第三项,',
      '3,标题,medical-claim,info,治疗,4,6,“治疗”是医疗用语；非药品、非医疗器械不得宣称疾病预防或治疗功能,《广告法》第十七条,',
    ]);
  });

  it('exits 2 naming a missing column and the available ones', () => {
    const csv = join(dir, 'cols.csv');
    writeFileSync(csv, 'id,title\n1,x\n');
    const r = cli(['check-csv', csv, '--column', 'title', '--column', '标题', ...BASE]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('listinglint check-csv: column "标题" not found in the first 2 rows; columns of row 1: "id", "title"\n');
  });

  it('prints progress for large files and exits 0 without error findings', () => {
    const csv = join(dir, 'big.csv');
    writeFileSync(csv, 'title\n' + Array.from({ length: 2500 }, (_, i) => `商品${i} 可治疗`).join('\n') + '\n');
    const r = cli(['check-csv', csv, '--column', 'title', '--progress-every', '1000', ...BASE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('check-csv: 1000 rows checked, 1000 findings\ncheck-csv: 2000 rows checked, 2000 findings\n');
    expect(r.stdout.trim().split('\n')).toHaveLength(2501);
  });

  it('exits 2 without --column or FILE', () => {
    expect(cli(['check-csv', 'x.csv']).stderr).toBe('listinglint check-csv: missing --column NAME (which columns to check)\n');
    expect(cli(['check-csv', '--column', 'a']).code).toBe(2);
  });
});
