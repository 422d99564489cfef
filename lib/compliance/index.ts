import type { Finding, Platform } from '../types';
import type { FieldRole, Lexicon } from '../lexicon/schema';
import type { CustomTermInput } from '../lexicon/load';
import { isShippedLexicon, shippedLexicons } from '../lexicon/shipped';
import { shippedPatterns } from './patterns/shipped';
import type { ProductCategory } from './productCategory';
import type { PatternFile } from './patterns/schema';
import { compileChecker, type ComplianceChecker } from './checker';
import type { ComplianceLocale } from './rules';

export { compileChecker, type CheckOptions, type CompileOptions, type ComplianceChecker } from './checker';
export { COMPLIANCE_RULES, type ComplianceLocale, type ComplianceRule } from './rules';
export {
  PRODUCT_CATEGORIES,
  PRODUCT_CATEGORY_LABELS,
  DEFAULT_PRODUCT_CATEGORY,
  isProductCategory,
  productCategoryFrom,
  type ProductCategory,
} from './productCategory';
export { shippedPatterns } from './patterns/shipped';

export interface CheckTextOptions {
  platform?: Platform;
  field?: FieldRole;
  /** Defaults to the shipped lexicons. */
  lexicons?: readonly Lexicon[];
  customTerms?: readonly CustomTermInput[];
  allow?: readonly string[];
  locale?: ComplianceLocale;
  /** Product category; default 'general'. */
  category?: ProductCategory;
  /** Pattern rules; default: the shipped ones when `lexicons` is unset, none otherwise. */
  patterns?: readonly PatternFile[];
}

const CACHE_SIZE = 8;
const cache = new Map<string, ComplianceChecker>();
const lexiconIds = new WeakMap<Lexicon, number>();
let nextLexiconId = 1;

function lexiconKey(lexicon: Lexicon): string {
  let id = lexiconIds.get(lexicon);
  if (id === undefined) {
    id = nextLexiconId++;
    lexiconIds.set(lexicon, id);
  }
  return `${lexicon.id}@${lexicon.version}#${id}`;
}

/** A compiled checker for this lexicon set, custom terms and allowlist, reused across calls. */
export function cachedChecker(
  lexicons: readonly Lexicon[],
  customTerms: readonly CustomTermInput[] = [],
  allow: readonly string[] = [],
  patterns: readonly PatternFile[] = shippedPatterns(),
): ComplianceChecker {
  const key = `${lexicons.map(lexiconKey).join(',')}|${patterns.map((p) => `${p.id}@${p.version}`).join(',')}|${JSON.stringify(customTerms)}|${JSON.stringify(allow)}`;
  let checker = cache.get(key);
  if (checker) {
    cache.delete(key); // move to the end: least recently used goes first
  } else {
    checker = compileChecker({ lexicons, customTerms, allow, patterns, trusted: isShippedLexicon });
    if (cache.size >= CACHE_SIZE) {
      const oldest = cache.keys().next();
      if (!oldest.done) cache.delete(oldest.value);
    }
  }
  cache.set(key, checker);
  return checker;
}

/**
 * Check ad copy against the compliance lexicons. Findings carry original offsets, sorted by start,
 * end, then ruleId. Throws a LexiconError only when `customTerms` holds an invalid term.
 */
export function checkText(text: string, options: CheckTextOptions = {}): Finding[] {
  if (text.length === 0) return [];
  const checker = cachedChecker(
    options.lexicons ?? shippedLexicons(),
    options.customTerms,
    options.allow,
    options.patterns ?? (options.lexicons ? [] : shippedPatterns()),
  );
  return checker.check(text, { platform: options.platform, field: options.field, locale: options.locale, category: options.category });
}
