import * as z from 'zod/mini';
import { lexiconFileSchema, type Lexicon } from './schema';
import { patternFileSchema, type PatternFile } from '../compliance/patterns/schema';

/**
 * The shipped rules as the background hands them to a content script once per tab (issue 18: not
 * inlined into the content bundle). The background sends what it loaded and vetted from
 * public/lexicons; the content script checks the shape with zod/mini (no regex vetting, no re2js:
 * those ran in the background) and installs them with `installShippedRules`.
 */
export interface ShippedRules {
  lexicons: Lexicon[];
  patterns: PatternFile[];
  sources: string[];
}

const shippedRulesSchema = z.object({
  ok: z.literal(true),
  lexicons: z.array(lexiconFileSchema),
  patterns: z.array(patternFileSchema),
  sources: z.array(z.string()),
});

/** Validate the background's answer; an error names the first bad path. */
export function parseShippedRules(raw: unknown): { ok: true; rules: ShippedRules } | { ok: false; error: string } {
  const parsed = shippedRulesSchema.safeParse(raw);
  if (parsed.success) return { ok: true, rules: { lexicons: parsed.data.lexicons, patterns: parsed.data.patterns, sources: parsed.data.sources } };
  const issue = parsed.error.issues[0];
  const error = (raw as { error?: unknown } | null)?.error;
  if (typeof error === 'string') return { ok: false, error };
  return { ok: false, error: `shipped rules: invalid answer at ${issue?.path.map(String).join('.') || '(message)'}: ${issue?.message ?? 'unknown error'}` };
}
