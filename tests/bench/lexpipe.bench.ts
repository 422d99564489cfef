// The content script's lexicon pipeline (issues 13 and 18), in Node:
// - hand-off: what the background's `shippedRules` answer costs the tab (JSON round trip as MV3 messaging
//   does it, plus the zod/mini shape check), against the previous path (validating the inlined files with
//   parseLexicon, regex vetting included) measured in the same run;
// - 100,000 own terms: the sharded compile's longest step between yields and its total, against one
//   synchronous compile of the same terms (the previous path), and the cost of a check with the shards.
// Each figure is min/median/max of three runs.
import { cachedChecker } from '../../lib/compliance';
import { shippedPatterns } from '../../lib/compliance/patterns/shipped';
import { parseShippedRules } from '../../lib/lexicon/handoff';
import { loadLexicons } from '../../lib/lexicon/load';
import { shippedLexicons, shippedSources } from '../../lib/lexicon/shipped';
import { compileCustomShards } from '../../lib/lexicon/customShards';

const mmm = (xs: number[], digits = 1) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${(s[0] ?? 0).toFixed(digits)}/${(s[Math.floor(s.length / 2)] ?? 0).toFixed(digits)}/${(s[s.length - 1] ?? 0).toFixed(digits)} ms`;
};

function benchHandoff(): void {
  const answer = { ok: true, lexicons: shippedLexicons(), patterns: shippedPatterns(), sources: shippedSources() };
  const files = shippedLexicons().map((lexicon) => ({ source: lexicon.id, data: JSON.parse(JSON.stringify(lexicon)) as unknown }));
  const handoff: number[] = [];
  const previous: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const json = JSON.stringify(answer);
    bytes = json.length;
    const parsed = parseShippedRules(JSON.parse(json));
    if (!parsed.ok) throw new Error(parsed.error);
    handoff.push(performance.now() - t0);
    const p0 = performance.now();
    loadLexicons(files);
    previous.push(performance.now() - p0);
  }
  console.log(`shipped rules hand-off (${(bytes / 1000).toFixed(0)} KB JSON: stringify + parse + zod/mini check): ${mmm(handoff)}`);
  console.log(`  baseline: validating the same lexicons with parseLexicon as the inlined path did (regexes vetted in RE2JS): ${mmm(previous)}`);
}

async function benchShards(): Promise<void> {
  const count = 100_000;
  const realistic = '这款真空保温杯采用304不锈钢内胆，长效保温12小时，杯盖密封防漏，适合通勤、办公和户外运动使用。'.repeat(3);
  const dense = Array.from({ length: 300 }, (_, i) => `自定义禁用词${i * 331}号`).join('，');
  const longest: number[] = [];
  const total: number[] = [];
  const checkPlain: number[] = [];
  const checkDense: number[] = [];
  const single: number[] = [];
  for (let run = 0; run < 3; run++) {
    const terms = Array.from({ length: count }, (_, i) => ({ text: `自定义禁用词${i}号${'丁戊己'[run]}`, severity: 'warning' as const }));
    let last = performance.now();
    let worst = 0;
    const t0 = performance.now();
    const sharded = await compileCustomShards(terms, {
      yieldToPage: async () => {
        worst = Math.max(worst, performance.now() - last);
        await new Promise((resolve) => setImmediate(resolve));
        last = performance.now();
      },
    });
    total.push(performance.now() - t0);
    longest.push(worst);
    sharded.check(realistic);
    const c0 = performance.now();
    for (let i = 0; i < 50; i++) sharded.check(realistic);
    checkPlain.push((performance.now() - c0) / 50);
    const d0 = performance.now();
    for (let i = 0; i < 5; i++) sharded.check(dense);
    checkDense.push((performance.now() - d0) / 5);
  }
  // The previous path after the sharded runs, so its large heap does not weigh on their steps.
  for (let run = 0; run < 3; run++) {
    const terms = Array.from({ length: count }, (_, i) => ({ text: `自定义禁用词${i}号${'甲乙丙'[run]}`, severity: 'warning' as const }));
    const s0 = performance.now();
    cachedChecker(shippedLexicons(), terms).check(realistic);
    single.push(performance.now() - s0);
  }
  console.log(`100,000 own terms, sharded: longest step between yields ${mmm(longest)}; total ${mmm(total, 0)}`);
  console.log(`  baseline: one synchronous compile with the shipped lexicons (the previous path, one block): ${mmm(single, 0)}`);
  console.log(
    `  check with the shards: ${realistic.length} chars of realistic copy ${mmm(checkPlain, 3)}; worst case ${dense.length} chars holding 300 own terms ${mmm(checkDense, 2)}`,
  );
}

export async function run(): Promise<void> {
  benchHandoff();
  await benchShards();
}
