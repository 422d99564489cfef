/** Precision and recall by group, printed as a table: the closing figures of the fixture and carrier tests. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export class Scoreboard {
  private readonly groups = new Map<string, Tally>();

  add(group: string, expected: boolean, found: boolean): void {
    for (const key of [group, 'all']) {
      let t = this.groups.get(key);
      if (!t) this.groups.set(key, (t = { tp: 0, fp: 0, fn: 0, tn: 0 }));
      if (expected && found) t.tp++;
      else if (expected) t.fn++;
      else if (found) t.fp++;
      else t.tn++;
    }
  }

  get(group: string): { precision: number; recall: number; rows: number } {
    const t = this.groups.get(group) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    const rows = t.tp + t.fp + t.fn + t.tn;
    return { precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp), recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn), rows };
  }

  format(title: string): string {
    const lines = [`${title}`, 'group'.padEnd(28) + 'rows'.padStart(6) + '  TP    FP    FN    TN   precision  recall'];
    const keys = [...this.groups.keys()].sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a < b ? -1 : 1));
    for (const key of keys) {
      const t = this.groups.get(key) as Tally;
      const { precision, recall, rows } = this.get(key);
      lines.push(
        key.padEnd(28) +
          String(rows).padStart(6) +
          [t.tp, t.fp, t.fn, t.tn].map((n) => String(n).padStart(6)).join('') +
          precision.toFixed(3).padStart(11) +
          recall.toFixed(3).padStart(8),
      );
    }
    return lines.join('\n');
  }
}
