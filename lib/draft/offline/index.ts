import type { DraftRequest, DraftResult } from '../schema';
import { englishVariant } from './en';
import { planVariants } from './plan';
import { chineseVariant } from './zh';

/**
 * The drafter used without a model (or when the model fails): 痛点 → 方案 → 展示 from
 * the knowledge base. The same request (seed included) always gives the same variants;
 * variants differ by lead selling point, pain, wording and section heads, and another
 * seed gives another draft. It states nothing the seller did not: every number and
 * claim in the copy is one of the seller's selling points.
 */
export function draftOffline(request: DraftRequest): DraftResult {
  return { variants: planVariants(request).map((plan) => (plan.spec.lang === 'en' ? englishVariant(plan) : chineseVariant(plan))) };
}

export { parseKeywords } from './shared';
export { spokenLength, SPOKEN_CHARS_PER_SECOND } from './zh';
