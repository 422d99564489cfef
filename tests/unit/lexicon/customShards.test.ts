import { describe, expect, it } from 'vitest';
import { RE2JS as RealRE2JS } from 're2js';
import { checkText } from '../../../lib/compliance';
import { compileCustomShards, mergeFindings } from '../../../lib/lexicon/customShards';
import { LexiconError } from '../../../lib/lexicon/load';
import { auditField } from '../../../lib/audit/auditField';
import { RE2JS as ProvidedRE2JS, PATTERN_ENGINE_GLOBAL, patternEngineLoaded } from '../../../lib/lexicon/provided/re2js';
import * as shipped from '../../../lib/lexicon/shipped';
import * as providedShipped from '../../../lib/lexicon/provided/shippedLexicons';
import * as shippedPatterns from '../../../lib/compliance/patterns/shipped';
import * as providedPatterns from '../../../lib/lexicon/provided/shippedPatterns';
import { parseShippedRules } from '../../../lib/lexicon/handoff';

const many = (count: number, prefix = '自定义禁用词') => Array.from({ length: count }, (_, i) => ({ text: `${prefix}${i}号`, severity: 'warning' as const }));

describe('compileCustomShards', () => {
  it('finds what one checker with the same custom terms finds, shipped terms included', async () => {
    const terms = [
      ...many(6_000),
      { text: '顶级面料', severity: 'error' as const },
      { text: '国家', severity: 'info' as const },
      { text: 'superdeal', severity: 'warning' as const },
      { text: '爆', severity: 'info' as const },
      { text: '臺灣製造', severity: 'warning' as const },
    ];
    const sharded = await compileCustomShards(terms, { yieldToPage: async () => undefined });
    expect(sharded.shardCount).toBe(Math.ceil(terms.length / 500));
    // Spelled-out Latin, a one-letter term, traditional characters and full-width digits go through the same folding as in one checker.
    const texts = [
      '这是自定义禁用词5999号和自定义禁用词12号，国家级顶级面料',
      '自定义禁用词0号',
      '全网最好的保温杯',
      '自定义禁用词6000号不存在',
      'a S U P E R D E A L today, SuperDeal!',
      '爆款 台湾制造',
      '自定义禁用词１２号',
    ];
    for (const text of texts) {
      const expected = checkText(text, { customTerms: terms });
      const got = auditField(text, { role: 'description', platform: 'taobao', customChecker: sharded }).findings;
      expect(got).toEqual(expected);
    }
  });

  it('yields to the page between steps and honours the allowlist', async () => {
    let yields = 0;
    const sharded = await compileCustomShards(many(5_000), { allow: ['品牌自定义禁用词7号'], yieldToPage: async () => void yields++ });
    expect(yields).toBeGreaterThanOrEqual(5_000 / 500);
    expect(sharded.check('自定义禁用词7号').map((f) => f.match)).toEqual(['自定义禁用词7号']);
    expect(sharded.check('品牌自定义禁用词7号')).toEqual([]);
  });

  it('names a bad term by its place in the whole list, and stops when aborted', async () => {
    const terms: unknown[] = many(1_800);
    terms[1_234] = { text: '' };
    const error = await compileCustomShards(terms as never, { yieldToPage: async () => undefined }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LexiconError);
    expect((error as LexiconError).message).toContain('term 1234');
    const controller = new AbortController();
    const pending = compileCustomShards(many(3_000), { signal: controller.signal, yieldToPage: async () => controller.abort(new Error('newer settings')) });
    await expect(pending).rejects.toThrow('newer settings');
  });
});

describe('mergeFindings', () => {
  const f = (start: number, end: number, ruleId = 'custom', severity: 'error' | 'warning' | 'info' = 'warning') => ({
    ruleId,
    severity,
    start,
    end,
    match: 'x'.repeat(end - start),
    message: '',
    suggestions: [],
  });
  it('lets the longest span win an overlap, keeps same-span findings and the most severe duplicate', () => {
    const merged = mergeFindings([[f(0, 2), f(5, 6, 'a')], [f(1, 4), f(5, 6, 'b'), f(5, 6, 'a', 'error')], []]);
    expect(merged).toEqual([f(1, 4), f(5, 6, 'a', 'error'), f(5, 6, 'b')]);
  });
});

describe('the content script stand-ins (swapped in by wxt.config.ts)', () => {
  it('export what the modules they replace export', () => {
    expect(
      Object.keys(providedShipped)
        .filter((k) => k !== 'provideShippedLexicons')
        .sort(),
    ).toEqual(Object.keys(shipped).sort());
    expect(
      Object.keys(providedPatterns)
        .filter((k) => k !== 'provideShippedPatterns')
        .sort(),
    ).toEqual(Object.keys(shippedPatterns).sort());
  });

  it('forward RE2JS to the injected engine only once it is there', () => {
    expect(ProvidedRE2JS.CASE_INSENSITIVE).toBe(RealRE2JS.CASE_INSENSITIVE);
    expect(patternEngineLoaded()).toBe(false);
    expect(() => ProvidedRE2JS.compile('a+')).toThrow('not loaded');
    (globalThis as Record<string, unknown>)[PATTERN_ENGINE_GLOBAL] = RealRE2JS;
    try {
      expect(ProvidedRE2JS.compile('a+', ProvidedRE2JS.CASE_INSENSITIVE).matcher('xAAy').find()).toBe(true);
    } finally {
      delete (globalThis as Record<string, unknown>)[PATTERN_ENGINE_GLOBAL];
    }
  });

  it('install the rules the background hands over, after checking their shape', () => {
    const answer = JSON.parse(
      JSON.stringify({ ok: true, lexicons: shipped.shippedLexicons(), patterns: shippedPatterns.shippedPatterns(), sources: shipped.shippedSources() }),
    ) as unknown;
    const parsed = parseShippedRules(answer);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.rules.lexicons.map((l) => l.id)).toEqual(shipped.shippedLexicons().map((l) => l.id));
    providedShipped.provideShippedLexicons(parsed.rules.lexicons, parsed.rules.sources);
    providedPatterns.provideShippedPatterns(parsed.rules.patterns);
    const lexicons = providedShipped.shippedLexicons();
    expect(providedShipped.isShippedLexicon(lexicons[0]!)).toBe(true);
    const text = '全网最好的国家级保温杯，最近第一次买';
    expect(checkText(text, { lexicons, patterns: providedPatterns.shippedPatterns() })).toEqual(checkText(text));
    const broken = parseShippedRules({ ...(answer as object), lexicons: [{ id: 'x' }] });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error).toContain('lexicons.0');
    expect(parseShippedRules({ ok: false, error: 'not accepted from this sender' })).toEqual({ ok: false, error: 'not accepted from this sender' });
  });
});
