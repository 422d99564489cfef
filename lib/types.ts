/** Core types shared by the audit, the overlay, the drafter and the CLI. */

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface Finding {
  /** Rule that produced it: 'absolute-term', 'medical-claim', 'title-length', 'keyword-missing', … */
  ruleId: string;
  severity: Severity;
  /** UTF-16 offsets into the ORIGINAL text, end exclusive. */
  start: number;
  end: number;
  /** text.slice(start, end) */
  match: string;
  message: string;
  /** Legal or platform basis, e.g. '广告法第九条第三项'. */
  basis?: string;
  /** Replacement texts; '' means delete. */
  suggestions: string[];
  /** Lexicon category of the term, when the finding comes from a lexicon. */
  category?: string;
  /** Canonical lexicon term that matched (the match may be a variant of it). */
  term?: string;
}

/** Platforms the audit knows rules for; 'generic' is any page the user enables. */
export const PLATFORMS = ['taobao', 'tmall', 'jd', 'pdd', 'douyin', 'amazon', 'shopify', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
