import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadShippedLexicons, shippedSources } from '../../../lib/lexicon/shipped';
import { checkText, compileChecker } from '../../../lib/compliance';

describe('shipped lexicons', () => {
  it('bundles every file in public/lexicons (update lib/lexicon/shipped.ts when one is added)', () => {
    const onDisk = readdirSync('public/lexicons')
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect([...shippedSources()].sort()).toEqual(onDisk);
  });

  it('all validate, and checkText uses them by default', () => {
    const loaded = loadShippedLexicons();
    expect(loaded.errors.map(String)).toEqual([]);
    expect(loaded.lexicons.length).toBe(shippedSources().length);
    expect(checkText('国家级品质').map((f) => f.ruleId)).toContain('absolute-term');
  });

  it('compiles with every exception pattern valid and every rule id known', () => {
    const checker = compileChecker({ lexicons: loadShippedLexicons().lexicons });
    expect(checker.termCount).toBeGreaterThan(0);
  });
});
