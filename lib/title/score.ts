import type { Finding } from '../types';
import type { TitleLength } from './length';
import { bilingual } from './messages';

/** One part of the 0–100 score, with the reason in both languages. The parts' points add up to the score. */
export interface ScorePart {
  id: 'length' | 'coverage' | 'core-position' | 'compliance' | 'tidiness';
  points: number;
  max: number;
  reason: { zh: string; en: string };
}

export interface ScoreInput {
  length: TitleLength;
  idealMin: number;
  /** null when no keyword list was given. */
  coverage: number | null;
  /** null when there is no core word to place. */
  core: { word: string; state: 'front' | 'late' | 'missing' } | null;
  findings: Finding[];
}

const TIDY_RULES = new Set(['repeated-word', 'wasted-chars']);
const FORM_RULES = new Set(['title-length', 'keyword-missing', 'core-word-position', ...TIDY_RULES]);

/** Weights: with a keyword list, coverage dominates; without one, form and compliance share the score. */
function weights(hasKeywords: boolean, hasCore: boolean): Record<ScorePart['id'], number> {
  if (hasKeywords) return { length: 15, coverage: 35, 'core-position': 10, compliance: 25, tidiness: 15 };
  if (hasCore) return { length: 25, coverage: 0, 'core-position': 15, compliance: 35, tidiness: 25 };
  return { length: 30, coverage: 0, 'core-position': 0, compliance: 40, tidiness: 30 };
}

export function scoreTitle(input: ScoreInput): { score: number; parts: ScorePart[] } {
  const w = weights(input.coverage !== null, input.core !== null);
  const parts: ScorePart[] = [];
  const { length } = input;

  if (length.over) {
    parts.push({ id: 'length', points: 0, max: w.length, reason: bilingual('超出上限 {n}', '{n} over the limit', { n: length.value - length.limit }) });
  } else {
    const fill = input.idealMin > 0 ? Math.min(1, length.value / input.idealMin) : 1;
    parts.push({
      id: 'length',
      points: Math.round(w.length * fill),
      max: w.length,
      reason: bilingual('用了 {value}/{limit}, 建议至少 {ideal}', 'uses {value} of {limit}; {ideal} or more uses the space well', { value: length.value, limit: length.limit, ideal: input.idealMin }),
    });
  }

  if (input.coverage !== null) {
    const pct = Math.round(input.coverage * 100);
    parts.push({ id: 'coverage', points: Math.round(w.coverage * input.coverage), max: w.coverage, reason: bilingual('关键词覆盖 {pct}% (按搜索量加权)', 'covers {pct}% of keyword volume', { pct }) });
  }

  if (input.core !== null) {
    const { word, state } = input.core;
    const points = state === 'front' ? w['core-position'] : state === 'late' ? Math.round(w['core-position'] / 2) : 0;
    const reason =
      state === 'front'
        ? bilingual('核心词「{word}」在前部', 'core word "{word}" is near the front', { word })
        : state === 'late'
          ? bilingual('核心词「{word}」位置靠后', 'core word "{word}" comes late', { word })
          : bilingual('缺少核心词「{word}」', 'core word "{word}" is missing', { word });
    parts.push({ id: 'core-position', points, max: w['core-position'], reason });
  }

  const compliance = input.findings.filter((f) => !FORM_RULES.has(f.ruleId));
  const errors = compliance.filter((f) => f.severity === 'error').length;
  const warnings = compliance.filter((f) => f.severity === 'warning').length;
  parts.push({
    id: 'compliance',
    points: errors > 0 ? 0 : Math.max(0, w.compliance - 5 * warnings),
    max: w.compliance,
    reason: bilingual('{errors} 个违规, {warnings} 个提醒', '{errors} violations, {warnings} warnings', { errors, warnings }),
  });

  const repeats = new Set(input.findings.filter((f) => f.ruleId === 'repeated-word').map((f) => f.match.toLowerCase())).size;
  const waste = input.findings.filter((f) => f.ruleId === 'wasted-chars').length;
  parts.push({
    id: 'tidiness',
    points: Math.max(0, w.tidiness - 4 * repeats - 2 * waste),
    max: w.tidiness,
    reason: bilingual('{repeats} 个重复词, {waste} 处浪费字符', '{repeats} repeated words, {waste} wasted stretches', { repeats, waste }),
  });

  return { score: parts.reduce((sum, p) => sum + p.points, 0), parts };
}
