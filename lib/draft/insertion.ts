import type { DraftedVariantMessage } from '../draftPort';
import { variantText } from '../draftPort';
import { fitLength } from './offline/shared';

/**
 * Which part of a variant goes into which field: a title field gets the headline, a
 * 卖点 (bullet) field one bullet, a description the body; each checked against the
 * field's limit. Pure, so the overlay's verified edit path can take its text from here.
 */

export type InsertRole = 'title' | 'bullet' | 'description' | 'ad-copy' | 'search-terms';

export interface InsertField {
  role?: InsertRole;
  /** The field's own limit in characters (maxlength), when it has one. */
  maxLength?: number | null;
  /** Which bullet a bullet field takes (its position among the page's bullet fields). */
  bulletIndex?: number;
}

export type Insertion =
  | { ok: true; text: string; part: 'headline' | 'bullet' | 'body'; cut: boolean }
  | { ok: false; reason: 'too-long'; limit: number }
  | { ok: false; reason: 'unsupported' };

type Variant = Pick<DraftedVariantMessage, 'headline' | 'painPoint' | 'solution' | 'showcase' | 'body' | 'bullets'>;

export function textForField(variant: Variant, field: InsertField): Insertion {
  const limit = field.maxLength && field.maxLength > 0 ? field.maxLength : Infinity;
  const fits = (text: string) => text.length <= limit;
  switch (field.role) {
    case 'search-terms':
      return { ok: false, reason: 'unsupported' };
    case 'title':
      // A title cut mid-way reads broken: it goes in whole or not at all.
      return fits(variant.headline) ? { ok: true, text: variant.headline, part: 'headline', cut: false } : { ok: false, reason: 'too-long', limit };
    case 'bullet': {
      const bullets = variant.bullets.filter((b) => b.trim());
      const preferred = bullets[field.bulletIndex ?? 0];
      const text = preferred !== undefined && fits(preferred) ? preferred : bullets.find(fits);
      return text !== undefined ? { ok: true, text, part: 'bullet', cut: false } : { ok: false, reason: 'too-long', limit };
    }
    default: {
      const body = variantText(variant);
      if (fits(body)) return { ok: true, text: body, part: 'body', cut: false };
      const cut = fitLength(body, limit);
      // Cut at a sentence end only when most of the copy survives.
      const atSentenceEnd = /[。！？.!?～]$/u.test(cut);
      return atSentenceEnd && cut.length >= limit * 0.6 && cut.length <= limit
        ? { ok: true, text: cut, part: 'body', cut: true }
        : { ok: false, reason: 'too-long', limit };
    }
  }
}
