import { checkText, productCategoryFrom, shippedPatterns } from '../compliance';
import type { CustomTermInput } from '../lexicon/load';
import type { FieldRole, Lexicon } from '../lexicon/schema';
import { shippedLexicons } from '../lexicon/shipped';
import { withoutDisabledMatches, withoutDisabledTerms } from './disabledTerms';
import { auditTitle, type TitleReport } from '../title/audit';
import type { Finding, Platform } from '../types';
import { mergeFindings, type ShardedChecker } from '../lexicon/customShards';

export interface FieldAuditOptions {
  role: FieldRole;
  platform: Platform;
  locale?: 'zh-CN' | 'en';
  allow?: string[];
  customTerms?: CustomTermInput[];
  keywords?: { keyword: string; volume: number }[];
  /** Lexicons the user subscribed to, checked besides the shipped ones. */
  extraLexicons?: Lexicon[];
  /** Product category of the listing: an id or a label (保健食品), from the page, a catalog column or the seller; default 'general'. */
  category?: string;
  /** Shipped or subscribed terms the user disabled (ids from `termId`). */
  disabledTerms?: readonly string[];
  /**
   * A large list of own terms compiled in shards off the keystroke path (`compileCustomShards`); its
   * findings merge with the others. Title scores do not count them (the title audit checks `customTerms`).
   */
  customChecker?: Pick<ShardedChecker, 'check'>;
}

export interface FieldAudit {
  findings: Finding[];
  /** Present for title fields: length, keyword coverage and score for the title meter. */
  title?: TitleReport;
}

const combined = new WeakMap<readonly Lexicon[], Lexicon[]>();

/** Shipped plus subscribed lexicons minus disabled terms; the same array for the same inputs, so checkers stay cached. */
function lexiconsFor(options: FieldAuditOptions): readonly Lexicon[] | undefined {
  const extra = options.extraLexicons;
  if (!extra?.length && !options.disabledTerms?.length) return undefined;
  let all: readonly Lexicon[] = shippedLexicons();
  if (extra?.length) {
    all = combined.get(extra) ?? [...shippedLexicons(), ...extra];
    combined.set(extra, all as Lexicon[]);
  }
  return withoutDisabledTerms(all, options.disabledTerms);
}

function withExtra(text: string, findings: Finding[], options: FieldAuditOptions): Finding[] {
  if (!options.customChecker) return findings;
  return mergeFindings([
    findings,
    options.customChecker.check(text, {
      platform: options.platform,
      field: options.role,
      locale: options.locale,
      category: productCategoryFrom(options.category),
    }),
  ]);
}

/**
 * Everything the overlay shows for one field: compliance findings (with the user's terms and
 * allowlist) and, for titles, the title rules. Sorted by start, end, then rule.
 */
export function auditField(text: string, options: FieldAuditOptions): FieldAudit {
  const compliance = {
    allow: options.allow,
    customTerms: options.customTerms,
    lexicons: lexiconsFor(options),
    patterns: shippedPatterns(),
    category: productCategoryFrom(options.category),
  };
  if (options.role !== 'title') {
    const findings = withExtra(text, checkText(text, { ...compliance, platform: options.platform, field: options.role, locale: options.locale }), options);
    return { findings: withoutDisabledMatches(text, findings, options.disabledTerms) };
  }
  // The title audit runs the compliance check itself, with the same allowlist and terms, so its score counts what the seller sees.
  const title = auditTitle(text, { platform: options.platform, keywords: options.keywords, locale: options.locale, compliance });
  const findings = withoutDisabledMatches(text, withExtra(text, title.findings, options), options.disabledTerms);
  return { findings, title: findings === title.findings ? title : { ...title, findings } };
}
