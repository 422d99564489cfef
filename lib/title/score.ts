import type { Finding } from '../types';
import type { LengthUnit } from '../platforms/rules';
import type { TitleLength } from './length';
import { bilingual, lengthPhrase, usagePhrase } from './messages';

/** One part of the 0–100 score, with the reason in both languages. The parts' points always add up to the score. */
export interface ScorePart {
  id: 'length' | 'coverage' | 'core-position' | 'compliance' | 'tidiness';
  points: number;
  max: number;
  reason: { zh: string; en: string };
}

/** Why the total is held under a ceiling: the platform would reject, cut or penalise the title. */
export interface ScoreCap {
  max: number;
  reason: { zh: string; en: string };
}

export interface ScoreInput {
  length: TitleLength;
  unit: LengthUnit;
  idealMin: number;
  /** null when no keyword list was given. */
  coverage: number | null;
  /** null when there is no core word to place. */
  core: { word: string; state: 'front' | 'late' | 'missing' } | null;
  findings: Finding[];
}

export interface TitleScore {
  score: number;
  parts: ScorePart[];
  cap: ScoreCap | null;
}

const TIDY_RULES = new Set(['repeated-word', 'wasted-chars']);
const FORM_RULES = new Set(['title-length', 'keyword-missing', 'core-word-position', 'banned-char', 'vague-title', ...TIDY_RULES]);

/** Ceilings: over the hard limit or with a forbidden character the platform rejects or cuts the title; a banned claim gets it taken down. */
export const SCORE_CAPS = { overLimit: 40, rejectedChar: 40, vagueOnly: 40, violation: 50 } as const;

/** Weights: with a keyword list, coverage dominates; without one, form and compliance share the score. */
function weights(hasKeywords: boolean, hasCore: boolean): Record<ScorePart['id'], number> {
  if (hasKeywords) return { length: 15, coverage: 35, 'core-position': 10, compliance: 25, tidiness: 15 };
  if (hasCore) return { length: 25, coverage: 0, 'core-position': 15, compliance: 35, tidiness: 25 };
  return { length: 30, coverage: 0, 'core-position': 0, compliance: 40, tidiness: 30 };
}

function capFor(input: ScoreInput, violations: number): ScoreCap | null {
  const caps: ScoreCap[] = [];
  if (input.length.over)
    caps.push({
      max: SCORE_CAPS.overLimit,
      reason: bilingual('标题超出上限，平台会拒绝或截断，总分最高 {max}。', 'Over the limit, the platform rejects or cuts the title: at most {max}.', {
        max: SCORE_CAPS.overLimit,
      }),
    });
  if (input.findings.some((f) => f.ruleId === 'banned-char' && f.severity === 'error'))
    caps.push({
      max: SCORE_CAPS.rejectedChar,
      reason: bilingual('含平台禁用的字符，标题会被驳回，总分最高 {max}。', 'A forbidden character gets the title rejected: at most {max}.', {
        max: SCORE_CAPS.rejectedChar,
      }),
    });
  if (input.findings.some((f) => f.ruleId === 'vague-title' && f.severity === 'error'))
    caps.push({
      max: SCORE_CAPS.vagueOnly,
      reason: bilingual('只有笼统词的标题会被驳回，总分最高 {max}。', 'A title of vague words only is rejected: at most {max}.', { max: SCORE_CAPS.vagueOnly }),
    });
  if (violations > 0)
    caps.push({
      max: SCORE_CAPS.violation,
      reason: bilingual('含违规用语，商品可能被下架或处罚，总分最高 {max}。', 'A banned claim can get the listing removed or fined: at most {max}.', {
        max: SCORE_CAPS.violation,
      }),
    });
  return caps.reduce<ScoreCap | null>((lowest, cap) => (lowest === null || cap.max < lowest.max ? cap : lowest), null);
}

/** Scales the parts down so they add up to `max` exactly (largest remainders get the leftover points). */
function scaleParts(parts: ScorePart[], max: number): void {
  const total = parts.reduce((sum, p) => sum + p.points, 0);
  if (total <= max) return;
  const exact = parts.map((p) => (p.points * max) / total);
  const floors = exact.map(Math.floor);
  let left = max - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  parts.forEach((part, i) => (part.points = floors[i] ?? 0));
}

export function scoreTitle(input: ScoreInput): TitleScore {
  const w = weights(input.coverage !== null, input.core !== null);
  const parts: ScorePart[] = [];
  const { length, unit } = input;

  if (length.over) {
    const over = length.value - length.limit;
    parts.push({
      id: 'length',
      points: 0,
      max: w.length,
      reason: { zh: `超出上限 ${lengthPhrase(over, unit, 'zh-CN')}。`, en: `${lengthPhrase(over, unit, 'en')} over the limit.` },
    });
  } else {
    const fill = input.idealMin > 0 ? Math.min(1, length.value / input.idealMin) : 1;
    parts.push({
      id: 'length',
      points: Math.round(w.length * fill),
      max: w.length,
      reason: {
        zh: `已用 ${usagePhrase(length.value, length.limit, unit, 'zh-CN')}，建议至少 ${lengthPhrase(input.idealMin, unit, 'zh-CN')}。`,
        en: `Uses ${usagePhrase(length.value, length.limit, unit, 'en')}; ${lengthPhrase(input.idealMin, unit, 'en')} or more uses the space well.`,
      },
    });
  }

  if (input.coverage !== null) {
    const pct = Math.round(input.coverage * 100);
    parts.push({
      id: 'coverage',
      points: Math.round(w.coverage * input.coverage),
      max: w.coverage,
      reason: bilingual('覆盖了 {pct}% 的关键词搜索量。', 'Covers {pct}% of the keyword search volume.', { pct }),
    });
  }

  if (input.core !== null) {
    const { word, state } = input.core;
    const points = state === 'front' ? w['core-position'] : state === 'late' ? Math.round(w['core-position'] / 2) : 0;
    const reason =
      state === 'front'
        ? bilingual('核心词“{word}”在标题前部。', 'The core word "{word}" is near the front.', { word })
        : state === 'late'
          ? bilingual('核心词“{word}”位置靠后。', 'The core word "{word}" comes late.', { word })
          : bilingual('缺少核心词“{word}”。', 'The core word "{word}" is missing.', { word });
    parts.push({ id: 'core-position', points, max: w['core-position'], reason });
  }

  const compliance = input.findings.filter((f) => !FORM_RULES.has(f.ruleId));
  const errors = compliance.filter((f) => f.severity === 'error').length;
  const warnings = compliance.filter((f) => f.severity === 'warning').length;
  parts.push({
    id: 'compliance',
    points: errors > 0 ? 0 : Math.max(0, w.compliance - 5 * warnings),
    max: w.compliance,
    reason:
      errors + warnings === 0
        ? bilingual('没有违规用语。', 'No banned or risky wording.', {})
        : bilingual('{errors} 处违规，{warnings} 处风险。', '{errors} violations, {warnings} risks.', { errors, warnings }),
  });

  const repeats = new Set(input.findings.filter((f) => f.ruleId === 'repeated-word').map((f) => f.match.toLowerCase())).size;
  const waste = input.findings.filter((f) => f.ruleId === 'wasted-chars').length;
  parts.push({
    id: 'tidiness',
    points: Math.max(0, w.tidiness - 4 * repeats - 2 * waste),
    max: w.tidiness,
    reason:
      repeats + waste === 0
        ? bilingual('没有重复词和浪费的字符。', 'No repeated words or wasted characters.', {})
        : bilingual('{repeats} 个重复词，{waste} 处浪费字符。', '{repeats} repeated words, {waste} wasted stretches.', { repeats, waste }),
  });

  const cap = capFor(input, errors);
  if (cap) scaleParts(parts, cap.max);
  return { score: parts.reduce((sum, p) => sum + p.points, 0), parts, cap };
}
