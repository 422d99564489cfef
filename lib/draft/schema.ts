import { z } from 'zod';
import { COPY_PLATFORMS, FRAMEWORKS, MAX_VARIANTS, SEGMENTS } from './vocabulary';

export { COPY_PLATFORMS, FRAMEWORKS, MAX_VARIANTS, SEGMENTS, type CopyPlatform, type Framework, type Segment } from './vocabulary';

/**
 * Boundaries of the drafter: what a caller may ask for (DraftRequest) and what a
 * model must answer (DraftResult). The result schema is kept strict-mode friendly
 * for OpenAI structured outputs: object root, every field required, `.nullable()`
 * instead of `.optional()`, no transforms or refinements.
 */

const text = (max: number) => z.string().trim().min(1).max(max);

export const productFactsSchema = z.object({
  name: text(200),
  category: text(100),
  sellingPoints: z.array(text(300)).min(1).max(20),
  audience: text(200),
});
export type ProductFacts = z.infer<typeof productFactsSchema>;

export const draftRequestSchema = z.object({
  product: productFactsSchema,
  /** Free text: 通勤, 考研图书馆, 露营, 租房改造 … */
  scene: text(60),
  platform: z.enum(COPY_PLATFORMS).default('generic'),
  /** Free text: 亲切, 专业, 种草, 幽默, professional … */
  tone: text(40).default('亲切自然'),
  framework: z.enum(FRAMEWORKS).default('pain-solution-showcase'),
  variants: z.number().int().min(1).max(MAX_VARIANTS).default(3),
  keywords: z.array(text(40)).max(30).default([]),
  /** Target length of the body in characters; null uses the platform's default. */
  lengthTarget: z.number().int().min(20).max(5000).nullable().default(null),
  /** Audience segment; null reads it from `product.audience` (学生党 → student) when it names one. */
  segment: z.enum(SEGMENTS).nullable().default(null),
  /** Picks wording for the offline drafter: a regenerate asks with another seed. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .default(0),
});
/** A request after defaults were applied. */
export type DraftRequest = z.infer<typeof draftRequestSchema>;
/** What a caller may pass: defaults still missing. */
export type DraftRequestInput = z.input<typeof draftRequestSchema>;

export const draftVariantSchema = z.object({
  headline: z.string(),
  painPoint: z.string(),
  solution: z.string(),
  showcase: z.string(),
  body: z.string(),
  bullets: z.array(z.string()),
  hashtags: z.array(z.string()),
  scene: z.string(),
  framework: z.enum(FRAMEWORKS),
});
export type DraftVariant = z.infer<typeof draftVariantSchema>;

export const draftResultSchema = z.object({
  variants: z.array(draftVariantSchema),
});
export type DraftResult = z.infer<typeof draftResultSchema>;

/**
 * Per-field bounds a model's variant must respect, checked on arrival (the schema
 * sent as response_format stays unbounded: strict mode rejects maxLength on some servers).
 */
export const VARIANT_LIMITS = {
  headline: 200,
  painPoint: 600,
  solution: 800,
  showcase: 800,
  body: 5000,
  bullets: 8,
  bullet: 300,
  hashtags: 10,
  hashtag: 40,
} as const;

const bounded = (max: number) => z.string().max(max);
export const boundedVariantSchema = draftVariantSchema.extend({
  headline: bounded(VARIANT_LIMITS.headline).trim().min(1),
  painPoint: bounded(VARIANT_LIMITS.painPoint),
  solution: bounded(VARIANT_LIMITS.solution),
  showcase: bounded(VARIANT_LIMITS.showcase),
  body: bounded(VARIANT_LIMITS.body).trim().min(1),
  bullets: z.array(bounded(VARIANT_LIMITS.bullet)).max(VARIANT_LIMITS.bullets),
  hashtags: z.array(bounded(VARIANT_LIMITS.hashtag)).max(VARIANT_LIMITS.hashtags),
});

/** The text fields of a variant, in reading order; the guardrail audits each. */
export const VARIANT_TEXT_FIELDS = ['headline', 'painPoint', 'solution', 'showcase', 'body'] as const;
export type VariantTextField = (typeof VARIANT_TEXT_FIELDS)[number];

/** Names the first offending path, e.g. `variants.0.bullets: expected array, received string`. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  const path = issue.path.length ? issue.path.map(String).join('.') : '(root)';
  const more = error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : '';
  return `${path}: ${issue.message}${more}`;
}
