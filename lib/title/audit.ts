import type { Finding, Platform } from '../types';
import { checkText, type CheckTextOptions } from '../compliance';
import { resolveRules, type PlatformTitleRules } from '../platforms/rules';
import { foldWithMap, CJK } from './fold';
import { keywordCoverage, type KeywordGap, type KeywordUse } from './coverage';
import { attributesOf, contradiction, contradicts, packAttributes, variantKey, type PackedAttributes } from './relevance';
import { prepareKeywords, compactCjk, type KeywordInput, type PreparedKeywords } from './keywordSet';
import { measureText, measureWith, type TitleLength } from './length';
import { lengthPhrase, titleMessage, type TitleLocale } from './messages';
import { scoreTitle, type ScoreCap, type ScorePart } from './score';
import { checkCharacters, checkLength, checkRepeats, checkVague, checkWaste, type RepeatedWord } from './titleChecks';
import { PRODUCT_DICTIONARY, indexOfTerm, keywordTokens } from './tokenize';

export interface TitleReport {
  platform: Platform;
  length: TitleLength;
  /**
   * `missing` lists the keywords that fit the title, by importance; a keyword that only reorders or
   * pluralises a more important one carries `variantOf`. `conflicting` are the missing keywords that
   * contradict the title's audience, size, capacity or model, so no hint proposes them.
   */
  keywords: { used: KeywordUse[]; missing: MissingKeyword[]; conflicting: ConflictingKeyword[]; coverage: number };
  repeatedWords: RepeatedWord[];
  bannedChars: string[];
  findings: Finding[];
  score: number;
  scoreParts: ScorePart[];
  /** Set when the platform would reject, cut or penalise the title, holding the score under a ceiling. */
  scoreCap: ScoreCap | null;
}

export interface MissingKeyword extends KeywordGap {
  variantOf?: string;
}

export interface ConflictingKeyword extends KeywordGap {
  reason: { zh: string; en: string };
}

/** Keyword attributes and variant keys, computed once per keyword list (the audit runs on every keystroke). */
const keywordMeta = new WeakMap<PreparedKeywords, Map<string, { attributes: PackedAttributes; variant: string }>>();

function metaOf(prepared: PreparedKeywords, keyword: string): { attributes: PackedAttributes; variant: string } {
  let byKeyword = keywordMeta.get(prepared);
  if (!byKeyword) keywordMeta.set(prepared, (byKeyword = new Map()));
  let meta = byKeyword.get(keyword);
  if (!meta) byKeyword.set(keyword, (meta = { attributes: packAttributes(attributesOf(keyword)), variant: variantKey(keyword) }));
  return meta;
}

/** Splits the title's missing keywords into those that fit it and those that contradict it. */
function sortMissing(
  title: string,
  prepared: PreparedKeywords,
  missing: readonly KeywordGap[],
  used: readonly KeywordUse[],
): { fitting: MissingKeyword[]; conflicting: ConflictingKeyword[] } {
  const attributes = packAttributes(attributesOf(title));
  const seen = new Map<string, string>(used.map((use) => [metaOf(prepared, use.keyword).variant, use.keyword]));
  const fitting: MissingKeyword[] = [];
  const conflicting: ConflictingKeyword[] = [];
  for (const gap of missing) {
    const meta = metaOf(prepared, gap.keyword);
    const contra = contradicts(attributes, meta.attributes) ? contradiction(attributes.source, gap.keyword, meta.attributes.source) : null;
    if (contra) {
      conflicting.push({ ...gap, reason: contra.reason });
      continue;
    }
    const key = meta.variant;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, gap.keyword);
    fitting.push(first === undefined ? gap : { ...gap, variantOf: first });
  }
  return { fitting, conflicting };
}

export interface AuditOptions {
  platform: Platform;
  /** The seller's keyword list; pass the same array (or a prepareKeywords result) again to reuse its index. */
  keywords?: readonly KeywordInput[] | PreparedKeywords;
  /** The core word; defaults to the highest-volume keyword. */
  core?: string;
  /** Overrides of the platform's rules (validated; a bad one throws a readable TitleAuditError). */
  overrides?: unknown;
  locale?: TitleLocale;
  /** How many missing keywords become `keyword-missing` findings. */
  missingFindings?: number;
  /** Passed to the compliance check of the title: the user's allowlist, own terms and lexicons. */
  compliance?: Pick<CheckTextOptions, 'allow' | 'customTerms' | 'lexicons' | 'patterns' | 'category'>;
}

export class TitleAuditError extends Error {
  override name = 'TitleAuditError';
}

const EMPTY = prepareKeywords([]);

function isPrepared(k: AuditOptions['keywords']): k is PreparedKeywords {
  return k !== undefined && !Array.isArray(k) && 'entries' in k;
}

/** Folded + compacted title with a map back to original offsets. */
function haystackWithMap(title: string): { text: string; map: number[] } {
  const folded = foldWithMap(title);
  const compact = compactCjk(folded.text);
  if (compact.length === folded.text.length) return folded;
  const map: number[] = [];
  let j = 0;
  for (let i = 0; i < folded.text.length; i++) {
    if (folded.text[i] === compact[j]) {
      map.push(folded.map[i] ?? 0);
      j++;
    }
  }
  map.push(title.length);
  return { text: compact, map };
}

function placeCore(
  title: string,
  core: string,
  rules: PlatformTitleRules,
  locale: TitleLocale,
  hay: { text: string; map: number[] },
): { state: 'front' | 'late' | 'missing'; finding?: Finding } {
  const needle = compactCjk(foldWithMap(core).text);
  let at = indexOfTerm(hay.text, needle);
  let len = needle.length;
  if (at < 0 && rules.tokenizedSearch) {
    const tokens = keywordTokens(core);
    const positions = tokens.map((t) => indexOfTerm(hay.text, t));
    if (tokens.length > 0 && positions.every((p) => p >= 0)) {
      at = Math.min(...positions);
      len = tokens[positions.indexOf(at)]?.length ?? 0;
    }
  }
  const basis = rules.source.split(':')[0] ?? rules.source;
  if (at < 0) {
    const message = titleMessage('core-word-missing', locale, { word: core });
    const insert = CJK.test(core) ? core : `${core} `;
    return {
      state: 'missing',
      finding: { ruleId: 'core-word-position', severity: 'warning', start: 0, end: 0, match: '', message, basis, suggestions: [insert] },
    };
  }
  const start = hay.map[at] ?? 0;
  const end = hay.map[at + len] ?? title.length;
  const front = Math.floor(rules.limit / 3);
  if (measureText(title.slice(0, start), rules.unit) <= front) return { state: 'front' };
  const message = titleMessage('core-word-late', locale, { word: core, front: lengthPhrase(front, rules.unit, locale) });
  return {
    state: 'late',
    finding: { ruleId: 'core-word-position', severity: 'warning', start, end, match: title.slice(start, end), message, basis, suggestions: [] },
  };
}

/** Audit a title against its platform's rules, the seller's keyword list and the compliance lexicons. */
export function auditTitle(title: string, options: AuditOptions): TitleReport {
  const resolved = resolveRules(options.platform, options.overrides);
  if (!resolved.ok) throw new TitleAuditError(resolved.error);
  const rules = resolved.rules;
  const locale: TitleLocale = options.locale ?? (rules.unit === 'bytes' ? 'zh-CN' : 'en');
  const prepared = isPrepared(options.keywords) ? options.keywords : options.keywords ? prepareKeywords(options.keywords) : EMPTY;
  const ctx = { rules, locale, dictionary: prepared.entries.length > 0 ? prepared.dictionary : PRODUCT_DICTIONARY };

  const length = measureWith(title, rules);
  const chars = checkCharacters(title, ctx);
  const repeats = checkRepeats(title, ctx);
  const findings: Finding[] = [...checkLength(title, ctx), ...chars.findings, ...repeats.findings, ...checkWaste(title, ctx), ...checkVague(title, ctx)];
  findings.push(...checkText(title, { ...options.compliance, platform: options.platform, field: 'title', locale }));

  const coverage = keywordCoverage(title, prepared, rules);
  const { fitting, conflicting } = sortMissing(title, prepared, coverage.missing, coverage.used);
  const missingCount = options.missingFindings ?? 3;
  for (const gap of fitting.filter((candidate) => candidate.variantOf === undefined).slice(0, missingCount)) {
    if (!gap.volume) continue;
    const insert = CJK.test(gap.keyword) ? gap.keyword : ` ${gap.keyword}`;
    findings.push({
      ruleId: 'keyword-missing',
      severity: 'info',
      start: title.length,
      end: title.length,
      match: '',
      message: titleMessage('keyword-missing', locale, { word: gap.keyword, volume: gap.volume }),
      suggestions: [insert],
    });
  }

  const coreWord = options.core ?? prepared.entries[0]?.keyword;
  let core: { word: string; state: 'front' | 'late' | 'missing' } | null = null;
  if (coreWord !== undefined && coreWord.trim() !== '') {
    const hay = haystackWithMap(title);
    const placed = placeCore(title, coreWord.trim(), rules, locale, hay);
    core = { word: coreWord.trim(), state: placed.state };
    if (placed.finding) findings.push(placed.finding);
  }

  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const { score, parts, cap } = scoreTitle({
    length,
    unit: rules.unit,
    idealMin: rules.idealMin,
    coverage: prepared.entries.length > 0 ? coverage.coverage : null,
    core,
    findings,
  });
  return {
    platform: options.platform,
    length,
    keywords: { used: coverage.used, missing: fitting, conflicting, coverage: coverage.coverage ?? 0 },
    repeatedWords: repeats.repeated,
    bannedChars: chars.banned,
    findings,
    score,
    scoreParts: parts,
    scoreCap: cap,
  };
}
