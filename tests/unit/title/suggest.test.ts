import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packExact, packHeuristic, packKeywords, type PackingInstance } from '../../../lib/title/packing';
import { suggestTitle, tokenCost, SuggestError } from '../../../lib/title/suggest';
import { measureTitle } from '../../../lib/title/length';
import { keywordTokenSpans } from '../../../lib/title/tokenize';
import { PLATFORM_RULES } from '../../../lib/platforms/rules';

/** The optimum by enumerating every subset of items (the best token set is a union of item token sets). */
function bruteForce(inst: PackingInstance): number {
  let best = 0;
  const n = inst.items.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const tokens = new Set(inst.forced);
    for (let i = 0; i < n; i++) if (mask & (1 << i)) for (const t of inst.items[i]?.tokens ?? []) tokens.add(t);
    let cost = 0;
    for (const t of tokens) cost += inst.tokenCosts[t] ?? 0;
    if (cost > inst.budget) continue;
    let value = 0;
    for (const item of inst.items) if (item.tokens.every((t) => tokens.has(t))) value += item.weight;
    best = Math.max(best, value);
  }
  return best;
}

const instanceArb = fc.record({ nTokens: fc.integer({ min: 1, max: 12 }), nItems: fc.integer({ min: 0, max: 11 }) }).chain(({ nTokens, nItems }) =>
  fc.record({
    tokenCosts: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: nTokens, maxLength: nTokens }),
    items: fc.array(
      fc.record({
        tokens: fc.uniqueArray(fc.integer({ min: 0, max: nTokens - 1 }), { minLength: 1, maxLength: 4 }),
        weight: fc.integer({ min: 0, max: 1000 }),
      }),
      { minLength: nItems, maxLength: nItems },
    ),
    budget: fc.integer({ min: 0, max: 30 }),
    forced: fc.uniqueArray(fc.integer({ min: 0, max: nTokens - 1 }), { maxLength: 2 }),
  }),
);

describe('packing', () => {
  it('branch and bound equals brute force on random small instances', () => {
    fc.assert(
      fc.property(instanceArb, (inst) => {
        const forcedCost = [...new Set(inst.forced)].reduce((s, t) => s + (inst.tokenCosts[t] ?? 0), 0);
        fc.pre(forcedCost <= inst.budget);
        const exact = packExact(inst);
        expect(exact.optimal).toBe(true);
        expect(exact.value).toBe(bruteForce(inst));
        expect(exact.cost).toBeLessThanOrEqual(inst.budget);
        for (const t of inst.forced) expect(exact.tokens).toContain(t);
        const combined = packKeywords(inst);
        expect(combined.value).toBe(exact.value);
      }),
      { numRuns: 600 },
    );
  });

  it('the heuristic never exceeds the budget nor the optimum', () => {
    fc.assert(
      fc.property(instanceArb, (inst) => {
        const forcedCost = [...new Set(inst.forced)].reduce((s, t) => s + (inst.tokenCosts[t] ?? 0), 0);
        fc.pre(forcedCost <= inst.budget);
        const h = packHeuristic(inst);
        expect(h.cost).toBeLessThanOrEqual(inst.budget);
        expect(h.value).toBeLessThanOrEqual(bruteForce(inst));
      }),
      { numRuns: 300 },
    );
  });

  it('merges keywords with the same tokens (word-order variants) and still counts each one', () => {
    const inst: PackingInstance = {
      tokenCosts: [4, 4, 4],
      items: [
        { tokens: [0, 1], weight: 10 },
        { tokens: [1, 0], weight: 7 },
        { tokens: [2], weight: 12 },
      ],
      budget: 8,
      forced: [],
    };
    const exact = packExact(inst);
    expect(exact.value).toBe(17);
    expect(exact.covered).toEqual([0, 1]);
    expect(bruteForce(inst)).toBe(17);
  });

  it('writes only tokens of covered keywords (no token paid for nothing)', () => {
    fc.assert(
      fc.property(instanceArb, (inst) => {
        const forcedCost = [...new Set(inst.forced)].reduce((s, t) => s + (inst.tokenCosts[t] ?? 0), 0);
        fc.pre(forcedCost <= inst.budget);
        const packed = packKeywords(inst);
        const useful = new Set(inst.forced);
        for (const i of packed.covered) for (const t of inst.items[i]?.tokens ?? []) useful.add(t);
        for (const t of packed.tokens) expect(useful.has(t)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('pays a shared token once (beats a keyword-by-keyword fill)', () => {
    // Three keywords share the expensive token 0; together they fit, one by one at full price they would not.
    const inst: PackingInstance = {
      tokenCosts: [8, 2, 2, 2, 9],
      items: [
        { tokens: [0, 1], weight: 10 },
        { tokens: [0, 2], weight: 10 },
        { tokens: [0, 3], weight: 10 },
        { tokens: [4], weight: 25 },
      ],
      budget: 14,
      forced: [],
    };
    expect(packExact(inst).value).toBe(30);
    expect(bruteForce(inst)).toBe(30);
  });
});

const CJK_WORDS = ['无线', '蓝牙', '耳机', '降噪', '运动', '跑步', '学生', '考研', '图书馆', '续航', '入耳式', '大容量', '便携', '连衣裙', '碎花'];
const LATIN_WORDS = ['wireless', 'earbuds', 'bluetooth', 'sport', 'case', 'noise', 'cancelling', 'kids', 'mic', 'usb'];

function kwArb(words: string[], sep: string) {
  return fc.array(
    fc
      .record({ parts: fc.uniqueArray(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }), volume: fc.integer({ min: 1, max: 100000 }) })
      .map((r) => ({ keyword: r.parts.join(sep), volume: r.volume })),
    { minLength: 1, maxLength: 9 },
  );
}

/** Brute force over keyword subsets with the suggester's own cost model. */
function bruteForceTitle(core: string, keywords: { keyword: string; volume: number }[], platform: 'taobao' | 'amazon', limit: number): number {
  const unit = PLATFORM_RULES[platform].unit;
  const cost = new Map<string, number>();
  const tok = (s: string) => keywordTokenSpans(s).map((sp) => (cost.set(sp.token, tokenCost(sp.display, unit)), sp.token));
  const coreTokens = tok(core);
  // duplicates (folded) keep the max volume, as prepareKeywords does
  const merged = new Map<string, { tokens: string[]; volume: number }>();
  for (const k of keywords) {
    const key = k.keyword.toLowerCase();
    const seen = merged.get(key);
    if (!seen || seen.volume < k.volume) merged.set(key, { tokens: tok(k.keyword), volume: k.volume });
  }
  const items = [...merged.values()];
  const budget = unit === 'chars' ? limit + 1 : limit;
  let best = 0;
  for (let mask = 0; mask < 1 << items.length; mask++) {
    const set = new Set(coreTokens);
    items.forEach((it, i) => {
      if (mask & (1 << i)) for (const t of it.tokens) set.add(t);
    });
    let c = 0;
    for (const t of set) c += cost.get(t) ?? 0;
    if (c > budget) continue;
    best = Math.max(
      best,
      items.filter((it) => it.tokens.every((t) => set.has(t))).reduce((s, it) => s + it.volume, 0),
    );
  }
  return best;
}

describe('suggestTitle', () => {
  it('Taobao: equals the brute-force optimum, core first, never over the limit', () => {
    fc.assert(
      fc.property(kwArb(CJK_WORDS, ''), fc.integer({ min: 8, max: 60 }), fc.constantFrom('耳机', '连衣裙', '无线耳机'), (keywords, limit, core) => {
        const s = suggestTitle(core, keywords, { platform: 'taobao', limit });
        expect(s.title.startsWith(core)).toBe(true);
        expect(measureTitle(s.title, 'taobao').value).toBeLessThanOrEqual(limit);
        expect(s.length.over).toBe(false);
        expect(s.coveredVolume).toBe(bruteForceTitle(core, keywords, 'taobao', limit));
        expect(s.optimal).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('Amazon: equals the brute-force optimum and never over the limit', () => {
    fc.assert(
      fc.property(kwArb(LATIN_WORDS, ' '), fc.integer({ min: 12, max: 80 }), (keywords, limit) => {
        const s = suggestTitle('Acme Earbuds', keywords, { platform: 'amazon', limit });
        expect(s.title.startsWith('Acme Earbuds')).toBe(true);
        expect(measureTitle(s.title, 'amazon').value).toBeLessThanOrEqual(limit);
        expect(s.coveredVolume).toBe(bruteForceTitle('Acme Earbuds', keywords, 'amazon', limit));
        // no word more than once, so the Amazon repeat rule holds by construction
        const words = s.title.toLowerCase().split(' ');
        expect(new Set(words).size).toBe(words.length);
      }),
      { numRuns: 200 },
    );
  });

  it('covers keywords through shared tokens and lists the rest as missing by volume', () => {
    const s = suggestTitle(
      '无线耳机',
      [
        { keyword: '无线蓝牙耳机', volume: 50000 },
        { keyword: '降噪耳机', volume: 30000 },
        { keyword: '考研图书馆耳机', volume: 800 },
      ],
      { platform: 'taobao', limit: 16 },
    );
    expect(s.title).toBe('无线耳机蓝牙降噪');
    expect(s.coveredVolume).toBe(80000);
    expect(s.missing).toEqual([{ keyword: '考研图书馆耳机', volume: 800 }]);
  });

  it('uses the heuristic with a node budget beyond the exact size and stays within the limit', () => {
    const words = [...CJK_WORDS, '男士', '女士', '儿童', '防水', '超薄', '迷你', '高清', '重低音', '游戏', '电竞'];
    const keywords = Array.from({ length: 60 }, (_, i) => ({
      keyword: `${words[i % words.length]}${words[(i * 7 + 3) % words.length]}`,
      volume: 1000 + ((i * 7919) % 5000),
    }));
    const s = suggestTitle('耳机', keywords, { platform: 'taobao' });
    expect(measureTitle(s.title, 'taobao').over).toBe(false);
    expect(s.coveredVolume).toBeGreaterThan(0);
  });

  it('proves the optimum on a 300-keyword list without a time cap, and the capped answer never beats it', () => {
    const words = [...CJK_WORDS, '男士', '女士', '儿童', '防水', '超薄', '迷你', '高清', '重低音', '游戏', '电竞', '礼物', '新款', '正品', '快充', '磁吸'];
    const keywords: { keyword: string; volume: number }[] = [];
    const seen = new Set<string>();
    let seed = 12345;
    const pick = () => words[(seed = (seed * 1103515245 + 12345) % 2147483648) % words.length] ?? '';
    for (let i = 0; keywords.length < 300 && i < 100_000; i++) {
      const kw = `${pick()}${pick()}${i % 3 === 0 ? pick() : ''}`;
      if (seen.has(kw)) continue;
      seen.add(kw);
      keywords.push({ keyword: kw, volume: Math.round(100000 / (1 + keywords.length) ** 0.8) });
    }
    expect(keywords).toHaveLength(300);
    const exact = suggestTitle('耳机', keywords, { platform: 'taobao', exactUpTo: 1000, timeBudgetMs: 60_000 });
    expect(exact.optimal).toBe(true);
    const capped = suggestTitle('耳机', keywords, { platform: 'taobao' });
    expect(capped.coveredVolume).toBeLessThanOrEqual(exact.coveredVolume);
    expect(capped.coveredVolume).toBeGreaterThan(0.9 * exact.coveredVolume);
    expect(measureTitle(exact.title, 'taobao').over).toBe(false);
  });

  it('rejects a core word that does not fit and an empty core, as readable errors', () => {
    expect(() => suggestTitle('无线蓝牙降噪耳机', [], { platform: 'taobao', limit: 6 })).toThrow(SuggestError);
    expect(() => suggestTitle('无线蓝牙降噪耳机', [], { platform: 'taobao', limit: 6 })).toThrow(/need 16 of the 6 units/);
    expect(() => suggestTitle(' !! ', [], { platform: 'taobao' })).toThrow(/core word is empty/);
  });

  it('writes must words right after the core word', () => {
    const s = suggestTitle('Earbuds', [{ keyword: 'wireless earbuds', volume: 10 }], { platform: 'amazon', must: ['Acme'] });
    expect(s.title).toBe('Earbuds Acme Wireless');
  });

  it("capitalizes Amazon words except minor ones, keeping the seller's own casing", () => {
    const s = suggestTitle('earbuds', [{ keyword: 'earbuds with iPhone case', volume: 10 }], { platform: 'amazon' });
    expect(s.title).toBe('Earbuds with iPhone Case');
  });
});
