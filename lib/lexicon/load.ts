import type { z } from 'zod';
import { lexiconFileSchema, type Lexicon, type LexiconTerm, type LexiconTermInput } from './schema';
import { normalizeTerm } from '../match/normalize';
import { compileSafePattern } from './safePattern';

/**
 * Loading lexicon files and the user's own terms: zod at the boundary, and every problem turned into
 * a sentence naming the lexicon, the term and the field. One bad file is reported; the others load.
 */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  constructor(
    /** Every problem found, each a full sentence; `message` is the first (and a count of the rest). */
    readonly issues: readonly string[],
    /** Lexicon id when the file had a readable one, otherwise the file name it came from. */
    readonly lexicon: string,
  ) {
    super(issues.length > 1 ? `${issues[0]} (and ${issues.length - 1} more)` : (issues[0] ?? `${lexicon}: invalid lexicon`));
  }
}

export interface LoadedLexicons {
  lexicons: Lexicon[];
  errors: LexiconError[];
  /** Problems that do not stop a lexicon from loading (an exception that cannot apply, a duplicate term). */
  warnings: string[];
}

export type ParsedLexicon = { ok: true; lexicon: Lexicon; warnings: string[] } | { ok: false; error: LexiconError };

type Segment = PropertyKey;

function valueAt(data: unknown, path: readonly Segment[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function fieldName(path: readonly Segment[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, fieldPath: readonly Segment[]): string {
  const field = `field "${fieldName(fieldPath)}"`;
  switch (issue.code) {
    case 'invalid_value':
      return `${field} must be ${issue.values.map(String).join('|')}`;
    case 'invalid_type': {
      const actual = valueAt(data, issue.path);
      if (actual === undefined) return `${field} is required`;
      return `${field} must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} (got ${describeType(actual)})`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `${field} must have at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return `${field} must not be empty`;
      return `${field} must be at least ${String(issue.minimum)} characters`;
    case 'too_big':
      if (issue.origin === 'array') return `${field} must have at most ${String(issue.maximum)} item(s)`;
      return `${field} must be at most ${String(issue.maximum)} characters`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return `${field} must be ${issue.message}`;
    default:
      return fieldPath.length > 0 ? `${field}: ${issue.message}` : issue.message;
  }
}

/** "zh-ad-law-absolute term 12 ("最佳")": terms are counted from 0, as in `terms[12]`. */
function termLabel(lexicon: string, index: number, data: unknown): string {
  const text = valueAt(data, ['terms', index, 'text']);
  return typeof text === 'string' ? `${lexicon} term ${index} ("${text}")` : `${lexicon} term ${index}`;
}

function issueLines(issues: readonly z.core.$ZodIssue[], data: unknown, lexicon: string): string[] {
  return issues.map((issue) => {
    const [first, second] = issue.path;
    if (first === 'terms' && typeof second === 'number') {
      return `${termLabel(lexicon, second, data)}: ${describeIssue(issue, data, issue.path.slice(2))}`;
    }
    return `${lexicon}: ${describeIssue(issue, data, issue.path)}`;
  });
}

/** Compile a term's exception pattern as the matcher will: case-insensitive, on normalized text. */
export function compileExceptionPattern(source: string): RegExp | string {
  try {
    return new RegExp(source, 'gi');
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** Checks zod cannot express: regexes compile, the term survives normalization, exceptions can apply. */
function termProblems(term: LexiconTerm, label: string): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  term.exceptionPatterns.forEach((source, i) => {
    const compiled = compileExceptionPattern(source);
    if (typeof compiled === 'string') {
      errors.push(`${label}: field "exceptionPatterns[${i}]" is not a valid regular expression (${compiled})`);
      return;
    }
    // Every lexicon pattern must also run in RE2JS: user files run there, so `^(a+)+$` cannot freeze a tab.
    const safe = compileSafePattern(source);
    if (!safe.ok) errors.push(`${label}: field "exceptionPatterns[${i}]" is ${safe.error}`);
  });
  const forms = [term.text, ...term.variants].map(normalizeTerm);
  forms.forEach((form, i) => {
    if (form.trim() === '') errors.push(`${label}: field "${i === 0 ? 'text' : `variants[${i - 1}]`}" has no letters left after normalization`);
  });
  term.exceptions.forEach((exception, i) => {
    const normalized = normalizeTerm(exception);
    if (!forms.some((form) => form !== '' && normalized.includes(form))) {
      warnings.push(`${label}: exceptions[${i}] "${exception}" does not contain the term or a variant, so it never applies`);
    }
  });
  return { errors, warnings };
}

/** Validate one lexicon file's parsed JSON. `source` names the file for messages when it has no id. */
export function parseLexicon(data: unknown, source: string): ParsedLexicon {
  const idValue = valueAt(data, ['id']);
  const label = typeof idValue === 'string' && idValue.trim() !== '' ? idValue : source;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ok: false, error: new LexiconError([`${label}: a lexicon must be a JSON object (got ${describeType(data)})`], label) };
  }
  const parsed = lexiconFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: new LexiconError(issueLines(parsed.error.issues, data, label), label) };
  const errors: string[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, number>();
  parsed.data.terms.forEach((term, index) => {
    const termName = termLabel(label, index, data);
    const problems = termProblems(term, termName);
    errors.push(...problems.errors);
    warnings.push(...problems.warnings);
    const key = `${normalizeTerm(term.text)}\u0000${term.category}`;
    const first = seen.get(key);
    if (first !== undefined) warnings.push(`${termName}: duplicates term ${first} in the same category`);
    else seen.set(key, index);
  });
  if (errors.length > 0) return { ok: false, error: new LexiconError(errors, label) };
  return { ok: true, lexicon: parsed.data, warnings };
}

/** Validate many files; bad ones become errors and the rest load. A repeated id keeps the first file. */
export function loadLexicons(files: ReadonlyArray<{ source: string; data: unknown }>): LoadedLexicons {
  const result: LoadedLexicons = { lexicons: [], errors: [], warnings: [] };
  const ids = new Set<string>();
  for (const file of files) {
    const parsed = parseLexicon(file.data, file.source);
    if (!parsed.ok) {
      result.errors.push(parsed.error);
      continue;
    }
    if (ids.has(parsed.lexicon.id)) {
      result.errors.push(new LexiconError([`${parsed.lexicon.id}: another lexicon already has this id (${file.source} skipped)`], parsed.lexicon.id));
      continue;
    }
    ids.add(parsed.lexicon.id);
    result.lexicons.push(parsed.lexicon);
    result.warnings.push(...parsed.warnings);
  }
  return result;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/**
 * A user's own term: only `text` is required; category defaults to 'custom', severity to 'warning',
 * basis to a generic note and lang to zh when the text has a CJK letter. Any full term passes as is.
 */
export type CustomTermInput = Omit<LexiconTermInput, 'category' | 'severity' | 'basis' | 'lang'> &
  Partial<Pick<LexiconTermInput, 'category' | 'severity' | 'basis' | 'lang'>>;

export const CUSTOM_LEXICON_ID = 'user-custom';

/** The user's terms as one lexicon that merges over the shipped ones; problems name the term and field. */
export function customLexicon(terms: readonly unknown[]): { ok: true; lexicon: Lexicon | null; warnings: string[] } | { ok: false; error: LexiconError } {
  if (terms.length === 0) return { ok: true, lexicon: null, warnings: [] };
  const completed = terms.map((t) => {
    if (t === null || typeof t !== 'object' || Array.isArray(t)) return t;
    const text = (t as { text?: unknown }).text;
    const lang = typeof text === 'string' && CJK.test(text) ? 'zh' : 'en';
    return { category: 'custom', severity: 'warning', basis: '用户自定义词 / custom term', lang, ...t };
  });
  return parseLexicon(
    { id: CUSTOM_LEXICON_ID, version: '0.0.0', name: { zh: '自定义词', en: 'Custom terms' }, source: 'the user', terms: completed },
    CUSTOM_LEXICON_ID,
  );
}
