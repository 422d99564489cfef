import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { completion, httpError, startMockOpenAI, type MockOpenAI } from '../../support/mockOpenAI';
import { result, variant } from './fixtures';

const PRODUCT = 'tests/fixtures/draft/product.json';

// Each run starts Node + tsx; on a loaded machine that takes seconds.
vi.setConfig({ testTimeout: 90_000 });

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process (asynchronously, so the mock server in this process can answer). */
function cli(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, OPENAI_API_KEY: undefined, ...env };
    execFile(process.execPath, ['lib/cli/listinglint.mjs', 'draft', ...args], { env: childEnv, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface JsonOut {
  variants: {
    headline: string;
    body: string;
    scene: string;
    flagged: boolean;
    findings: { ruleId: string; severity: string; match: string; field: string; start: number; end: number }[];
  }[];
  revisions: number;
  cached: boolean;
  source: string;
}

describe('listinglint draft --offline', () => {
  it('prints N variants as JSON with findings, exit 0', async () => {
    const run = await cli(['--product', PRODUCT, '--offline', '--variants', '4', '--scene', '露营', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.variants).toHaveLength(4);
    expect(out.cached).toBe(false);
    expect(out.source).toBe('offline');
    expect(out.variants.every((v) => v.scene === '露营' && Array.isArray(v.findings) && !v.flagged)).toBe(true);
    expect(new Set(out.variants.map((v) => v.headline)).size).toBe(4);
  });

  it('--platform takes the seller platform ids every other command takes, mapped to copy formats', async () => {
    const cases: [string, RegExp][] = [
      ['taobao', /^【/],
      ['douyin', /【开头3秒】/],
      ['amazon', /^[A-Z][a-z]+ [a-z]/],
      ['xiaohongshu', /#/],
    ];
    for (const [platform, shape] of cases) {
      const run = await cli(['--product', PRODUCT, '--offline', '--variants', '1', '--scene', '通勤', '--platform', platform, '--json']);
      expect(run.code, `${platform}: ${run.stderr}`).toBe(0);
      const out = JSON.parse(run.stdout) as JsonOut;
      expect(out.variants[0]?.body, platform).toMatch(shape);
    }
  });

  it('drafts offline by default when no API key is set, in readable text', async () => {
    const run = await cli(['--product', PRODUCT, '--variants', '1']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('── 方案 1');
    expect(run.stdout).toContain('轻量折叠保温杯');
  });

  it('exits 1 when a variant keeps an error finding (seller text the templates cannot fix)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'll-draft-'));
    const file = join(dir, 'p.json');
    await writeFile(file, JSON.stringify({ name: '暖手宝', category: '暖手宝', sellingPoints: ['可以根治冻疮'], audience: '学生', scene: '考研图书馆' }));
    const run = await cli(['--product', file, '--offline', '--json', '--variants', '1']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.variants[0]?.flagged).toBe(true);
    expect(out.variants[0]?.findings.some((f) => f.severity === 'error' && f.ruleId === 'medical-claim')).toBe(true);
  });

  it('usage and input errors exit 2 with one line naming the problem', async () => {
    const cases: [string[], RegExp][] = [
      [['--offline'], /--product FILE\.json is required/],
      [['--product', 'tests/fixtures/draft/product-invalid.json', '--offline'], /product-invalid\.json: name: /],
      [['--product', 'tests/fixtures/draft/nope.json', '--offline'], /nope\.json: ENOENT/],
      [['--product', PRODUCT, '--offline', '--variants', '9'], /--variants must be an integer 1–5/],
      [
        ['--product', PRODUCT, '--offline', '--platform', 'weibo'],
        /--platform must be a seller platform \(taobao\|tmall\|jd\|pdd\|douyin\|amazon\|shopify\|xiaohongshu\|kuaishou\|tiktok\|shopee\|temu\|walmart\|ebay\|etsy\|generic\) or a copy format/,
      ],
      [['--product', PRODUCT, '--offline', '--base-url', 'http://127.0.0.1:1/v1'], /cannot be combined/],
      [['--product', PRODUCT, '--api-key-env', 'LL_MISSING_KEY'], /LL_MISSING_KEY .* is not set/],
      [['--product', PRODUCT, '--bogus'], /Unknown option '--bogus'/],
    ];
    const runs = await Promise.all(cases.map(([args]) => cli(args)));
    for (const [i, [args, message]] of cases.entries()) {
      const run = runs[i] ?? { code: -1, stdout: '', stderr: '' };
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
  });
});

describe('listinglint draft --base-url (mock OpenAI-compatible server)', () => {
  let mock: MockOpenAI;
  beforeEach(async () => {
    mock = await startMockOpenAI();
  });
  afterEach(async () => {
    await mock.close();
  });

  it('drafts through the server, revises a violating variant and reports clean JSON', async () => {
    mock.enqueue(completion(result(variant(), variant({ body: '这是最好的保温杯' }))), completion(result(variant({ body: '这是很顺手的保温杯，便携水杯' }))));
    const run = await cli(
      ['--product', PRODUCT, '--base-url', mock.baseURL, '--model', 'mock-1', '--variants', '2', '--json', '--api-key-env', 'LL_TEST_KEY'],
      { LL_TEST_KEY: 'sk-cli' },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.revisions).toBe(1);
    expect(out.variants[1]?.body).toBe('这是很顺手的保温杯，便携水杯');
    expect(out.variants.every((v) => !v.flagged)).toBe(true);
    expect(mock.requests).toHaveLength(2);
    expect(mock.requests[0]?.headers.authorization).toBe('Bearer sk-cli');
    expect(mock.requests[0]?.body.model).toBe('mock-1');
    expect(mock.requests[0]?.body.response_format?.type).toBe('json_object'); // custom endpoint: JSON mode
    expect(String(mock.requests[0]?.body.messages?.[1]?.content)).toContain('<product_facts>');
  });

  it('exits 1 with the findings when the revision still violates', async () => {
    mock.setHandler(() => completion(result(variant({ headline: '第一名的保温杯' }))));
    const run = await cli(['--product', PRODUCT, '--base-url', mock.baseURL, '--model', 'mock-1', '--variants', '1', '--json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as JsonOut;
    expect(out.variants[0]?.flagged).toBe(true);
    expect(out.variants[0]?.findings).toContainEqual(expect.objectContaining({ field: 'headline', severity: 'error', start: 0 }));
    expect(mock.requests).toHaveLength(2);
  });

  it('an API error exits 2 with one readable line', async () => {
    mock.enqueue(httpError(401, 'Incorrect API key'));
    const run = await cli(['--product', PRODUCT, '--base-url', mock.baseURL, '--model', 'm', '--locale', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^listinglint draft: invalid-key: The API key is invalid/);
  });
});
