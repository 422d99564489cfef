import { compileChecker, type CheckOptions, type ComplianceChecker } from '../compliance/checker';
import { customLexicon, LexiconError, type CustomTermInput } from './load';
import type { Lexicon } from './schema';
import { severityRank, type Finding } from '../types';

/**
 * A large list of the user's own terms (issue 13: 100,000) compiled without blocking the page: validated
 * in slices and compiled into shards of a few thousand terms, yielding to the page between every step,
 * so no step runs longer than a few tens of milliseconds. Below `SHARD_THRESHOLD` terms the ordinary
 * path (custom terms compiled with the shipped ones) stays as it is.
 */
export const SHARD_THRESHOLD = 1_000;
/** Terms validated per step and compiled per shard: ~10 ms and ~20 ms in V8 on this machine's cores. */
const VALIDATE_SLICE = 500;
const SHARD_SIZE = 2_500;

/** Checks text against every shard; findings merged as one checker would resolve them. */
export interface ShardedChecker {
  readonly termCount: number;
  readonly shardCount: number;
  check(text: string, options?: CheckOptions): Finding[];
}

export interface ShardOptions {
  allow?: readonly string[];
  /** Resolves when the page has had a turn (scheduler.yield, a MessageChannel hop); default: a macrotask. */
  yieldToPage?: () => Promise<void>;
  signal?: AbortSignal;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Compile `terms` in shards. Rejects with the LexiconError of the first invalid slice (naming the term
 * by its index in `terms`), or with the signal's reason when aborted.
 */
export async function compileCustomShards(terms: readonly CustomTermInput[], options: ShardOptions = {}): Promise<ShardedChecker> {
  const pause = options.yieldToPage ?? macrotask;
  const shards: ComplianceChecker[] = [];
  for (let from = 0; from < terms.length; from += SHARD_SIZE) {
    const shardTerms: Lexicon['terms'] = [];
    for (let at = from; at < Math.min(terms.length, from + SHARD_SIZE); at += VALIDATE_SLICE) {
      options.signal?.throwIfAborted();
      const slice = terms.slice(at, Math.min(at + VALIDATE_SLICE, from + SHARD_SIZE, terms.length));
      const validated = customLexicon(slice);
      if (!validated.ok) {
        // Terms are counted from 0 within the slice; name them by their place in the whole list.
        const issues = validated.error.issues.map((issue) => issue.replace(/term (\d+)/, (_, n: string) => `term ${Number(n) + at}`));
        throw new LexiconError(issues, validated.error.lexicon);
      }
      if (validated.lexicon) shardTerms.push(...validated.lexicon.terms);
      await pause();
    }
    options.signal?.throwIfAborted();
    const lexicon: Lexicon = { id: 'user-custom', version: '0.0.0', name: { zh: '自定义词', en: 'Custom terms' }, source: 'the user', terms: shardTerms };
    shards.push(compileChecker({ lexicons: [lexicon], allow: options.allow ?? [], patterns: [] }));
    await pause();
  }
  return {
    termCount: terms.length,
    shardCount: shards.length,
    check(text, checkOptions) {
      if (text.length === 0) return [];
      return mergeFindings(shards.map((shard) => shard.check(text, checkOptions)));
    },
  };
}

/**
 * Findings of several checkers as one checker resolves its candidates: the longest span wins an overlap
 * (on a tie the earlier), findings on the very same span all stay (one per rule, the most severe).
 * Sorted by start, end, then rule id.
 */
export function mergeFindings(lists: readonly Finding[][]): Finding[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 0) return [];
  if (nonEmpty.length === 1) return nonEmpty[0] as Finding[];
  const all = nonEmpty.flat();
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.end - b.end);
  const spans: Array<[number, number]> = [];
  const byKey = new Map<string, Finding>();
  for (const finding of all) {
    const sameSpan = spans.some(([s, e]) => s === finding.start && e === finding.end);
    if (!sameSpan) {
      if (spans.some(([s, e]) => s < finding.end && finding.start < e)) continue;
      spans.push([finding.start, finding.end]);
    }
    const key = `${finding.start}:${finding.end}:${finding.ruleId}`;
    const previous = byKey.get(key);
    if (previous && severityRank(previous.severity) <= severityRank(finding.severity)) continue;
    byKey.set(key, finding);
  }
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
