// zod/mini: pattern files are validated in the content script too.
import * as z from 'zod/mini';
import { PRODUCT_CATEGORIES } from '../productCategory';
import { FIELD_ROLES, TERM_CATEGORIES, termWhenSchema } from '../../lexicon/schema';
import { PLATFORMS } from '../../types';

/**
 * Pattern rules beside the lexicon (public/lexicons/patterns/*.json): named word classes, and rules
 * that combine them — a prefix with a word class (最 + adjective), a verb class × an object class within
 * a window (治疗 … 高血压), ranking templates (销量 + 冠军). Class words go into the checker's one-pass
 * automaton with the lexicon terms; rules are evaluated over the class hits after the scan.
 *
 * `flag` rules report a finding; `allow` rules mark spans in which no finding (lexicon or pattern) is
 * reported: spec parameters with a value, ordinals, official grades, mandatory statements, brands.
 */
const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const list = <T extends z.core.SomeType>(item: T) => z._default(z.array(item), []);
const className = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'));

export const wordClassSchema = z.strictObject({
  /** What the class is, and where its words come from. */
  description: trimmed(300),
  words: z.array(trimmed(64)).check(z.minLength(1)),
});

export const patternPartSchema = z.strictObject({
  class: className,
  /** Most characters between the previous part and this one (no sentence punctuation in between). */
  maxGap: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(24)), 0),
  /** An optional part may be absent; present, it extends the match. */
  optional: z._default(z.boolean(), false),
});

export const patternRuleSchema = z.strictObject({
  /** Stable id, shown as the finding's `term` (e.g. 'superlative-adjective'). */
  id: className,
  action: z.enum(['flag', 'allow']),
  parts: z.array(patternPartSchema).check(z.minLength(1), z.maxLength(4)),
  /** Flag rules: the lexicon category whose rule id and default message the finding takes. */
  category: z.optional(z.enum(TERM_CATEGORIES)),
  severity: z.optional(z.enum(['error', 'warning', 'info'])),
  basis: z.optional(trimmed(200)),
  message: z.optional(z.object({ zh: trimmed(300), en: trimmed(300) })),
  /** Extend the match backwards over a word of this class ending at most `maxGap` characters before it (能/可以/有效 + 治疗…). */
  lead: z.optional(z.strictObject({ class: className, maxGap: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(8)), 0) })),
  /** Extend the match over one of these literal strings when it follows directly (政府推荐 + 的). */
  extendWith: list(trimmed(8)),
  /** Underline and replace only this part (1-based), e.g. 最 of 最受…喜爱; default the whole match. */
  focus: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(4))),
  /** Replacements for the whole match, best first; `{1}`…`{4}` are the parts as typed, '' deletes. */
  suggestions: list(z.string().check(z.maxLength(64))),
  /** A digit (or 一二三…) must follow within this many characters: 最大扭矩 400N·m. */
  requireValueWithin: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(24))),
  /** The match must not be followed (after at most `within` characters) by a word of these classes. */
  notFollowedBy: z.optional(z.strictObject({ classes: z.array(className), within: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(24)), 0) })),
  /** The match must not directly follow a word of these classes. */
  notPrecededBy: list(className),
  /** Allow rules: besides the match itself, any finding ending at most this many characters before it. */
  coversBefore: z._default(z.number().check(z.int(), z.minimum(0), z.maximum(24)), 0),
  /** Report only when the match was spelled out to evade a filter (B E S T, F.D.A.). */
  evadedOnly: z._default(z.boolean(), false),
  /** Product categories the rule applies in; empty = all. */
  productCategories: list(z.enum(PRODUCT_CATEGORIES)),
  exceptProductCategories: list(z.enum(PRODUCT_CATEGORIES)),
  platforms: list(z.enum(PLATFORMS)),
  fields: list(z.enum(FIELD_ROLES)),
  when: list(termWhenSchema),
});

export const patternFileSchema = z.strictObject({
  id: className,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'semantic version like 1.0.0')),
  source: trimmed(2000),
  classes: z.record(className, wordClassSchema),
  rules: z.array(patternRuleSchema).check(z.minLength(1)),
});

export type WordClass = z.output<typeof wordClassSchema>;
export type PatternRule = z.output<typeof patternRuleSchema>;
export type PatternFile = z.output<typeof patternFileSchema>;

/** Validate a pattern file; problems name the file, the rule and the field, and unknown classes are errors. */
export function parsePatternFile(data: unknown, source: string): { ok: true; file: PatternFile } | { ok: false; errors: string[] } {
  const parsed = patternFileSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${source}: field "${issue.path.map(String).join('.')}": ${issue.message}`) };
  }
  const errors: string[] = [];
  const file = parsed.data;
  file.rules.forEach((rule, i) => {
    const used = [...rule.parts.map((p) => p.class), ...(rule.notFollowedBy?.classes ?? []), ...rule.notPrecededBy, ...(rule.lead ? [rule.lead.class] : [])];
    for (const name of used) if (!file.classes[name]) errors.push(`${source} rule ${i} ("${rule.id}"): unknown class "${name}"`);
    if (rule.action === 'flag' && !rule.category) errors.push(`${source} rule ${i} ("${rule.id}"): a flag rule needs a "category"`);
    if (rule.action === 'flag' && !rule.basis) errors.push(`${source} rule ${i} ("${rule.id}"): a flag rule needs a "basis"`);
    if (rule.parts[0]?.optional) errors.push(`${source} rule ${i} ("${rule.id}"): the first part cannot be optional`);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, file };
}
