import { describe, expect, it } from 'vitest';
import { lexiconFileSchema, type Lexicon, type LexiconTerm } from '../../../lib/lexicon/schema';
import { checkText } from '../../../lib/compliance';
import { shippedLexicons } from '../../../lib/lexicon/shipped';
import { loadDiskLexicons, readLexiconFiles } from './diskLexicons';

/** Simple folding for the data checks: width (NFKC), case, and runs of separators. */
function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_/.·*|。]+/g, ' ')
    .trim();
}

/** Further drops separators, the way the matcher treats 最 佳 / best-seller alike. */
function key(s: string): string {
  return fold(s).replace(/ /g, '');
}

const files = readLexiconFiles();
const parsed: Array<{ name: string; lexicon: Lexicon }> = files.map((f) => ({ name: f.name, lexicon: lexiconFileSchema.parse(f.data) }));
const allTerms: Array<{ file: string; term: LexiconTerm }> = parsed.flatMap(({ name, lexicon }) => lexicon.terms.map((term) => ({ file: name, term })));

describe('shipped lexicon files', () => {
  it('are present: the six planned files', () => {
    expect(files.map((f) => f.name)).toEqual([
      'en-marketplace.json',
      'zh-ad-law-absolute.json',
      'zh-ad-law-other.json',
      'zh-commerce.json',
      'zh-cosmetics.json',
      'zh-medical-health.json',
    ]);
  });

  it.each(files.map((f) => [f.name, f.data] as const))('%s parses with lexiconFileSchema', (name, data) => {
    const result = lexiconFileSchema.safeParse(data);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
    if (!result.success) return;
    expect(`${result.data.id}.json`).toBe(name);
    expect(result.data.version).toBe('1.0.0');
    expect(result.data.source).toMatch(/checked 2026-11/i);
  });

  it('load with the real loader: no errors and no warnings', () => {
    const loaded = loadDiskLexicons();
    expect(loaded.errors.map((e) => e.message)).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.lexicons).toHaveLength(files.length);
  });

  it('hold at least 400 terms in total', () => {
    expect(allTerms.length).toBeGreaterThanOrEqual(400);
  });

  it('have no duplicate term text within a file', () => {
    for (const { name, lexicon } of parsed) {
      const seen = new Map<string, string>();
      for (const term of lexicon.terms) {
        const k = key(term.text);
        expect(seen.get(k), `${name}: "${term.text}" duplicates "${seen.get(k) ?? ''}"`).toBeUndefined();
        seen.set(k, term.text);
      }
    }
  });

  it('have no surface form (text or variant) in two terms, across all files', () => {
    const owner = new Map<string, string>();
    for (const { file, term } of allTerms) {
      for (const form of new Set([term.text, ...term.variants].map(key))) {
        const previous = owner.get(form);
        expect(previous, `${file}: "${form}" of "${term.text}" is also in ${previous ?? ''}`).toBeUndefined();
        owner.set(form, `${file} "${term.text}"`);
      }
    }
  });

  it('have exceptions that contain the term or one of its variants', () => {
    for (const { file, term } of allTerms) {
      const forms = [term.text, ...term.variants].map(fold);
      for (const exception of term.exceptions) {
        expect(
          forms.some((form) => fold(exception).includes(form)),
          `${file}: exception "${exception}" of "${term.text}" does not contain it`,
        ).toBe(true);
      }
    }
  });

  it('have exception patterns that compile and are anchored on the term', () => {
    for (const { file, term } of allTerms) {
      for (const source of term.exceptionPatterns) {
        expect(() => new RegExp(source, 'gi'), `${file}: ${source}`).not.toThrow();
        // Anchored: the pattern names the term's first letter literally, or a class holding it.
        const first = fold(term.text).charAt(0);
        expect(source.includes(first), `${file}: pattern ${source} does not mention "${term.text}"`).toBe(true);
      }
    }
  });

  it('give 1–3 suggestions for every error and warning, none repeated or equal to the term', () => {
    for (const { file, term } of allTerms) {
      if (term.severity === 'info') continue;
      expect(term.suggestions.length, `${file}: "${term.text}"`).toBeGreaterThanOrEqual(1);
      expect(term.suggestions.length, `${file}: "${term.text}"`).toBeLessThanOrEqual(3);
      expect(new Set(term.suggestions).size, `${file}: "${term.text}" repeats a suggestion`).toBe(term.suggestions.length);
      expect(term.suggestions.map(key), `${file}: "${term.text}" suggests itself`).not.toContain(key(term.text));
    }
  });

  // A warning may suggest a qualified form of itself ("USDA Organic certified"); nothing else may be flagged.
  it('never suggest a replacement that is flagged as an error, or as a warning for another term', () => {
    const lexicons = loadDiskLexicons().lexicons;
    const bad: string[] = [];
    for (const { file, term } of allTerms) {
      for (const suggestion of term.suggestions) {
        if (suggestion === '') continue;
        const platform = term.platforms[0];
        const field = term.fields[0];
        const flagged = checkText(suggestion, { lexicons, platform, field }).filter(
          (f) => f.severity === 'error' || (f.severity === 'warning' && f.term !== term.text),
        );
        if (flagged.length > 0) bad.push(`${file} "${term.text}" → "${suggestion}" hits ${flagged.map((f) => f.term ?? f.match).join(', ')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  // Category messages say "must not use"; an info term is allowed use, so it explains itself.
  it('give every info term its own message in both languages', () => {
    for (const { file, term } of allTerms) {
      if (term.severity !== 'info') continue;
      expect(term.message?.zh, `${file}: "${term.text}"`).toBeTruthy();
      expect(term.message?.en, `${file}: "${term.text}"`).toBeTruthy();
    }
  });

  it('write Latin-script terms with lang "en" and CJK terms with lang "zh"', () => {
    for (const { file, term } of allTerms) {
      const cjk = /[\u3400-\u9fff]/.test(term.text);
      expect(term.lang, `${file}: "${term.text}"`).toBe(cjk ? 'zh' : 'en');
    }
  });

  it('are all bundled by lib/lexicon/shipped.ts', () => {
    const bundled = shippedLexicons()
      .map((l) => `${l.id}@${l.version}:${l.terms.length}`)
      .sort();
    const onDisk = parsed.map(({ lexicon }) => `${lexicon.id}@${lexicon.version}:${lexicon.terms.length}`).sort();
    expect(bundled).toEqual(onDisk);
  });
});
