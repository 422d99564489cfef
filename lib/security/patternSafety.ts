import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * Whether a lexicon's regular expression (an exception pattern) is safe to run on page text:
 * patterns from subscriptions, backups and imports are untrusted, and one catastrophic pattern
 * ((a+)+$, (x|x)*y) would freeze the overlay on every keystroke.
 *
 * This is the one seam every untrusted pattern passes through (subscriptions, backup restore,
 * custom-term import). It accepts a safe subset of JS regular expressions, found by structure, not
 * by running them: no backreferences, and inside an unbounded (or >10) repetition no further
 * variable repetition and no alternation whose branches can start with the same character, which
 * are the shapes of exponential backtracking. Polynomial patterns (.*a.*b) pass: the matcher runs
 * exception patterns on a short window around each hit (lib/compliance/checker.ts).
 *
 * Returns null when safe, else the reason in English.
 */
export function unsafePatternReason(source: string): string | null {
  let pattern: AST.Pattern;
  try {
    pattern = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: false });
  } catch (error) {
    return `not a valid regular expression (${error instanceof Error ? error.message : String(error)})`;
  }
  return checkAlternatives(pattern.alternatives, false);
}

const LARGE_REPEAT = 10;
type Range = readonly [number, number];
const ANY: Range[] = [[0, 0x10ffff]];

function checkAlternatives(alternatives: readonly AST.Alternative[], insideRepeat: boolean): string | null {
  if (insideRepeat && alternatives.length > 1) {
    const firsts = alternatives.map((alternative) => firstChars(alternative.elements));
    for (let i = 0; i < firsts.length; i += 1) {
      for (let j = i + 1; j < firsts.length; j += 1) {
        const a = firsts[i] ?? null;
        const b = firsts[j] ?? null;
        if (a === null || b === null || overlaps(a, b))
          return `alternatives "${alternatives[i]?.raw}" and "${alternatives[j]?.raw}" inside a repetition can match the same text (exponential backtracking)`;
      }
    }
  }
  for (const alternative of alternatives) {
    for (const element of alternative.elements) {
      const problem = checkElement(element, insideRepeat);
      if (problem) return problem;
    }
  }
  return null;
}

function checkElement(element: AST.Element, insideRepeat: boolean): string | null {
  switch (element.type) {
    case 'Backreference':
      return `backreference ${element.raw} (can take exponential time)`;
    case 'Quantifier': {
      const large = element.max > LARGE_REPEAT;
      if (insideRepeat && element.min !== element.max) return `repetition ${element.raw} nested inside another repetition (exponential backtracking)`;
      return checkElement(element.element, insideRepeat || large);
    }
    case 'Group':
    case 'CapturingGroup':
      return checkAlternatives(element.alternatives, insideRepeat);
    case 'Assertion':
      return element.kind === 'lookahead' || element.kind === 'lookbehind' ? checkAlternatives(element.alternatives, insideRepeat) : null;
    default:
      return null;
  }
}

/** Code point ranges the sequence can start with; null when it can match the empty string (ambiguous under repetition). */
function firstChars(elements: readonly AST.Element[]): Range[] | null {
  const ranges: Range[] = [];
  for (const element of elements) {
    const first = firstOf(element);
    if (first === 'zero-width') continue;
    if (first === null) return null;
    ranges.push(...first.ranges);
    if (!first.nullable) return ranges;
  }
  return null;
}

function firstOf(element: AST.Element): { ranges: Range[]; nullable: boolean } | 'zero-width' | null {
  switch (element.type) {
    case 'Character':
      return { ranges: caseFold([[element.value, element.value]]), nullable: false };
    case 'CharacterClass':
      return { ranges: element.negate ? ANY : caseFold(classRanges(element.elements)), nullable: false };
    case 'CharacterSet':
      return { ranges: element.kind === 'digit' && !element.negate ? [[0x30, 0x39]] : ANY, nullable: false };
    case 'Quantifier': {
      const inner = firstOf(element.element);
      if (inner === 'zero-width' || inner === null) return inner;
      return { ranges: inner.ranges, nullable: inner.nullable || element.min === 0 };
    }
    case 'Group':
    case 'CapturingGroup': {
      const ranges: Range[] = [];
      for (const alternative of element.alternatives) {
        const first = firstChars(alternative.elements);
        if (first === null) return null;
        ranges.push(...first);
      }
      return { ranges, nullable: false };
    }
    case 'Assertion':
      return 'zero-width';
    default:
      return null;
  }
}

function classRanges(elements: readonly AST.CharacterClassElement[]): Range[] {
  return elements.flatMap((item): Range[] => {
    if (item.type === 'Character') return [[item.value, item.value]];
    if (item.type === 'CharacterClassRange') return [[item.min.value, item.max.value]];
    if (item.type === 'CharacterSet' && item.kind === 'digit' && !item.negate) return [[0x30, 0x39]];
    return [...ANY];
  });
}

/** Patterns run case-insensitively: ASCII letters stand for both cases. */
function caseFold(ranges: Range[]): Range[] {
  const out = [...ranges];
  for (const [lo, hi] of ranges) {
    const lower: Range = [Math.max(lo, 0x61), Math.min(hi, 0x7a)];
    const upper: Range = [Math.max(lo, 0x41), Math.min(hi, 0x5a)];
    if (lower[0] <= lower[1]) out.push([lower[0] - 0x20, lower[1] - 0x20]);
    if (upper[0] <= upper[1]) out.push([upper[0] + 0x20, upper[1] + 0x20]);
  }
  return out;
}

function overlaps(a: readonly Range[], b: readonly Range[]): boolean {
  return a.some(([aLo, aHi]) => b.some(([bLo, bHi]) => aLo <= bHi && bLo <= aHi));
}

/** The first unsafe pattern among a list of terms' exception patterns, named by its place. */
export function unsafeTermPattern(
  terms: readonly { text: string; exceptionPatterns: readonly string[] }[],
): { index: number; pattern: number; reason: string } | null {
  for (const [index, term] of terms.entries()) {
    for (const [pattern, source] of term.exceptionPatterns.entries()) {
      const reason = unsafePatternReason(source);
      if (reason) return { index, pattern, reason };
    }
  }
  return null;
}
