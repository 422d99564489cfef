/**
 * The suggester's combinatorial core: choose tokens within a budget so that the keywords whose
 * tokens are all chosen carry the most weight (a set-union knapsack). Shared tokens are paid once.
 *
 * - Exact: depth-first branch and bound over keywords (include / exclude), where "exclude" means
 *   the keyword must stay uncovered (a state that covers it is explored in its include branch), and
 *   the bound is a fractional knapsack in which each token's cost is split evenly among the open
 *   keywords that contain it — a valid relaxation, since any chosen set pays each token at least once.
 * - Heuristic: greedy by covered-weight gain per unit of new cost, then local improvement (drop one
 *   chosen keyword, refill greedily) — used as the incumbent, and as the answer when the exact
 *   search runs out of its node budget.
 */
import { PackState, result, type PackingInstance, type PackingResult } from './packState';

export type { PackingInstance, PackingItem, PackingResult } from './packState';

/** Weight newly covered if item i's missing tokens were added. */
function closureGain(state: PackState, i: number, hits: Int32Array, touched: number[]): number {
  touched.length = 0;
  for (const t of state.inst.items[i]?.tokens ?? []) {
    if (state.inT[t] !== 0) continue;
    for (const j of state.itemsOf[t] ?? []) {
      if (hits[j] === 0) touched.push(j);
      hits[j]!++;
    }
  }
  let gain = 0;
  for (const j of touched) {
    if (hits[j] === state.missing[j]) gain += state.inst.items[j]?.weight ?? 0;
    hits[j] = 0;
  }
  return gain;
}

/** Greedy fill from the current state; returns the items it added. */
function greedyFill(state: PackState, byRatio: boolean): number[] {
  const { items, budget } = state.inst;
  const hits = new Int32Array(items.length);
  const touched: number[] = [];
  const added: number[] = [];
  for (;;) {
    let best = -1;
    let bestScore = -1;
    let bestGain = 0;
    for (let i = 0; i < items.length; i++) {
      if (state.missing[i] === 0) continue;
      const cost = state.marginal(i);
      if (state.cost + cost > budget) continue;
      const gain = closureGain(state, i, hits, touched);
      if (gain <= 0) continue;
      const score = byRatio ? gain / Math.max(cost, 1e-9) : gain;
      if (score > bestScore || (score === bestScore && gain > bestGain)) {
        best = i;
        bestScore = score;
        bestGain = gain;
      }
    }
    if (best < 0) return added;
    state.include(best);
    added.push(best);
  }
}

/** Greedy (two orders) plus drop-one-and-refill local improvement. */
export function packHeuristic(inst: PackingInstance, maxPasses = 30): PackingResult {
  let bestState: PackState | null = null;
  for (const byRatio of [true, false]) {
    const state = new PackState(inst);
    let chosen = greedyFill(state, byRatio);
    for (let pass = 0, improved = true; improved && pass < maxPasses; pass++) {
      improved = false;
      for (const drop of chosen) {
        const trial = new PackState(inst);
        const kept = chosen.filter((c) => c !== drop);
        for (const c of kept) trial.include(c);
        const refill = greedyFill(trial, byRatio);
        if (trial.value > state.value) {
          for (const c of chosen) state.exclude(c);
          chosen = [...kept, ...refill];
          for (const c of chosen) state.include(c);
          improved = true;
          break;
        }
      }
    }
    if (!bestState || state.value > bestState.value) bestState = state;
  }
  return result(bestState ?? new PackState(inst), false, 0);
}

/**
 * Branch and bound; starts from `incumbent` and stops after `nodeBudget` nodes or `timeBudgetMs`
 * (then optimal = false and the best packing found so far is returned).
 */
export function packExact(inst: PackingInstance, nodeBudget = 2_000_000, incumbent?: PackingResult, timeBudgetMs?: number): PackingResult {
  const deadline = timeBudgetMs !== undefined ? performance.now() + timeBudgetMs : undefined;
  const state = new PackState(inst);
  const n = inst.items.length;
  // Open items that can fit at all, best weight per standalone cost first.
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    if (state.missing[i] !== 0 && state.cost + state.marginal(i) <= inst.budget && (inst.items[i]?.weight ?? 0) > 0) order.push(i);
  }
  const ratio = (i: number) => (inst.items[i]?.weight ?? 0) / Math.max(state.marginal(i), 1e-9);
  order.sort((a, b) => ratio(b) - ratio(a));

  let bestValue = incumbent?.value ?? -1;
  let bestTokens = incumbent?.tokens ?? state.tokens();
  let nodes = 0;
  let aborted = false;
  const share = new Int32Array(inst.tokenCosts.length);
  const cand: number[] = [];
  const candW = new Float64Array(n);
  const candA = new Float64Array(n);
  const byRatio: number[] = [];

  const bound = (pos: number): number => {
    const remaining = inst.budget - state.cost;
    cand.length = 0;
    let loose = state.value;
    for (let p = pos; p < order.length; p++) {
      const j = order[p]!;
      if (state.missing[j] === 0 || state.marginal(j) > remaining) continue;
      cand.push(j);
      loose += inst.items[j]?.weight ?? 0;
    }
    if (loose <= bestValue) return loose;
    for (const j of cand) for (const t of inst.items[j]?.tokens ?? []) if (state.inT[t] === 0) share[t]!++;
    byRatio.length = 0;
    for (let c = 0; c < cand.length; c++) {
      const j = cand[c]!;
      let a = 0;
      for (const t of inst.items[j]?.tokens ?? []) if (state.inT[t] === 0) a += (inst.tokenCosts[t] ?? 0) / (share[t] ?? 1);
      candW[c] = inst.items[j]?.weight ?? 0;
      candA[c] = a;
      byRatio.push(c);
    }
    for (const j of cand) for (const t of inst.items[j]?.tokens ?? []) share[t] = 0;
    byRatio.sort((x, y) => candW[y]! / candA[y]! - candW[x]! / candA[x]!);
    let ub = state.value;
    let room = remaining;
    for (const c of byRatio) {
      const w = candW[c]!;
      const a = candA[c]!;
      if (a <= room) {
        ub += w;
        room -= a;
      } else {
        ub += (w * room) / a;
        break;
      }
    }
    return ub;
  };

  const dfs = (pos: number): void => {
    if (aborted) return;
    if (++nodes > nodeBudget || ((nodes & 255) === 0 && deadline !== undefined && performance.now() > deadline)) {
      aborted = true;
      return;
    }
    if (state.value > bestValue) {
      bestValue = state.value;
      bestTokens = state.tokens();
    }
    if (pos >= order.length) return;
    if (bound(pos) <= bestValue + 1e-9) return;
    const i = order[pos]!;
    if (state.missing[i] === 0) {
      dfs(pos + 1);
      return;
    }
    if (state.cost + state.marginal(i) <= inst.budget) {
      state.include(i);
      if (state.excludedCovered === 0) dfs(pos + 1);
      state.exclude(i);
    }
    state.excluded[i] = 1;
    dfs(pos + 1);
    state.excluded[i] = 0;
  };
  dfs(0);

  const final = new PackState(inst);
  for (const t of bestTokens) final.addToken(t);
  return result(final, !aborted, nodes);
}

/**
 * Exact for small lists (≤ exactUpTo keywords: no time limit, 2M nodes); beyond, the heuristic's
 * answer improved by branch and bound for at most 20k nodes / 25 ms, so typing stays responsive.
 */
export function packKeywords(inst: PackingInstance, options: { exactUpTo?: number; nodeBudget?: number; timeBudgetMs?: number } = {}): PackingResult {
  const heuristic = packHeuristic(inst);
  const small = inst.items.length <= (options.exactUpTo ?? 25);
  const exact = packExact(inst, options.nodeBudget ?? (small ? 2_000_000 : 20_000), heuristic, options.timeBudgetMs ?? (small ? undefined : 25));
  return exact.value >= heuristic.value ? exact : heuristic;
}
