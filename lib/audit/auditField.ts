import { checkText, shippedPatterns, type ProductCategory } from '../compliance';
import type { CustomTermInput } from '../lexicon/load';
import type { FieldRole, Lexicon } from '../lexicon/schema';
import { shippedLexicons } from '../lexicon/shipped';
import { auditTitle, type TitleReport } from '../title/audit';
import type { Finding, Platform } from '../types';

export interface FieldAuditOptions {
  role: FieldRole;
  platform: Platform;
  locale?: 'zh-CN' | 'en';
  allow?: string[];
  customTerms?: CustomTermInput[];
  keywords?: { keyword: string; volume: number }[];
  /** Lexicons the user subscribed to, checked besides the shipped ones. */
  extraLexicons?: Lexicon[];
  /** Product category of the listing (from the page, a catalog column or the seller); default 'general'. */
  category?: ProductCategory;
}

export interface FieldAudit {
  findings: Finding[];
  /** Present for title fields: length, keyword coverage and score for the title meter. */
  title?: TitleReport;
}

/**
 * Everything the overlay shows for one field: compliance findings (with the user's terms and
 * allowlist) and, for titles, the title rules. Sorted by start, end, then rule.
 */
export function auditField(text: string, options: FieldAuditOptions): FieldAudit {
  const compliance = {
    allow: options.allow,
    customTerms: options.customTerms,
    lexicons: options.extraLexicons?.length ? [...shippedLexicons(), ...options.extraLexicons] : undefined,
    patterns: shippedPatterns(),
    category: options.category,
  };
  if (options.role !== 'title') return { findings: checkText(text, { ...compliance, platform: options.platform, field: options.role, locale: options.locale }) };
  // The title audit runs the compliance check itself, with the same allowlist and terms, so its score counts what the seller sees.
  const title = auditTitle(text, { platform: options.platform, keywords: options.keywords, locale: options.locale, compliance });
  return { findings: title.findings, title };
}
