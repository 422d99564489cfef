import { Allow, parse as parsePartial } from 'partial-json';
import { boundedVariantSchema, describeZodError, type DraftVariant } from './schema';

/**
 * Reads a model's answer variant by variant: a short answer or one with a broken
 * variant keeps the variants that are valid, and a cut-off answer (token limit,
 * size cap) keeps the variants that arrived whole.
 */

export interface ReadAnswer {
  variants: DraftVariant[];
  /** Why variants were dropped or the answer could not be read, for the repair turn. */
  problems: string[];
}

/** Complete strings only: a variant whose text was cut mid-string is not taken. */
const WHOLE_VALUES = Allow.ALL & ~Allow.STR & ~Allow.NUM;

export function readAnswer(text: string, options: { truncated?: boolean } = {}): ReadAnswer {
  const root = options.truncated ? partialRoot(text) : (extractJson(text) ?? partialRoot(text));
  if (root === undefined) return { variants: [], problems: ['the answer is not valid JSON'] };
  const list = root && typeof root === 'object' && 'variants' in root ? (root as { variants: unknown }).variants : undefined;
  if (!Array.isArray(list)) return { variants: [], problems: ['(root).variants: expected an array'] };
  const variants: DraftVariant[] = [];
  const problems: string[] = [];
  // When cut off, the last element may be a fragment that happens to parse: it is not trusted.
  const candidates = options.truncated ? list.slice(0, Math.max(0, list.length - 1)) : list;
  candidates.forEach((item, i) => {
    const parsed = boundedVariantSchema.safeParse(item);
    if (parsed.success) variants.push(parsed.data);
    else problems.push(`variants.${i}.${describeZodError(parsed.error)}`);
  });
  return { variants, problems };
}

function partialRoot(text: string): unknown {
  const start = text.indexOf('{');
  if (start < 0) return undefined;
  try {
    return parsePartial(text.slice(start), WHOLE_VALUES) as unknown;
  } catch {
    return undefined;
  }
}

/** Tolerant of markdown fences and chatter around the object. */
export function extractJson(text: string): unknown {
  const candidates = [text.trim()];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text);
  if (fenced?.[1]) candidates.push(fenced[1].trim());
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first >= 0 && last > first) candidates.push(text.slice(first, last + 1));
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next reading
    }
  }
  return undefined;
}
