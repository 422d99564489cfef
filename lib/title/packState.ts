/** The set-union knapsack instance of the title suggester and the incremental state its searches share. */
export interface PackingItem {
  tokens: number[];
  weight: number;
}

export interface PackingInstance {
  tokenCosts: number[];
  items: PackingItem[];
  budget: number;
  /** Tokens that must be in the title (core word, must-have words). */
  forced: number[];
}

export interface PackingResult {
  /** Chosen tokens (forced included), in no particular order. */
  tokens: number[];
  /** Indices of covered items. */
  covered: number[];
  value: number;
  cost: number;
  /** True when the exact search finished: no better packing exists. */
  optimal: boolean;
  nodes: number;
}

export class PackState {
  readonly inT: Int32Array;
  readonly missing: Int32Array;
  readonly excluded: Uint8Array;
  readonly itemsOf: number[][];
  value = 0;
  cost = 0;
  excludedCovered = 0;

  constructor(readonly inst: PackingInstance) {
    this.inT = new Int32Array(inst.tokenCosts.length);
    this.missing = new Int32Array(inst.items.length);
    this.excluded = new Uint8Array(inst.items.length);
    this.itemsOf = inst.tokenCosts.map(() => []);
    inst.items.forEach((item, i) => {
      this.missing[i] = item.tokens.length;
      for (const t of item.tokens) this.itemsOf[t]?.push(i);
      if (item.tokens.length === 0) this.value += item.weight;
    });
    for (const t of new Set(inst.forced)) this.addToken(t);
  }

  addToken(t: number): void {
    const was = this.inT[t] ?? 0;
    this.inT[t] = was + 1;
    if (was !== 0) return;
    this.cost += this.inst.tokenCosts[t] ?? 0;
    for (const j of this.itemsOf[t] ?? []) {
      if (--this.missing[j]! === 0) {
        this.value += this.inst.items[j]?.weight ?? 0;
        if (this.excluded[j]) this.excludedCovered++;
      }
    }
  }

  removeToken(t: number): void {
    const now = (this.inT[t] ?? 0) - 1;
    this.inT[t] = now;
    if (now !== 0) return;
    this.cost -= this.inst.tokenCosts[t] ?? 0;
    for (const j of this.itemsOf[t] ?? []) {
      if (this.missing[j]!++ === 0) {
        this.value -= this.inst.items[j]?.weight ?? 0;
        if (this.excluded[j]) this.excludedCovered--;
      }
    }
  }

  include(i: number): void {
    for (const t of this.inst.items[i]?.tokens ?? []) this.addToken(t);
  }

  exclude(i: number): void {
    for (const t of this.inst.items[i]?.tokens ?? []) this.removeToken(t);
  }

  marginal(i: number): number {
    let c = 0;
    for (const t of this.inst.items[i]?.tokens ?? []) if (this.inT[t] === 0) c += this.inst.tokenCosts[t] ?? 0;
    return c;
  }

  tokens(): number[] {
    const out: number[] = [];
    this.inT.forEach((n, t) => {
      if (n > 0) out.push(t);
    });
    return out;
  }

  covered(): number[] {
    const out: number[] = [];
    this.missing.forEach((m, i) => {
      if (m === 0) out.push(i);
    });
    return out;
  }
}

export function result(state: PackState, optimal: boolean, nodes: number): PackingResult {
  return { tokens: state.tokens(), covered: state.covered(), value: state.value, cost: state.cost, optimal, nodes };
}
