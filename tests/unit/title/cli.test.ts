import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIX = 'tests/fixtures/title';

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['lib/cli/listinglint.mjs', ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('listinglint title', () => {
  it('prints a JSON report and exits 0 when there is no error finding', () => {
    const r = cli(['title', '--platform', 'taobao', '--keywords', `${FIX}/taobao-keywords.csv`, '--json', '蓝牙耳机无线降噪续航久 考研图书馆']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.length).toEqual({ value: 33, unit: 'bytes', limit: 60, over: false });
    expect(report.keywords.used.map((u: { keyword: string }) => u.keyword)).toContain('无线蓝牙耳机');
    expect(report.keywords.missing[0]).toEqual({ keyword: '运动耳机', volume: 9000, partial: { present: ['耳机'], absent: ['运动'] } });
    expect(r.stderr).toContain('taobao-keywords.csv:7: volume "abc" is not a number');
  });

  it('exits 1 on error-severity findings (Amazon banned characters, repeats)', () => {
    const r = cli(['title', '-p', 'amazon', 'Earbuds Wireless Earbuds Bluetooth Earbuds!']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/banned-char/);
    expect(r.stdout).toMatch(/repeated-word/);
  });

  it('--limit overrides the platform limit', () => {
    const r = cli(['title', '-p', 'taobao', '--limit', '10', '--json', '无线蓝牙耳机']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).length).toEqual({ value: 12, unit: 'bytes', limit: 10, over: true });
  });

  it('exits 2 with a one-line message on usage and input errors', () => {
    for (const [args, pattern] of [
      [['title', 'x'], /--platform is required/],
      [['title', '-p', 'aliexpress', 'x'], /unknown platform 'aliexpress'/],
      [['title', '-p', 'taobao'], /no title given/],
      [['title', '-p', 'taobao', '-k', `${FIX}/nope.csv`, 'x'], /cannot read keyword file .*nope\.csv \(ENOENT\)/],
      [['title', '-p', 'taobao', '-k', `${FIX}/no-keyword-column.csv`, 'x'], /no keyword column; headers found: 商品, 价格/],
      [['title', '--bogus'], /Unknown option '--bogus'/],
      [['title', '-p', 'taobao', '--limit', '0', 'x'], /--limit must be a positive integer/],
    ] as const) {
      const r = cli([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(pattern);
    }
  }, 90_000);

  it('--jsonl: one report per line, a bad line becomes {"id","error"} and the rest go on', () => {
    const input = [
      JSON.stringify({ id: 'a', title: '无线蓝牙耳机 降噪', platform: 'taobao', keywords: [{ keyword: '降噪耳机', volume: 5 }] }),
      '{not json',
      JSON.stringify({ id: 'b', title: 'Acme Earbuds!', platform: 'amazon' }),
      JSON.stringify({ id: 'c', title: 'x', platform: 'aliexpress' }),
      '',
      JSON.stringify({ id: 7, title: 'Acme Wireless Earbuds', platform: 'amazon' }),
    ].join('\n');
    const r = cli(['title', '--jsonl'], input);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0].id).toBe('a');
    expect(lines[0].report.keywords.used).toEqual([{ keyword: '降噪耳机', volume: 5, match: 'tokens' }]);
    expect(lines[1]).toEqual({ id: null, error: expect.stringMatching(/^line 2: not JSON/) });
    expect(lines[2].report.bannedChars).toEqual(['!']);
    expect(lines[3]).toEqual({ id: 'c', error: expect.stringMatching(/line 4: platform/) });
    expect(lines[4].id).toBe(7);
    expect(r.code).toBe(2);
  });
});

describe('listinglint suggest', () => {
  it('packs the keyword volume into the Amazon limit and prints JSON', () => {
    const r = cli(['suggest', '-p', 'amazon', '-k', `${FIX}/amazon-cerebro.csv`, '--core', 'Acme Earbuds', '--limit', '60', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.title.startsWith('Acme Earbuds')).toBe(true);
    expect(s.title.length).toBeLessThanOrEqual(60);
    expect(s.coveredVolume).toBeGreaterThanOrEqual(152000 + 98500);
    expect(Array.isArray(s.missing)).toBe(true);
  });

  it('suggests a Taobao title within 60 units', () => {
    const r = cli(['suggest', '-p', 'taobao', '-k', `${FIX}/taobao-keywords.csv`, '--core', '无线耳机', '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.title.startsWith('无线耳机')).toBe(true);
    expect(s.length.value).toBeLessThanOrEqual(60);
    expect(s.coveredVolume).toBe(60000 + 31000 + 9000 + 800 + 4000 + 2000);
  });

  it('exits 2 on missing options and bad limits', () => {
    expect(cli(['suggest', '-p', 'taobao', '--core', 'x']).stderr).toMatch(/--keywords FILE is required/);
    const r = cli(['suggest', '-p', 'taobao', '-k', `${FIX}/taobao-keywords.csv`, '--core', '无线耳机', '--limit', 'ten']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--limit must be a positive integer/);
    const tight = cli(['suggest', '-p', 'taobao', '-k', `${FIX}/taobao-keywords.csv`, '--core', '无线蓝牙降噪耳机', '--limit', '6']);
    expect(tight.code).toBe(2);
    expect(tight.stderr).toMatch(/need 16 of the 6 units/);
  }, 60_000);
});
