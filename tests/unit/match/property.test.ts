import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileChecker } from '../../../lib/compliance';
import { normalize } from '../../../lib/match/normalize';
import { lexicon, term } from '../../fixtures/compliance/testLexicon';

const CJK_TERMS: Array<[string, string]> = [
  ['最佳', '最佳'],
  ['国家级', '國家級'],
  ['驰名商标', '馳名商標'],
  ['治愈', '治癒'],
];
const LATIN_TERMS = ['best seller', 'no.1', '#1', 'free shipping'];
const checker = compileChecker({ lexicons: [lexicon([...CJK_TERMS.map(([t]) => term(t)), ...LATIN_TERMS.map((t) => term(t))])] });

const NOISE = ['', ' ', '*', '-', '·', '\u200b', '\u200d', '\ufeff', '　', '/', '.', '。', '_', '|', ' * '];
const SEPARATORS = [' ', '  ', '-', '_', ' - ', '\u3000', '.', '\u200b '];
const FILLER = '的好品质适合xyz 。，!？\n'.split('');

const fullWidth = (c: string): string => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c);

/** A planted term as a seller might disguise it, with the canonical form it must be reported as. */
const planted: fc.Arbitrary<{ text: string; canonical: string }> = fc.oneof(
  fc
    .record({ pair: fc.constantFrom(...CJK_TERMS), trad: fc.boolean(), noise: fc.array(fc.constantFrom(...NOISE), { minLength: 4, maxLength: 4 }) })
    .map(({ pair, trad, noise }) => {
      const chars = [...(trad ? pair[1] : pair[0])];
      return { canonical: pair[0], text: chars.map((c, i) => (i === 0 ? c : (noise[i - 1] ?? '') + c)).join('') };
    }),
  fc
    .record({
      canonical: fc.constantFrom(...LATIN_TERMS),
      flags: fc.array(fc.tuple(fc.boolean(), fc.boolean()), { minLength: 16, maxLength: 16 }),
      sep: fc.constantFrom(...SEPARATORS),
    })
    .map(({ canonical, flags, sep }) => {
      const text = [...canonical]
        .map((c, i) => {
          if (c === ' ' || (c === '.' && canonical === 'no.1')) return sep;
          const [upper, wide] = flags[i] ?? [false, false];
          const cased = upper ? c.toUpperCase() : c;
          return wide ? fullWidth(cased) : cased;
        })
        .join('');
      return { canonical, text: `，${text}，` };
    }),
);

describe('matching properties', () => {
  it('normalize never throws and maps monotonically into the original, on any UTF-16 string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const n = normalize(text);
        expect(n.toOriginal.length).toBe(n.text.length);
        let previous = 0;
        for (const offset of n.toOriginal) {
          expect(offset).toBeGreaterThanOrEqual(previous);
          expect(offset).toBeLessThan(text.length);
          previous = offset;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always finds a planted term, disguised, at exactly the characters planted', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...FILLER), { maxLength: 30 }),
        planted,
        fc.array(fc.constantFrom(...FILLER), { maxLength: 30 }),
        (before, plant, after) => {
          const prefix = before.join('');
          const text = prefix + plant.text + after.join('');
          const findings = checker.check(text);
          const trimmed = plant.text.replace(/^，|，$/g, '');
          const start = prefix.length + plant.text.indexOf(trimmed);
          const hit = findings.find((f) => f.term === plant.canonical);
          expect(hit, JSON.stringify(text)).toBeDefined();
          expect(hit?.start).toBe(start);
          expect(hit?.end).toBe(start + trimmed.length);
          expect(hit?.match).toBe(trimmed);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reports findings in bounds, in order, whose match is the original slice and starts and ends on a letter', () => {
    const pieces = fc.oneof(
      fc.constantFrom(...FILLER, ...NOISE, ...SEPARATORS),
      planted.map((p) => p.text),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        const findings = checker.check(text);
        let previous = -1;
        for (const f of findings) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(f.start).toBeGreaterThanOrEqual(previous);
          previous = f.start;
          expect(text.slice(f.start, f.end)).toBe(f.match);
          expect(normalize(f.match.slice(0, 1)).text).not.toBe('');
          expect(normalize(f.match.slice(-1)).text).not.toBe('');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
