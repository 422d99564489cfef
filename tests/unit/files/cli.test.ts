import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { gbkKeywords, keywordWorkbook, lexiconFiles, sellerFiles } from '../../support/sellerFiles';
import * as XLSX from '@e965/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'll-files-'));
const COLUMNS = ['--column', '商品标题', '--column', '卖点'];

function cli(args: string[], input?: Buffer) {
  const r = spawnSync(process.execPath, ['lib/cli/listinglint.mjs', ...args], { input, cwd: process.cwd() });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

function write(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Report lines with the row number replaced by the listing's position, so sheets with metadata rows compare. */
function findings(report: string): string[] {
  const lines = report.trim().split('\n').slice(1);
  const rows = [...new Set(lines.map((l) => l.split(',')[0]))];
  return lines.map((l) => `#${rows.indexOf(l.split(',')[0])}${l.slice(l.indexOf(','))}`);
}

describe('check-csv on seller files', () => {
  const reference = cli(['check-csv', write('utf8.csv', sellerFiles.utf8()), ...COLUMNS]);

  it('finds errors in the UTF-8 reference (so equality below means something)', () => {
    expect(reference.code).toBe(1);
    expect(reference.stdout).toContain('国家级');
    expect(reference.stdout).toContain('治疗');
    expect(findings(reference.stdout).length).toBeGreaterThan(4);
  });

  it.each([
    ['utf8Bom', 'catalog.csv', 'UTF-8 (BOM)'],
    ['gb18030', 'catalog.csv', 'GB18030/GBK'],
    ['utf16le', 'catalog.txt', 'UTF-16LE (BOM), tab-separated'],
    ['xlsx', 'catalog.xlsx', 'xlsx sheet "商品列表"'],
    ['xls', 'catalog.xls', 'xls sheet "商品列表"'],
  ] as const)('%s gives the findings of the UTF-8 version', (name, file, source) => {
    const r = cli(['check-csv', write(`${name}-${file}`, sellerFiles[name]()), ...COLUMNS]);
    expect(r.stderr).toContain(source);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual(findings(reference.stdout));
  });

  it('GBK (no Ext B character) gives the findings of the same rows in UTF-8', () => {
    const gbk = cli(['check-csv', write('gbk.csv', sellerFiles.gbk()), ...COLUMNS]);
    const same = cli(['check-csv', write('gbk-as-utf8.csv', Buffer.from(iconv.decode(sellerFiles.gbk(), 'gbk'), 'utf8')), ...COLUMNS]);
    expect(gbk.code).toBe(1);
    expect(gbk.stdout).toBe(same.stdout);
  });

  it('reads stdin too, and rows of a workbook carry the sheet row number', () => {
    const r = cli(['check-csv', '-', ...COLUMNS], sellerFiles.gb18030());
    expect(findings(r.stdout)).toEqual(findings(reference.stdout));
    const x = cli(['check-csv', write('rows.xlsx', sellerFiles.xlsx()), ...COLUMNS]);
    expect(x.stdout.split('\n')[1]).toMatch(/^5,商品标题,/);
  });

  it('refuses random bytes with exit 2 and one clear line', () => {
    const r = cli(['check-csv', write('random.csv', sellerFiles.random(1 << 16)), ...COLUMNS]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^listinglint check-csv: .*random\.csv: the file (is neither UTF-8|contains NUL bytes)/);
    expect(r.stdout).toBe('');
  });

  it('--sheet picks a sheet and names the sheets when it does not exist', () => {
    const path = write('sheets.xlsx', sellerFiles.xlsx());
    const r = cli(['check-csv', path, '--sheet', '说明', '--column', '说明']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 rows (xlsx sheet "说明")');
    const bad = cli(['check-csv', path, '--sheet', 'Sheet1', ...COLUMNS]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no sheet "Sheet1"; sheets: "商品列表", "说明"');
  });

  it('reports ragged rows by number instead of padding or dropping them, and exits 2', () => {
    const path = write('ragged.csv', Buffer.from('商品标题,卖点\n好杯子,耐用\n国家级水杯\n普通杯,a,b\n'));
    const r = cli(['check-csv', path, ...COLUMNS]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ragged row 3: 1 fields, the header has 2');
    expect(r.stderr).toContain('ragged row 4: 3 fields, the header has 2');
    expect(r.stdout).toContain('3,商品标题,absolute-term');
    const clean = cli(['check-csv', write('ragged2.csv', Buffer.from('商品标题,卖点\n好杯子\n')), ...COLUMNS]);
    expect(clean.code).toBe(2);
  });

  it('guards report cells against spreadsheet formulas', () => {
    const path = write('formula.csv', Buffer.from('商品标题\n"=HYPERLINK(""http://x"",""最佳"")"\n'));
    const r = cli(['check-csv', path, '--column', '商品标题', '--allow', 'none']);
    const out = r.stdout.split('\n')[1] ?? '';
    expect(out).toContain(',最佳,');
    const header = cli(['check-csv', write('formula2.csv', Buffer.from('=cmd,x\n最佳,1\n')), '--column', '=cmd']);
    expect(header.stdout.split('\n')[1]).toMatch(/^2,'=cmd,/);
  });

  it('escapes control characters from the file in its messages', () => {
    const path = write('ctl.csv', Buffer.from('title\x1b[31m,x\n1,2\n'));
    const r = cli(['check-csv', path, '--column', 'title']);
    expect(r.stderr).toContain('"title\\x1b[31m"');
    expect(r.stderr).not.toContain('\x1b');
  });
});

describe('--keywords files', () => {
  it('reads a GBK keyword list and a 生意参谋 workbook with metadata rows like the UTF-8 list', () => {
    const utf8 = cli([
      'suggest',
      '--platform',
      'taobao',
      '--core',
      '保温杯',
      '--json',
      '--keywords',
      write('kw.csv', Buffer.from(iconv.decode(gbkKeywords(), 'gbk'))),
    ]);
    const gbk = cli(['suggest', '--platform', 'taobao', '--core', '保温杯', '--json', '--keywords', write('kw-gbk.csv', gbkKeywords())]);
    const xlsx = cli(['suggest', '--platform', 'taobao', '--core', '保温杯', '--json', '--keywords', write('kw.xlsx', keywordWorkbook())]);
    expect(utf8.code).toBe(0);
    expect(gbk.stdout).toBe(utf8.stdout);
    expect(xlsx.stdout).toBe(utf8.stdout);
    expect(JSON.parse(utf8.stdout).title).toContain('男士');
  });

  it('--keywords x.xlsx --sheet NAME reads that sheet; a missing sheet is named with the sheets there are', () => {
    const book = XLSX.read(keywordWorkbook(), { type: 'buffer' });
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['搜索词', '搜索人气'],
        ['儿童水杯 吸管', '50,000'],
      ]),
      '儿童',
    );
    const path = write('kw-sheets.xlsx', XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const args = ['suggest', '--platform', 'taobao', '--core', '水杯', '--json', '--keywords', path];
    const first = JSON.parse(cli(args).stdout) as { title: string };
    const kids = cli([...args, '--sheet', '儿童']);
    expect(kids.code).toBe(0);
    expect((JSON.parse(kids.stdout) as { title: string }).title).toContain('吸管');
    expect(first.title).not.toContain('吸管');
    const missing = cli([...args, '--sheet', 'Sheet1']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no sheet "Sheet1"; sheets: "搜索词", "儿童"');
  });

  it('title --keywords names the file and the reason for random bytes', () => {
    const r = cli(['title', '--platform', 'taobao', '--keywords', write('kw.bin', sellerFiles.random()), '保温杯']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kw\.bin: the file/);
  });
});

describe('control characters in human output', () => {
  it('title shows an ESC or a bidi override typed into a title as visible escapes', () => {
    const r = cli(['title', '--platform', 'taobao', '保温杯\x1b[2J\u202e大容量']);
    expect(r.stdout).toContain('保温杯\\x1b[2J\\u202e大容量');
    expect(r.stdout.includes('\x1b') || r.stdout.includes('\u202e')).toBe(false);
  });
});

describe('--lexicon tables', () => {
  const text = Buffer.from('今日秒杀价 吉祥款保温杯 包邮到家\n');
  const check = (file: string, name: string) =>
    cli(['check', '--no-shipped', '--platform', 'taobao', '--json', '--lexicon', write(name, lexiconFiles[file as keyof typeof lexiconFiles]())], text);

  it('a GBK, UTF-16 or workbook lexicon gives the findings of the UTF-8 one', () => {
    const reference = check('utf8', 'team.csv');
    expect(reference.code).toBe(1);
    const found = (JSON.parse(reference.stdout) as { findings: { match: string }[] }).findings.map((f) => f.match);
    expect(found).toEqual(['秒杀价', '包邮到家']);
    for (const [file, name] of [
      ['gb18030', 'team-gb.csv'],
      ['utf16le', 'team.txt'],
      ['xlsx', 'team.xlsx'],
    ]) {
      const r = check(file!, name!);
      expect(r.stdout, file).toBe(reference.stdout);
    }
    // GBK cannot hold 𠮷: its file says 吉祥款, which the text has.
    const gbk = check('gbk', 'team-gbk.csv');
    expect((JSON.parse(gbk.stdout) as { findings: { match: string }[] }).findings.map((f) => f.match)).toEqual(['秒杀价', '吉祥款', '包邮到家']);
  });

  it('random bytes as a lexicon exit 2 with one line naming the file and the reason', () => {
    const r = cli(['check', '--lexicon', write('team-random.csv', sellerFiles.random()), '-'], text);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^listinglint check: LexiconError: team-random\.csv: the file (is neither|contains NUL bytes)/);
    expect(r.stdout).toBe('');
  });
});
