import type { Platform } from '../types';
import { resolveRules } from '../platforms/rules';
import type { TitleReport } from './audit';
import { insertKeyword, type KeywordInsertion } from './insertKeyword';
import type { KeywordInput } from './keywordSet';
import { attributesOf, contradiction } from './relevance';
import { suggestTitle, SuggestError, type TitleSuggestion } from './suggest';

/**
 * What the in-page title coach shows, built from the audit report without the DOM: keyword chips by
 * volume (used, missing with where each would go, conflicting with why), and the suggested title.
 * Pure, so the CLI and the tests see exactly what the seller sees.
 */
export interface MissingChip {
  keyword: string;
  volume: number | null;
  /** Words of the keyword already in the title, when it matches only in part. */
  partial?: { present: string[]; absent: string[] };
  insertion: KeywordInsertion;
}

export interface CoachModel {
  used: TitleReport['keywords']['used'];
  missing: MissingChip[];
  conflicting: TitleReport['keywords']['conflicting'];
  suggestion: { ok: true; value: TitleSuggestion; gainVolume: number } | { ok: false; error: string } | null;
}

export interface CoachOptions {
  platform: Platform;
  keywords: readonly KeywordInput[];
  /** Words the seller chose to keep (brand, model, chips they pinned); the suggestion writes them after the core word. */
  keep?: readonly string[];
  core?: string;
  /** How many missing chips to show. */
  maxMissing?: number;
}

function usedVolume(report: TitleReport): number {
  return report.keywords.used.reduce((sum, use) => sum + (use.volume ?? 0), 0);
}

export function buildCoach(title: string, report: TitleReport, options: CoachOptions): CoachModel {
  const rules = resolveRules(options.platform);
  if (!rules.ok) throw new Error(rules.error);
  const missing = report.keywords.missing
    .filter((gap) => gap.variantOf === undefined)
    .slice(0, options.maxMissing ?? 12)
    .map((gap) => ({
      keyword: gap.keyword,
      volume: gap.volume,
      ...(gap.partial ? { partial: gap.partial } : {}),
      insertion: insertKeyword(title, gap, rules.rules),
    }));

  let suggestion: CoachModel['suggestion'] = null;
  const core = (options.core ?? options.keywords[0]?.keyword ?? '').trim();
  if (core !== '' && options.keywords.length > 0) {
    // Only keywords that fit what the title says about the product may shape the suggestion.
    const attributes = attributesOf([title, ...(options.keep ?? [])].join(' '));
    const fitting = options.keywords.filter((keyword) => contradiction(attributes, keyword.keyword) === null);
    try {
      const value = suggestTitle(core, fitting, { platform: options.platform, must: [...(options.keep ?? [])] });
      suggestion = { ok: true, value, gainVolume: value.coveredVolume - usedVolume(report) };
    } catch (error) {
      suggestion = { ok: false, error: error instanceof SuggestError ? error.message : String(error) };
    }
  }
  return { used: report.keywords.used, missing, conflicting: report.keywords.conflicting, suggestion };
}
