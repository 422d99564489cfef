import type { Platform } from '../types';
import { resolveRules, type LengthUnit } from '../platforms/rules';
import type { KeywordGap } from './coverage';
import { prepareKeywords, type KeywordInput } from './keywordSet';
import { graphemeCount, measureText, widthOf, type TitleLength } from './length';
import { packKeywords, type PackingInstance } from './packing';
import { keywordTokenSpans } from './tokenize';

export interface SuggestOptions {
  platform: Platform;
  /** Words that must appear (brand, model), written right after the core word. */
  must?: string[];
  /** A tighter limit than the platform's, in the platform's unit. */
  limit?: number;
  overrides?: unknown;
  /** Up to this many keywords (default 25) the search has 5M nodes and no time cap; beyond, 1M nodes. */
  exactUpTo?: number;
  nodeBudget?: number;
  /** Time cap beyond exactUpTo keywords (default 25 ms), counted from the call's start; the best title found (at least the greedy one) is returned. */
  timeBudgetMs?: number;
}

export interface TitleSuggestion {
  title: string;
  /** Sum of the volumes of the keywords whose tokens all appear in the title. */
  coveredVolume: number;
  covered: string[];
  missing: KeywordGap[];
  length: TitleLength;
  /** True when the search proved no better title exists under the cost model. */
  optimal: boolean;
}

export class SuggestError extends Error {
  override name = 'SuggestError';
}

const ASCII_EDGE = /^[A-Za-z0-9]|[A-Za-z0-9]$/;
const ASCII_START = /^[A-Za-z0-9]/;
const ASCII_END = /[A-Za-z0-9]$/;

/**
 * Cost model, an upper bound of the rendered length:
 *  - 'chars' (Amazon, Shopify): words joined by single spaces; each token costs its graphemes + 1
 *    against a budget of limit + 1 (the first word has no leading space). Exact.
 *  - 'bytes' (Chinese platforms): tokens written together; a space only between two ASCII words.
 *    A token with an ASCII letter or digit at an edge reserves one unit for that space.
 */
export function tokenCost(display: string, unit: LengthUnit): number {
  return unit === 'chars' ? graphemeCount(display) + 1 : widthOf(display) + (ASCII_EDGE.test(display) ? 1 : 0);
}

export function renderTitle(displays: string[], unit: LengthUnit): string {
  if (unit === 'chars') return displays.join(' ');
  let out = '';
  for (const d of displays) {
    if (out !== '' && ASCII_END.test(out) && ASCII_START.test(d)) out += ' ';
    out += d;
  }
  return out;
}

/**
 * Amazon's style: capitalize each word's first letter except articles, prepositions and conjunctions
 * (unless first); words the seller cased themselves (iPhone, USB) are kept as written.
 */
export function amazonCase(word: string, first: boolean, minor: readonly string[]): string {
  if (word !== word.toLowerCase()) return word;
  if (!first && minor.includes(word)) return word;
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Pack the most keyword volume into the title limit, core word first. */
export function suggestTitle(core: string, keywords: readonly KeywordInput[], options: SuggestOptions): TitleSuggestion {
  const started = performance.now();
  const resolved = resolveRules(options.platform, options.overrides);
  if (!resolved.ok) throw new SuggestError(resolved.error);
  const { unit } = resolved.rules;
  const limit = options.limit ?? resolved.rules.limit;
  if (!Number.isInteger(limit) || limit <= 0) throw new SuggestError(`SuggestError: limit must be a positive integer, got ${limit}`);
  const coreSpans = keywordTokenSpans(core);
  if (coreSpans.length === 0) throw new SuggestError('SuggestError: the core word is empty');

  const ids = new Map<string, number>();
  const displays: string[] = [];
  const costs: number[] = [];
  const idOf = (span: { token: string; display: string }): number => {
    let id = ids.get(span.token);
    if (id === undefined) {
      id = displays.length;
      ids.set(span.token, id);
      displays.push(span.display);
      costs.push(tokenCost(span.display, unit));
    }
    return id;
  };

  const forced = [...coreSpans, ...(options.must ?? []).flatMap((m) => keywordTokenSpans(m))].map(idOf);
  const prepared = prepareKeywords(keywords);
  const items = prepared.entries.map((e) => ({ tokens: [...new Set(keywordTokenSpans(e.keyword).map(idOf))], weight: e.weight }));
  const budget = unit === 'chars' ? limit + 1 : limit;
  const forcedCost = [...new Set(forced)].reduce((s, t) => s + (costs[t] ?? 0), 0);
  if (forcedCost > budget) {
    throw new SuggestError(
      `SuggestError: the core and must words alone need ${forcedCost - (unit === 'chars' ? 1 : 0)} of the ${limit} ${unit === 'chars' ? 'characters' : 'units'}`,
    );
  }

  const instance: PackingInstance = { tokenCosts: costs, items, budget, forced };
  const { exactUpTo, nodeBudget, timeBudgetMs } = options;
  // The time cap counts from the call's start: tokenizing the list is part of what the seller waits for.
  const small = items.length <= (exactUpTo ?? 25);
  const cap = timeBudgetMs ?? (small ? undefined : 25);
  const packed = packKeywords(instance, {
    ...(exactUpTo !== undefined ? { exactUpTo } : {}),
    ...(nodeBudget !== undefined ? { nodeBudget } : {}),
    ...(cap !== undefined ? { timeBudgetMs: Math.max(0, cap - (performance.now() - started)) } : {}),
  });

  // Order: core, must, then each covered keyword's tokens by importance.
  const chosen = new Set(packed.tokens);
  const order: number[] = [];
  const written = new Set<number>();
  const write = (t: number) => {
    if (!written.has(t) && chosen.has(t)) {
      written.add(t);
      order.push(t);
    }
  };
  forced.forEach(write);
  for (const item of items) for (const t of item.tokens) write(t);
  const shown = (t: number, i: number): string => {
    const d = displays[t] ?? '';
    return resolved.rules.platform === 'amazon' ? amazonCase(d, i === 0, resolved.rules.repeatExemptWords) : d;
  };
  let title = renderTitle(order.map(shown), unit);
  // The cost model bounds the rendered length; this guard only protects against a model bug.
  while (measureText(title, unit) > limit && order.length > forced.length) {
    written.delete(order.pop() ?? -1);
    title = renderTitle(order.map(shown), unit);
  }

  const covered: string[] = [];
  const missing: KeywordGap[] = [];
  let coveredVolume = 0;
  prepared.entries.forEach((e, i) => {
    if ((items[i]?.tokens ?? []).every((t) => written.has(t))) {
      covered.push(e.keyword);
      coveredVolume += e.volume ?? 0;
    } else missing.push({ keyword: e.keyword, volume: e.volume });
  });
  const value = measureText(title, unit);
  return { title, coveredVolume, covered, missing, length: { value, unit, limit, over: value > limit }, optimal: packed.optimal };
}
