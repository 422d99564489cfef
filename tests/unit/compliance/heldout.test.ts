import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkText, type ProductCategory } from '../../../lib/compliance';
import type { FieldRole } from '../../../lib/lexicon/schema';
import type { Platform } from '../../../lib/types';
import { Scoreboard } from './table/score';

/**
 * Precision and recall on the BLIND held-out corpus (tests/fixtures/heldout, written without seeing the
 * rules; see its README). Row level: a row is positive when it has a label; the engine is right on a clean
 * row when it reports nothing. Span level: a label is found when a finding overlaps it (any rule); a
 * finding is a false alarm when it overlaps no label. Figures are printed; the floors below only guard
 * against regressions and sit under the measured values.
 */
interface HeldoutRow {
  id: string;
  platform: string;
  category: string;
  kind: string;
  text: string;
  violations: Array<{ match: string; class: string }>;
}

const rows: HeldoutRow[] = readFileSync(new URL('../../fixtures/heldout/corpus.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as HeldoutRow);

/** Corpus category → engine product category (home and general are both general goods). */
const CATEGORY: Record<string, ProductCategory> = {
  general: 'general',
  home: 'general',
  apparel: 'apparel',
  electronics: 'electronics',
  food: 'food',
  health_food: 'health-food',
  cosmetics: 'cosmetics',
  special_cosmetics: 'special-cosmetics',
  medical_device: 'medical-device',
  baby: 'mother-baby',
};
const FIELD: Record<string, FieldRole> = {
  title: 'title',
  amazon_title: 'title',
  amazon_bullet: 'bullet',
  selling_point: 'bullet',
  detail: 'description',
  live_script: 'ad-copy',
  note: 'ad-copy',
};

function contextOf(row: HeldoutRow): { platform: Platform; field: FieldRole; category: ProductCategory } {
  const category = CATEGORY[row.category];
  const field = FIELD[row.kind];
  if (!category || !field) throw new Error(`${row.id}: unmapped category "${row.category}" or kind "${row.kind}"`);
  return { platform: row.platform as Platform, field, category };
}

/**
 * DEV/TEST split (issue 12): FNV-1a 32-bit hash of the row id; even → DEV, odd → TEST. Rules may be improved
 * by looking at DEV misses only; TEST rows' misses and false alarms are never printed.
 */
export function splitOf(id: string): 'dev' | 'test' {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'test';
}

describe('held-out corpus (blind)', () => {
  it('scores precision and recall by category and overall', () => {
    const byCategory = new Scoreboard();
    // Info-severity findings are reminders (a health food's registered function: check the certificate), not violations.
    const withoutInfo = new Scoreboard();
    const byClass = new Scoreboard();
    let spanTp = 0;
    let spanFn = 0;
    let findingsOnLabels = 0;
    let findingsOff = 0;
    const bySplit = { dev: new Scoreboard(), test: new Scoreboard() };
    const classBySplit = { dev: new Scoreboard(), test: new Scoreboard() };
    const misses: string[] = [];
    const alarms: string[] = [];
    for (const row of rows) {
      const findings = checkText(row.text, contextOf(row));
      const split = splitOf(row.id);
      const dev = split === 'dev';
      byCategory.add(row.category, row.violations.length > 0, findings.length > 0);
      bySplit[split].add(row.category, row.violations.length > 0, findings.length > 0);
      withoutInfo.add(
        row.category,
        row.violations.length > 0,
        findings.some((f) => f.severity !== 'info'),
      );
      const spans = row.violations.map((v) => {
        const start = row.text.indexOf(v.match);
        if (start < 0) throw new Error(`${row.id}: "${v.match}" not in text`);
        return { start, end: start + v.match.length, cls: v.class };
      });
      for (const span of spans) {
        const found = findings.some((f) => f.start < span.end && f.end > span.start);
        byClass.add(span.cls, true, found);
        classBySplit[split].add(span.cls, true, found);
        if (found) spanTp++;
        else {
          spanFn++;
          if (dev) misses.push(`${row.id} [${row.category}/${span.cls}] ${row.text.slice(span.start, span.end)}`);
        }
      }
      for (const f of findings) {
        if (spans.some((s) => f.start < s.end && f.end > s.start)) findingsOnLabels++;
        else {
          findingsOff++;
          if (dev) alarms.push(`${row.id} [${row.category}] ${f.ruleId} "${f.match}" in ${row.text}`);
        }
      }
    }
    const spanPrecision = findingsOnLabels / Math.max(1, findingsOnLabels + findingsOff);
    const spanRecall = spanTp / Math.max(1, spanTp + spanFn);
    console.log(byCategory.format(`held-out corpus, row level (${rows.length} rows)`));
    const noInfo = withoutInfo.get('all');
    console.log(`held-out corpus, row level without info-severity reminders: precision ${noInfo.precision.toFixed(3)}, recall ${noInfo.recall.toFixed(3)}`);
    console.log(byClass.format('held-out corpus, labels found by class (recall only)'));
    console.log(
      `held-out corpus, span level: recall ${spanRecall.toFixed(3)} (${spanTp}/${spanTp + spanFn} labels), precision ${spanPrecision.toFixed(3)} (${findingsOnLabels}/${findingsOnLabels + findingsOff} findings)`,
    );
    for (const split of ['dev', 'test'] as const) {
      console.log(bySplit[split].format(`held-out ${split.toUpperCase()} half, row level`));
      console.log(classBySplit[split].format(`held-out ${split.toUpperCase()} half, labels found by class (recall only)`));
    }
    // Only DEV rows are listed: TEST misses stay unseen so the TEST figure is not tuned to.
    if (process.env.HELDOUT_VERBOSE) console.log(`DEV misses:\n${misses.join('\n')}\n\nfalse alarms:\n${alarms.join('\n')}`);
    const all = byCategory.get('all');
    expect(all.rows).toBe(rows.length);
    expect(rows.length).toBeGreaterThanOrEqual(700);
    // Regression floors, below the measured figures (see the commit message and report for the values).
    expect(all.recall).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(all.precision).toBeGreaterThanOrEqual(FLOOR.precision);
  });
});

// Measured before any change prompted by the corpus: row precision 0.870, recall 0.780 (span: recall 0.596, precision 0.808).
const FLOOR = { recall: 0.77, precision: 0.86 };
