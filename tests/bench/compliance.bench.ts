/**
 * Compliance engine throughput: checkText (normalization, exceptions, boundaries, pattern rules,
 * overlap resolution) against mint-filter and fastscan (plain Aho-Corasick) and an escaped RegExp
 * alternation, measured in the same run on the same texts: realistic seller copy with hits at
 * realistic density (tests/bench/complianceCorpus.ts) and a worst case where every sentence has a hit.
 * Run alone: `npm run bench -- compliance`.
 */
import { Mint } from 'mint-filter';
import FastScanner from 'fastscan';
import * as compliance from '../../lib/compliance';
import { compileChecker, type ComplianceChecker } from '../../lib/compliance';
import { sellerCopy } from './complianceCorpus';
import * as shippedModule from '../../lib/lexicon/shipped';
import { shippedLexicons } from '../../lib/lexicon/shipped';
import type { Lexicon, LexiconTerm } from '../../lib/lexicon/schema';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The pre-v2 engine (commit 51eb4c5), extracted at bench time into the gitignored .cache/, never into lib/. */
const OLD_COMMIT = '51eb4c5';

interface OldEngine {
  check(text: string): number;
}

async function oldEngine(): Promise<OldEngine | string> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = path.join(root, '.cache', `old-engine-${OLD_COMMIT}`);
  try {
    if (!existsSync(path.join(dir, 'lib/compliance/index.ts'))) {
      mkdirSync(dir, { recursive: true });
      const tar = execFileSync('git', ['-C', root, 'archive', OLD_COMMIT, 'lib', 'public/lexicons'], { maxBuffer: 1 << 28 });
      execFileSync('tar', ['-x', '-C', dir], { input: tar });
    }
    const oldCompliance = (await import(pathToFileURL(path.join(dir, 'lib/compliance/index.ts')).href)) as typeof compliance;
    const oldShipped = (await import(pathToFileURL(path.join(dir, 'lib/lexicon/shipped.ts')).href)) as typeof shippedModule;
    const checker = oldCompliance.compileChecker({ lexicons: oldShipped.shippedLexicons() });
    return { check: (text) => checker.check(text).length };
  } catch (error) {
    return `old engine (${OLD_COMMIT}) unavailable: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
const WORDS = ['cotton', 'shirt', 'quality', 'daily', 'use', 'summer', 'women', 'size', 'pack', 'soft'];
const PLANTED = ['最佳', '国家级', '全网最低价', '根治', '特效', 'best seller', '#1', '药妆', '最 佳', '國家級', 'ＮＯ．１', '最近上新', '第一次'];

/** Shop copy: common hanzi, some English, punctuation, and a term every ~60 characters. */
function makeText(length: number, seed: number): string {
  const r = rng(seed);
  let out = '';
  while (out.length < length) {
    const roll = r(100);
    if (roll < 3) out += PLANTED[r(PLANTED.length)];
    else if (roll < 8) out += ` ${WORDS[r(WORDS.length)]} `;
    else if (roll < 12) out += '，';
    else out += COMMON[r(COMMON.length)];
  }
  return out.slice(0, length);
}

function syntheticLexicon(size: number): Lexicon {
  const r = rng(42);
  const seen = new Set<string>();
  const terms: LexiconTerm[] = [];
  while (terms.length < size) {
    const latin = r(10) === 0;
    let text = '';
    const len = 2 + r(3);
    for (let i = 0; i < len; i++) text += latin ? String.fromCharCode(97 + r(26)) : COMMON[r(COMMON.length)];
    if (seen.has(text)) continue;
    seen.add(text);
    terms.push({
      text,
      variants: [],
      category: 'custom',
      severity: 'warning',
      basis: 'synthetic',
      suggestions: [],
      exceptions: [],
      exceptionPatterns: [],
      platforms: [],
      fields: [],
      lang: latin ? 'en' : 'zh',
    });
  }
  return { id: 'synthetic', version: '1.0.0', name: { zh: '合成', en: 'Synthetic' }, source: 'bench', terms };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Median ms of each engine, run in interleaved rounds (A, B, C, A, B, C …) so that a busy machine
 * slows them alike and the ratios stay fair; ~400 ms per case, at least 9 rounds, after a ~100 ms warm-up each.
 */
function measureAll(fns: Array<() => number>): Array<{ ms: number; cpu: number; hits: number }> {
  // Warm-up: at least 3 calls and ~100 ms per engine, so that each runs optimized code (on a loaded
  // machine the JIT's background compilation lags, and a short warm-up measured the interpreter).
  const hits = fns.map((fn) => {
    let h = 0;
    const until = performance.now() + 100;
    for (let i = 0; i < 3 || (performance.now() < until && i < 5000); i++) h = fn();
    return h;
  });
  const times: number[][] = fns.map(() => []);
  const cpuTimes: number[][] = fns.map(() => []);
  const deadline = performance.now() + 400;
  for (let round = 0; round < 9 || (performance.now() < deadline && round < 2000); round++) {
    fns.forEach((fn, i) => {
      const c = process.cpuUsage();
      const t = performance.now();
      fn();
      times[i]?.push(performance.now() - t);
      const d = process.cpuUsage(c);
      cpuTimes[i]?.push((d.user + d.system) / 1000);
    });
  }
  return fns.map((_, i) => ({ ms: median(times[i] ?? []), cpu: median(cpuTimes[i] ?? []), hits: hits[i] ?? 0 }));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Engines {
  name: string;
  ours: ComplianceChecker;
  mint: Mint;
  fastscan: FastScanner;
  regex: RegExp;
}

/** Shipped pattern rules when this checkout has them (the bench also runs on the code before them, for the baseline). */
function shippedPatternFiles(): unknown[] {
  const exported = (compliance as Record<string, unknown>).shippedPatterns;
  return typeof exported === 'function' ? (exported as () => unknown[])() : [];
}

function engines(name: string, lexicons: Lexicon[], withPatterns: boolean): Engines {
  const words = [...new Set(lexicons.flatMap((l) => l.terms.flatMap((t) => [t.text, ...t.variants])))];
  const sorted = [...words].sort((a, b) => b.length - a.length);
  // As checkText compiles them: shipped patterns, and the shipped lexicons' exception patterns as native RegExp.
  const trusted = (shippedModule as Record<string, unknown>).isShippedLexicon;
  const options = { lexicons, ...(withPatterns ? { patterns: shippedPatternFiles(), trusted } : {}) } as Parameters<typeof compileChecker>[0];
  return {
    name,
    ours: compileChecker(options),
    mint: new Mint(words),
    fastscan: new FastScanner(words),
    regex: new RegExp(sorted.map(escapeRegExp).join('|'), 'gi'),
  };
}

export async function run(): Promise<void> {
  const shipped = shippedLexicons();
  const compileTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    compileChecker({ lexicons: shipped });
    compileTimes.push(performance.now() - t);
  }
  const firstCompile = compileTimes[0] ?? 0;
  const terms = shipped.reduce((n, l) => n + l.terms.length, 0);
  console.log(
    `\ncompliance: compile shipped lexicons (${shipped.length} files, ${terms} terms): first ${firstCompile.toFixed(1)} ms, median ${median(compileTimes).toFixed(1)} ms (target < 50 ms)`,
  );

  const synthetic = syntheticLexicon(20_000);
  const t = performance.now();
  const sets = [engines('shipped', shipped, true), engines('synthetic-20k', [synthetic], false)];
  console.log(`compliance: build all engines incl. 20,000-term set: ${(performance.now() - t).toFixed(0)} ms\n`);
  const old = await oldEngine();
  if (typeof old === 'string') console.log(old);

  const corpora: Array<{ name: string; text: (length: number) => string }> = [
    { name: 'seller copy', text: (length) => sellerCopy(length, length) },
    { name: 'worst: every line a hit', text: (length) => sellerCopy(length, length + 1, 0) },
    { name: 'random hanzi', text: (length) => makeText(length, length) },
  ];
  const rows: string[][] = [['lexicon', 'text', 'chars', 'engine', 'median ms', 'MB/s', 'hits', 'cpu ms', 'ours vs it', 'cpu: ours vs it']];
  for (const set of sets) {
    for (const corpus of set.name === 'shipped' ? corpora : corpora.slice(2)) {
      for (const length of [500, 5_000, 100_000]) {
        const text = corpus.text(length);
        const mb = Buffer.byteLength(text, 'utf8') / 1e6;
        const withOld = set.name === 'shipped' && typeof old !== 'string';
        const [ours, mint, fast, regex, before] = measureAll([
          () => set.ours.check(text).length,
          () => set.mint.filter(text, { replace: false }).words.length,
          () => set.fastscan.search(text).length,
          () => {
            set.regex.lastIndex = 0;
            let n = 0;
            while (set.regex.exec(text)) n++;
            return n;
          },
          ...(withOld ? [() => (old as OldEngine).check(text)] : []),
        ]);
        if (!ours || !mint || !fast || !regex) continue;
        const row = (engine: string, m: { ms: number; cpu: number; hits: number }): string[] => [
          set.name,
          corpus.name,
          String(length),
          engine,
          m.ms.toFixed(3),
          (mb / (m.ms / 1000)).toFixed(1),
          String(m.hits),
          m.cpu.toFixed(3),
          m === ours ? '' : `${(m.ms / ours.ms).toFixed(2)}x`,
          m === ours ? '' : `${(m.cpu / Math.max(ours.cpu, 1e-6)).toFixed(2)}x`,
        ];
        rows.push(row('checkText', ours));
        rows.push(row('mint-filter', mint));
        rows.push(row('fastscan', fast));
        rows.push(row('RegExp alt', regex));
        if (before) rows.push(row(`pre-v2 ${OLD_COMMIT}`, before));
      }
    }
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  for (const r of rows) console.log(r.map((cell, c) => (c >= 4 && c <= 7 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0))).join('  '));
  console.log(
    "\n(ours vs it: the other engine's time / checkText's, >1 = checkText faster; cpu: the same on process CPU time (process.cpuUsage), which a loaded" +
      ' machine inflates less than wall time. checkText also normalizes (T→S, width, case, noise), applies exceptions,' +
      ' word boundaries, pattern rules and longest-match, and builds findings with messages and suggestions; the others only find substrings.' +
      ` pre-v2 ${OLD_COMMIT}: the engine before v2 with its own shipped lexicons and no pattern rules, extracted with git archive into .cache/.)`,
  );
}
