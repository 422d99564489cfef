import { afterAll, describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/compliance';
import { applyFirstSuggestions } from './table/applyFix';
import { outputs } from './table/outputs';
import { invalidSeeds, validSeeds, type Context } from './table/rows';
import { Scoreboard } from './table/score';
import { wrappersFor } from './table/wrappers';

/**
 * The compliance fixture table, ESLint RuleTester style, over the shipped lexicons and pattern rules:
 * every seed sentence in every platform wrapper. Valid rows stay silent; invalid rows produce the
 * expected rule, and applying the first suggestion of every finding gives `output` and leaves no finding.
 */
interface Row {
  text: string;
  context: Context;
  group: string;
}
interface InvalidRow extends Row {
  ruleId: string;
  output: string;
}

const invalid: InvalidRow[] = invalidSeeds.flatMap(([seed, ruleId, context = {}]) =>
  wrappersFor(seed).map((w) => {
    const output = outputs[seed];
    if (output === undefined) throw new Error(`no output recorded for "${seed}"`);
    return { text: w.wrap(seed), context: { ...w.context, ...context }, group: `${context.category ?? 'general'}/${ruleId}`, ruleId, output: w.wrap(output) };
  }),
);
const valid: Row[] = validSeeds.flatMap(([seed, context = {}]) =>
  wrappersFor(seed).map((w) => ({ text: w.wrap(seed), context: { ...w.context, ...context }, group: `${context.category ?? 'general'}/valid` })),
);

const byCategory = new Scoreboard();
const byRule = new Scoreboard();

describe('compliance fixture table', () => {
  it('has at least 800 rows', () => {
    expect(invalid.length + valid.length).toBeGreaterThanOrEqual(800);
  });

  describe('valid: no finding at all', () => {
    it.each(valid.map((r) => [r.text, r] as const))('%s', (_, row) => {
      const findings = checkText(row.text, row.context);
      byCategory.add(row.context.category ?? 'general', false, findings.length > 0);
      for (const f of findings) byRule.add(f.ruleId, false, true);
      expect(findings.map((f) => `${f.match} [${f.ruleId}/${f.term}]`)).toEqual([]);
    });
  });

  describe('invalid: the expected rule, then the fix', () => {
    it.each(invalid.map((r) => [r.text, r] as const))('%s', (_, row) => {
      const findings = checkText(row.text, row.context);
      const hit = findings.some((f) => f.ruleId === row.ruleId);
      byCategory.add(row.context.category ?? 'general', true, hit);
      byRule.add(row.ruleId, true, hit);
      expect(findings.map((f) => f.ruleId)).toContain(row.ruleId);
      const fixed = applyFirstSuggestions(row.text, findings);
      expect(fixed).toBe(row.output);
      const remaining = checkText(fixed, row.context).filter((f) => f.severity !== 'info');
      expect(remaining.map((f) => `${f.match} [${f.ruleId}/${f.term}]`)).toEqual([]);
    });
  });

  afterAll(() => {
    console.log(`\n${byCategory.format(`Fixture table: ${invalid.length} invalid + ${valid.length} valid rows, by product category`)}`);
    console.log(`\n${byRule.format('Fixture table, by rule (FP = a finding on a valid row)')}`);
  });
});
