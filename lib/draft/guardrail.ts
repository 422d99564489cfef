import type { Finding, Platform } from '../types';
import { findTestimonials, findUnsourcedNumbers, sourcedNumbers } from './claims';
import { copyPlatformSpec, type CopyPlatformSpec } from './platforms';
import { VARIANT_TEXT_FIELDS, type DraftRequest, type DraftVariant, type VariantTextField } from './schema';

/**
 * Every drafted variant goes through the same compliance audit a seller's own
 * text does. The checkers are injected so the drafter works (and is tested)
 * without knowing how the audit is built.
 */

export type CheckField = 'title' | 'bullet' | 'description' | 'ad-copy' | 'search-terms';
export type TextChecker = (text: string, options?: { platform?: Platform; field?: CheckField; locale?: 'zh-CN' | 'en' }) => Finding[];
export type TitleAuditor = (title: string, options: { platform: Platform }) => { findings: Finding[] };

export interface Guardrail {
  checkText: TextChecker;
  /** Title rules; applied to headlines on platforms where the headline is the listing title. */
  auditTitle?: TitleAuditor;
}

export type VariantField = VariantTextField | `bullets.${number}` | `hashtags.${number}`;

/** A finding located in one field of a variant; offsets are into that field's text. */
export interface VariantFinding extends Finding {
  field: VariantField;
}

export interface VariantAudit {
  findings: VariantFinding[];
  /** Count of error-severity findings: any makes the variant flagged. */
  errors: number;
  /** Seller keywords that appear nowhere in the variant. */
  missingKeywords: string[];
}

const CHECK_FIELD: Record<VariantTextField, CheckField> = {
  headline: 'title',
  painPoint: 'ad-copy',
  solution: 'ad-copy',
  showcase: 'ad-copy',
  body: 'description',
};

/** Platforms where the headline doubles as the product title the title rules apply to. */
const HEADLINE_IS_TITLE = new Set(['taobao-detail', 'jd-detail', 'pdd-detail', 'amazon-bullets']);

export function variantTexts(variant: DraftVariant): { field: VariantField; text: string; check: CheckField }[] {
  return [
    ...VARIANT_TEXT_FIELDS.map((field) => ({ field, text: variant[field], check: CHECK_FIELD[field] })),
    ...variant.bullets.map((text, i) => ({ field: `bullets.${i}` as const, text, check: 'bullet' as const })),
    ...variant.hashtags.map((text, i) => ({ field: `hashtags.${i}` as const, text, check: 'ad-copy' as const })),
  ];
}

export function auditVariant(variant: DraftVariant, request: DraftRequest, guardrail: Guardrail): VariantAudit {
  const spec = copyPlatformSpec(request.platform);
  const findings: VariantFinding[] = [];
  const seen = new Set<string>();
  const add = (field: VariantField, list: readonly Finding[]) => {
    for (const finding of list) {
      const key = `${field}|${finding.ruleId}|${finding.start}|${finding.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      findings.push({ ...finding, field });
    }
  };
  const { product } = request;
  const sourced = sourcedNumbers([product.name, product.category, product.audience, ...product.sellingPoints, ...request.keywords, request.scene]);
  for (const { field, text, check } of variantTexts(variant)) {
    if (!text) continue;
    add(
      field,
      safeCheck(() => guardrail.checkText(text, { platform: spec.auditPlatform, field: check, locale: spec.lang }), text),
    );
    // Our own rules, whatever the injected audit: no invented testimonial, no invented number.
    add(field, findTestimonials(text, spec.lang));
    add(field, findUnsourcedNumbers(text, sourced, spec.lang));
  }
  if (guardrail.auditTitle && HEADLINE_IS_TITLE.has(spec.id) && variant.headline) {
    const auditTitle = guardrail.auditTitle;
    add(
      'headline',
      safeCheck(() => auditTitle(variant.headline, { platform: spec.auditPlatform }).findings, variant.headline),
    );
  }
  add('headline', lengthFindings(variant.headline, spec.headlineMax, spec));
  add('body', lengthFindings(variant.body, spec.bodyMax, spec));
  return {
    findings,
    errors: findings.filter((f) => f.severity === 'error').length,
    missingKeywords: missingKeywords(variant, request.keywords),
  };
}

/** A checker that throws must not make a draft look clean: it becomes an error finding. */
function safeCheck(run: () => Finding[], text: string): Finding[] {
  try {
    return run();
  } catch (error) {
    return [
      {
        ruleId: 'audit-failed',
        severity: 'error',
        start: 0,
        end: text.length,
        match: text,
        message: `审核未能完成 / audit failed: ${error instanceof Error ? error.message : String(error)}`,
        suggestions: [],
      },
    ];
  }
}

function lengthFindings(text: string, max: number, spec: CopyPlatformSpec): Finding[] {
  if (text.length <= max) return [];
  return [
    {
      ruleId: 'draft-length',
      severity: 'warning',
      start: max,
      end: text.length,
      match: text.slice(max),
      message: spec.lang === 'en' ? `Longer than ${max} characters for ${spec.label}` : `超出${spec.label}建议长度 ${max} 字`,
      suggestions: [],
    },
  ];
}

export function missingKeywords(variant: DraftVariant, keywords: readonly string[]): string[] {
  const all = variantTexts(variant)
    .map((t) => t.text)
    .join('\n')
    .toLowerCase();
  return keywords.filter((keyword) => !all.includes(keyword.toLowerCase()));
}

/**
 * Replaces each error finding's span with its first non-empty suggestion, inside
 * its field. Used as the offline drafter's revision step. Delete-only suggestions
 * are not applied: cutting a claim out of the seller's own sentence leaves broken
 * text, so those findings stay and the variant stays flagged for the seller.
 */
export function applySuggestions(variant: DraftVariant, findings: readonly VariantFinding[]): DraftVariant {
  const byField = new Map<VariantField, VariantFinding[]>();
  for (const finding of findings) {
    if (finding.severity !== 'error' || !finding.suggestions.some(Boolean)) continue;
    byField.set(finding.field, [...(byField.get(finding.field) ?? []), finding]);
  }
  const fix = (field: VariantField, text: string): string => {
    const list = [...(byField.get(field) ?? [])].sort((a, b) => b.start - a.start);
    let out = text;
    let floor = Infinity;
    for (const f of list) {
      if (f.end > floor || out.slice(f.start, f.end) !== f.match) continue; // overlapping or stale span
      out = out.slice(0, f.start) + (f.suggestions.find(Boolean) ?? '') + out.slice(f.end);
      floor = f.start;
    }
    return out;
  };
  return {
    ...variant,
    headline: fix('headline', variant.headline),
    painPoint: fix('painPoint', variant.painPoint),
    solution: fix('solution', variant.solution),
    showcase: fix('showcase', variant.showcase),
    body: fix('body', variant.body),
    bullets: variant.bullets.map((text, i) => fix(`bullets.${i}`, text)),
    hashtags: variant.hashtags.map((text, i) => fix(`hashtags.${i}`, text)),
  };
}
