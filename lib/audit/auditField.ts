import { checkText } from '../compliance';
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
}

export interface FieldAudit {
  findings: Finding[];
  /** Present for title fields: length, keyword coverage and score for the title meter. */
  title?: TitleReport;
}

/**
 * Everything the overlay shows for one field: compliance findings (with the user's terms and
 * allowlist) and, for titles, the title rules. Sorted by position, then severity.
 */
export function auditField(text: string, options: FieldAuditOptions): FieldAudit {
  const compliance = checkText(text, {
    platform: options.platform,
    field: options.role,
    locale: options.locale,
    allow: options.allow,
    customTerms: options.customTerms,
    lexicons: options.extraLexicons?.length ? [...shippedLexicons(), ...options.extraLexicons] : undefined,
  });
  if (options.role !== 'title') return { findings: compliance };
  const title = auditTitle(text, { platform: options.platform, keywords: options.keywords, locale: options.locale });
  // Lexicon findings come from checkText above (which honours the allowlist); keep only the title rules.
  const titleRules = title.findings.filter((finding) => finding.category === undefined);
  const findings = [...compliance, ...titleRules].sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  return { findings, title };
}
