import { Allow, parse as parsePartial } from 'partial-json';

/**
 * What a streamed answer already says, field by field, for the draft studio to show
 * while the model writes: partial JSON parsed as it arrives (no zod here: the
 * in-page studio runs in the content script).
 */
export interface StreamedVariant {
  headline: string;
  painPoint: string;
  solution: string;
  showcase: string;
  body: string;
  bullets: string[];
}

const FIELDS = ['headline', 'painPoint', 'solution', 'showcase', 'body'] as const;

export function streamedVariants(text: string): StreamedVariant[] {
  const start = text.indexOf('{');
  if (start < 0) return [];
  let root: unknown;
  try {
    root = parsePartial(text.slice(start), Allow.ALL);
  } catch {
    return [];
  }
  const list = root && typeof root === 'object' && 'variants' in root ? (root as { variants: unknown }).variants : undefined;
  if (!Array.isArray(list)) return [];
  return list
    .filter((item): item is Record<string, unknown> => !!item && typeof item === 'object')
    .map((item) => {
      const out: StreamedVariant = { headline: '', painPoint: '', solution: '', showcase: '', body: '', bullets: [] };
      for (const field of FIELDS) if (typeof item[field] === 'string') out[field] = item[field];
      if (Array.isArray(item.bullets)) out.bullets = item.bullets.filter((b): b is string => typeof b === 'string');
      return out;
    });
}

/**
 * Accumulates increments from the port, bounded: past `maxChars` further text is
 * dropped (the background already stops reading there).
 */
export function appendDelta(soFar: string, delta: string, reset: boolean, maxChars = 60_000): string {
  const base = reset ? '' : soFar;
  return base.length >= maxChars ? base : base + delta.slice(0, maxChars - base.length);
}
