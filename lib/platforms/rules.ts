// zod/mini: this module is in the content script, where full zod would cost ~90 KB gzipped.
import * as z from 'zod/mini';
import type { TitleRulesData } from './definition';
import { PLATFORM_DEFINITIONS, type Platform } from './registry';

/**
 * Title rules per platform, derived from the platform registry (lib/platforms/catalog/*): each entry names
 * its source and the date it was checked; `verified: false` marks numbers we could not confirm against a
 * primary source.
 */
export type { LengthUnit } from './definition';
export { AMAZON_REPEAT_EXEMPT } from './catalog/chineseBase';
export { isPlatform } from './registry';

export type PlatformTitleRules = TitleRulesData & { platform: Platform };

export const PLATFORM_RULES: Readonly<Record<Platform, PlatformTitleRules>> = Object.fromEntries(
  PLATFORM_DEFINITIONS.map((definition) => [definition.id, { ...definition.title, platform: definition.id }]),
) as Record<Platform, PlatformTitleRules>;

/** What a user may override; everything optional, validated at the boundary. */
export const ruleOverridesSchema = z.strictObject({
  unit: z.optional(z.enum(['bytes', 'chars'])),
  limit: z.optional(z.number().check(z.int(), z.positive(), z.maximum(10_000))),
  idealMin: z.optional(z.number().check(z.int(), z.nonnegative(), z.maximum(10_000))),
  recommendedMax: z.optional(z.number().check(z.int(), z.positive(), z.maximum(10_000))),
  bannedChars: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(4)))),
  contextChars: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(4)))),
  banEmoji: z.optional(z.boolean()),
  maxWordRepeats: z.optional(z.number().check(z.int(), z.positive(), z.maximum(100))),
  repeatExemptWords: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(40)))),
  vagueTerms: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(40)))),
  tokenizedSearch: z.optional(z.boolean()),
});

export type RuleOverrides = z.input<typeof ruleOverridesSchema>;

export type RulesResult = { ok: true; rules: PlatformTitleRules } | { ok: false; error: string };

/** The platform's rules with the user's overrides applied; a bad override is a readable error. */
export function resolveRules(platform: Platform, overrides?: unknown): RulesResult {
  const base = PLATFORM_RULES[platform];
  if (overrides === undefined) return { ok: true, rules: base };
  const parsed = ruleOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'overrides';
    return { ok: false, error: `RulesError: ${platform} override ${where}: ${issue?.message ?? 'invalid'}` };
  }
  const rules: PlatformTitleRules = { ...base, ...parsed.data };
  if (rules.idealMin > rules.limit) rules.idealMin = rules.limit;
  return { ok: true, rules };
}

/** Names shown in messages. */
export const PLATFORM_LABELS: Readonly<Record<Platform, { zh: string; en: string }>> = Object.fromEntries(
  PLATFORM_DEFINITIONS.map((definition) => [definition.id, definition.label]),
) as Record<Platform, { zh: string; en: string }>;
