/**
 * The suggester's combinatorial core: choose tokens within a budget so that the keywords whose
 * tokens are all chosen carry the most weight (a set-union knapsack). Shared tokens are paid once.
 *
 * - Reduction: forced tokens are paid up front; keywords they cover count at once; keywords that
 *   cannot fit are dropped; keywords with the same remaining token set (word-order variants,
 *   duplicates) are merged into one item carrying their summed weight.
 * - Exact: depth-first branch and bound over tokens (include / exclude the densest open token).
 *   The bound is a fractional knapsack over the open tokens, where each live keyword's weight is
 *   split over its open tokens in proportion to their cost: any completion covering a keyword pays
 *   all its open tokens, so it earns at most the sum of its tokens' shares — a valid relaxation.
 * - Heuristic: greedy by covered-weight gain per unit of new cost — the search's first incumbent,
 *   and the answer when the search runs out of its node or time budget.
 */
import { PackState, result, type PackingInstance, type PackingResult } from './packState';

export type { PackingInstance, PackingItem, PackingResult } from './packState';

/** The instance on the non-forced tokens that can still matter, with merged items. */
interface Reduced {
  /** Local token id → original token id. */
  orig: number[];
  cost: Float64Array;
  itemTokens: Int32Array[];
  itemWeight: Float64Array;
  /** Items of each local token. */
  itemsOf: Int32Array[];
  room: number;
}

function reduce(inst: PackingInstance): Reduced {
  const forced = new Set(inst.forced);
  let forcedCost = 0;
  for (const t of forced) forcedCost += inst.tokenCosts[t] ?? 0;
  const room = inst.budget - forcedCost;
  const local = new Map<number, number>();
  const orig: number[] = [];
  const merged = new Map<string, number>();
  const itemTokens: Int32Array[] = [];
  const weights: number[] = [];
  for (const item of inst.items) {
    if (!(item.weight > 0)) continue;
    const rest = [...new Set(item.tokens)].filter((t) => !forced.has(t)).sort((a, b) => a - b);
    if (rest.length === 0) continue; // covered by the forced tokens: counted by PackState
    let c = 0;
    for (const t of rest) c += inst.tokenCosts[t] ?? 0;
    if (c > room) continue;
    const key = rest.join(',');
    const at = merged.get(key);
    if (at !== undefined) {
      weights[at]! += item.weight;
      continue;
    }
    merged.set(key, itemTokens.length);
    itemTokens.push(
      Int32Array.from(rest, (t) => {
        let id = local.get(t);
        if (id === undefined) {
          id = orig.length;
          local.set(t, id);
          orig.push(t);
        }
        return id;
      }),
    );
    weights.push(item.weight);
  }
  const cost = Float64Array.from(orig, (t) => inst.tokenCosts[t] ?? 0);
  const lists: number[][] = orig.map(() => []);
  itemTokens.forEach((toks, j) => toks.forEach((t) => lists[t]!.push(j)));
  return { orig, cost, itemTokens, itemWeight: Float64Array.from(weights), itemsOf: lists.map((l) => Int32Array.from(l)), room };
}

/** Original-instance result for the chosen local tokens: forced + the tokens of covered items only. */
function finish(inst: PackingInstance, r: Reduced, chosen: Uint8Array, optimal: boolean, nodes: number): PackingResult {
  const state = new PackState(inst);
  r.itemTokens.forEach((toks) => {
    if (toks.every((t) => chosen[t] === 1)) for (const t of toks) if (state.inT[r.orig[t]!] === 0) state.addToken(r.orig[t]!);
  });
  return result(state, optimal, nodes);
}

/** Greedy on the reduced instance: add the item with the best gain per new cost (or best gain) until none fits. */
function greedy(r: Reduced, byRatio: boolean): { chosen: Uint8Array; value: number } {
  const n = r.itemTokens.length;
  const chosen = new Uint8Array(r.orig.length);
  const need = Int32Array.from(r.itemTokens, (t) => t.length);
  const hits = new Int32Array(n);
  const touched: number[] = [];
  let used = 0;
  let value = 0;
  for (;;) {
    let best = -1;
    let bestScore = -1;
    let bestGain = 0;
    for (let i = 0; i < n; i++) {
      if (need[i] === 0) continue;
      let c = 0;
      const toks = r.itemTokens[i]!;
      for (let k = 0; k < toks.length; k++) if (chosen[toks[k]!] === 0) c += r.cost[toks[k]!]!;
      if (used + c > r.room) continue;
      touched.length = 0;
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if (chosen[t] !== 0) continue;
        const list = r.itemsOf[t]!;
        for (let q = 0; q < list.length; q++) {
          const j = list[q]!;
          if (hits[j] === 0) touched.push(j);
          hits[j]!++;
        }
      }
      let gain = 0;
      for (const j of touched) {
        if (hits[j] === need[j]) gain += r.itemWeight[j]!;
        hits[j] = 0;
      }
      const score = byRatio ? gain / Math.max(c, 1e-9) : gain;
      if (score > bestScore || (score === bestScore && gain > bestGain)) {
        best = i;
        bestScore = score;
        bestGain = gain;
      }
    }
    if (best < 0 || bestGain <= 0) return { chosen, value };
    for (const t of r.itemTokens[best]!) {
      if (chosen[t] !== 0) continue;
      chosen[t] = 1;
      used += r.cost[t]!;
      for (const j of r.itemsOf[t]!) if (--need[j]! === 0) value += r.itemWeight[j]!;
    }
  }
}

function heuristicOn(r: Reduced): Uint8Array {
  const a = greedy(r, true);
  const b = greedy(r, false);
  return b.value > a.value ? b.chosen : a.chosen;
}

/** Greedy (by gain per cost and by gain); the best of the two. */
export function packHeuristic(inst: PackingInstance): PackingResult {
  const r = reduce(inst);
  return finish(inst, r, heuristicOn(r), false, 0);
}

/**
 * Branch and bound over tokens; starts from `incumbent` (else the greedy answer) and stops after
 * `nodeBudget` nodes or `timeBudgetMs` (then optimal = false and the best packing found is returned).
 */
export function packExact(inst: PackingInstance, nodeBudget = 5_000_000, incumbent?: PackingResult, timeBudgetMs?: number): PackingResult {
  const deadline = timeBudgetMs !== undefined ? performance.now() + timeBudgetMs : undefined;
  const r = reduce(inst);
  const m = r.orig.length;
  const n = r.itemTokens.length;
  const base = new PackState(inst).value;

  // Incumbent in local terms.
  let bestChosen = greedy(r, true).chosen;
  let bestValue = finish(inst, r, bestChosen, false, 0).value;
  if (incumbent && incumbent.value > bestValue) {
    const local = new Map(r.orig.map((t, i) => [t, i]));
    bestChosen = new Uint8Array(m);
    for (const t of incumbent.tokens) {
      const l = local.get(t);
      if (l !== undefined) bestChosen[l] = 1;
    }
    bestValue = incumbent.value;
  }

  const dens = new Float64Array(m);
  const state = new Int8Array(m); // 0 open, 1 in, 2 out
  const need = Int32Array.from(r.itemTokens, (t) => t.length);
  const dead = new Int32Array(n);
  const open = Float64Array.from(r.itemTokens, (toks) => toks.reduce((s, t) => s + r.cost[t]!, 0));
  let used = 0;
  let value = base;
  let nodes = 0;
  let aborted = false;
  const cand: number[] = [];

  const include = (t: number) => {
    state[t] = 1;
    used += r.cost[t]!;
    for (const j of r.itemsOf[t]!) {
      open[j]! -= r.cost[t]!;
      if (--need[j]! === 0 && dead[j] === 0) value += r.itemWeight[j]!;
    }
  };
  const undoInclude = (t: number) => {
    state[t] = 0;
    used -= r.cost[t]!;
    for (const j of r.itemsOf[t]!) {
      open[j]! += r.cost[t]!;
      if (need[j]!++ === 0 && dead[j] === 0) value -= r.itemWeight[j]!;
    }
  };
  const exclude = (t: number) => {
    state[t] = 2;
    for (const j of r.itemsOf[t]!) {
      open[j]! -= r.cost[t]!;
      dead[j]!++;
    }
  };
  const undoExclude = (t: number) => {
    state[t] = 0;
    for (const j of r.itemsOf[t]!) {
      open[j]! += r.cost[t]!;
      dead[j]!--;
    }
  };
  // Weights are volumes, usually integers: then a bound below best + 1 cannot beat it.
  const integral = r.itemWeight.every((w) => Number.isInteger(w));
  const slack = integral ? 1 - 1e-9 : 1e-9;

  /** Fractional bound; leaves the open tokens of live items in `cand`, densest first. */
  const bound = (): number => {
    const remaining = r.room - used;
    cand.length = 0;
    for (let j = 0; j < n; j++) {
      if (dead[j] !== 0 || need[j] === 0 || open[j]! > remaining + 1e-9) continue;
      const share = r.itemWeight[j]! / Math.max(open[j]!, 1e-9);
      const toks = r.itemTokens[j]!;
      for (let k = 0; k < toks.length; k++) {
        const t = toks[k]!;
        if (state[t] === 0) {
          if (dens[t] === 0) cand.push(t);
          dens[t]! += share;
        }
      }
    }
    cand.sort((a, b) => dens[b]! - dens[a]!);
    let ub = value;
    let roomLeft = remaining;
    let filling = true;
    for (const t of cand) {
      if (filling) {
        const c = r.cost[t]!;
        if (c <= roomLeft) {
          ub += dens[t]! * c;
          roomLeft -= c;
        } else {
          ub += dens[t]! * roomLeft;
          filling = false;
        }
      }
      dens[t] = 0;
    }
    return ub;
  };

  // Branch on the densest open token of the bound (include first, then exclude).
  const dfs = (): void => {
    if (aborted) return;
    if (++nodes > nodeBudget || ((nodes & 255) === 1 && deadline !== undefined && performance.now() > deadline)) {
      aborted = true;
      return;
    }
    if (value > bestValue) {
      bestValue = value;
      bestChosen = Uint8Array.from(state, (s) => (s === 1 ? 1 : 0));
    }
    if (bound() < bestValue + slack || cand.length === 0) return;
    const t = cand[0]!;
    include(t);
    dfs();
    undoInclude(t);
    exclude(t);
    dfs();
    undoExclude(t);
  };
  if (m > 0) dfs();
  return finish(inst, r, bestChosen, !aborted, nodes);
}

/**
 * Greedy incumbent, then branch and bound to a proven optimum; the search stops at `nodeBudget`
 * nodes (default 200k) or `timeBudgetMs` (default none) and then returns the best packing found.
 * `exactUpTo` is kept for callers: at or below that many keywords the node budget is 5M.
 */
export function packKeywords(inst: PackingInstance, options: { exactUpTo?: number; nodeBudget?: number; timeBudgetMs?: number } = {}): PackingResult {
  const small = inst.items.length <= (options.exactUpTo ?? 25);
  return packExact(inst, options.nodeBudget ?? (small ? 5_000_000 : 1_000_000), undefined, options.timeBudgetMs ?? (small ? undefined : 25));
}
