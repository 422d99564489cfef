import { describe, expect, it } from 'vitest';
import { PassThrough } from 'node:stream';
import { compileChecker } from '../../../lib/compliance';
import { parsePatternFile } from '../../../lib/compliance/patterns/schema';
import { loadShippedPatterns } from '../../../lib/compliance/patterns/shipped';
import { main } from '../../../lib/cli/main';
import { spelledOutWindows } from '../../../lib/match/spelledOut';
import { lexicon, term } from '../../fixtures/compliance/testLexicon';

const file = (rules: unknown[], classes: Record<string, unknown> = { a: { description: 'A', words: ['最'] }, b: { description: 'B', words: ['柔软'] } }) => ({
  id: 'test-patterns',
  version: '1.0.0',
  source: 'test',
  classes,
  rules,
});

describe('pattern rules as data', () => {
  it('ships a valid pattern file', () => {
    expect(loadShippedPatterns().errors).toEqual([]);
  });

  it('names the file, the rule and the problem', () => {
    const bad = parsePatternFile(file([{ id: 'x', action: 'flag', parts: [{ class: 'a' }, { class: 'nope' }] }]), 'team-patterns.json');
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.errors).toContain('team-patterns.json rule 0 ("x"): unknown class "nope"');
      expect(bad.errors).toContain('team-patterns.json rule 0 ("x"): a flag rule needs a "category"');
    }
  });

  it('compiles a prefix × word-class rule into the one automaton and keeps rule id, basis and suggestions', () => {
    const parsed = parsePatternFile(
      file([
        {
          id: 'sup',
          action: 'flag',
          category: 'absolute',
          severity: 'error',
          basis: '广告法第九条第三项',
          parts: [{ class: 'a' }, { class: 'b' }],
          suggestions: ['很{2}'],
        },
      ]),
      't.json',
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const checker = compileChecker({ lexicons: [lexicon([term('无关词')])], patterns: [parsed.file] });
    const [finding] = checker.check('这是最 柔 软的毛巾');
    expect(finding).toMatchObject({ ruleId: 'absolute-term', term: 'sup', match: '最 柔 软', basis: '广告法第九条第三项', suggestions: ['很柔软'] });
  });

  it('finds spelled-out runs and nothing in ordinary text', () => {
    expect(spelledOutWindows('the b e s t choice').map((w) => w.text.slice(w.run[0], w.run[1]))).toEqual(['best']);
    expect(spelledOutWindows('usb c cable, a b test, no 1 choice')).toEqual([]);
  });
});

function io(stdin: string) {
  const input = new PassThrough();
  input.end(stdin);
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]) => {
    const s = new PassThrough();
    s.on('data', (c: Buffer) => into.push(c.toString()));
    return s;
  };
  return { io: { stdin: input, stdout: sink(out), stderr: sink(err), env: {} }, out, err };
}

describe('listinglint check --category', () => {
  it('selects rules by product category and rejects an unknown one', async () => {
    const general = io('美白淡斑精华液');
    expect(await main(['check', '--json', '--category', 'cosmetics'], general.io)).toBe(0); // cosmetics claims are warnings
    expect(JSON.parse(general.out.join('')).findings.map((f: { term: string }) => f.term)).toEqual(['美白', '淡斑']);
    const special = io('美白淡斑精华液');
    expect(await main(['check', '--json', '--category', 'special-cosmetics'], special.io)).toBe(0);
    expect(JSON.parse(special.out.join('')).findings).toEqual([]);
    const bad = io('x');
    expect(await main(['check', '--category', 'toys'], bad.io)).toBe(2);
    expect(bad.err.join('')).toMatch(/--category must be one of general\|food/);
  });
});
