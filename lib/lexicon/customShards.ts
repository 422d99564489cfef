import { compileChecker, type CheckOptions, type ComplianceChecker } from '../compliance/checker';
import { customLexicon, LexiconError, type CustomTermInput } from './load';
import type { Lexicon } from './schema';
import { severityRank, type Finding } from '../types';
import { normalize, normalizeTerm } from '../match/normalize';
import { spelledOutWindows } from '../match/spelledOut';

/**
 * A large list of the user's own terms (issue 13: 100,000) compiled without blocking the page: validated
 * in slices and compiled into shards of 500 terms, yielding to the page after every ~6 ms of work. Below `SHARD_THRESHOLD` terms the ordinary
 * path (custom terms compiled with the shipped ones) stays as it is.
 */
export const SHARD_THRESHOLD = 1_000;
/** Terms validated at a time (~2 ms in Node), repeated until a step has used STEP_MS; terms compiled per shard (~3 ms). */
const VALIDATE_SLICE = 100;
const SHARD_SIZE = 500;
const STEP_MS = 6;

/** Checks text against the shards whose keys occur in it; findings merged as one checker would resolve them. */
export interface ShardedChecker {
  readonly termCount: number;
  readonly shardCount: number;
  check(text: string, options?: CheckOptions): Finding[];
}

export interface ShardOptions {
  allow?: readonly string[];
  /** Resolves when the page has had a turn (a background-priority task in the content script); default: a macrotask. */
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
  let stepStart = performance.now();
  const step = async () => {
    if (performance.now() - stepStart < STEP_MS) return;
    await pause();
    stepStart = performance.now();
  };
  // Pass 1: validate, normalize every form, count its grams (pairs of normalized units) over the list.
  const shardTerms: Array<Lexicon['terms']> = [];
  const termForms: string[][] = [];
  const gramCount = new Map<string, number>();
  for (let from = 0; from < terms.length; from += SHARD_SIZE) {
    const shard: Lexicon['terms'] = [];
    shardTerms.push(shard);
    for (let at = from; at < Math.min(terms.length, from + SHARD_SIZE); at += VALIDATE_SLICE) {
      options.signal?.throwIfAborted();
      const slice = terms.slice(at, Math.min(at + VALIDATE_SLICE, from + SHARD_SIZE, terms.length));
      const validated = customLexicon(slice);
      if (!validated.ok) {
        // Terms are counted from 0 within the slice; name them by their place in the whole list.
        const issues = validated.error.issues.map((issue) => issue.replace(/term (\d+)/, (_, n: string) => `term ${Number(n) + at}`));
        throw new LexiconError(issues, validated.error.lexicon);
      }
      for (const term of validated.lexicon?.terms ?? []) {
        shard.push(term);
        const forms = [...new Set([term.text, ...term.variants].map(normalizeTerm).filter((f) => f.trim() !== ''))];
        termForms.push(forms);
        for (const form of forms) for (const gram of gramsOf(form)) gramCount.set(gram, (gramCount.get(gram) ?? 0) + 1);
      }
      await step();
    }
  }
  // Pass 2: each form is keyed by its rarest gram over the list; a shard is checked only when the text holds one of its keys.
  const shardsByKey = new Map<string, Set<number>>();
  let termIndex = 0;
  for (let shard = 0; shard < shardTerms.length; shard++) {
    for (let k = 0; k < (shardTerms[shard] as Lexicon['terms']).length; k++) {
      for (const form of termForms[termIndex++] ?? []) {
        let best = '';
        let bestCount = Infinity;
        for (const gram of gramsOf(form)) {
          const count = gramCount.get(gram) ?? 0;
          if (count < bestCount) [best, bestCount] = [gram, count];
        }
        let set = shardsByKey.get(best);
        if (!set) shardsByKey.set(best, (set = new Set()));
        set.add(shard);
      }
    }
    await step();
  }
  // Pass 3: one checker per shard, one shard per step.
  const shards: ComplianceChecker[] = [];
  for (const shard of shardTerms) {
    options.signal?.throwIfAborted();
    await pause();
    const lexicon: Lexicon = { id: 'user-custom', version: '0.0.0', name: { zh: '自定义词', en: 'Custom terms' }, source: 'the user', terms: shard };
    shards.push(compileChecker({ lexicons: [lexicon], allow: options.allow ?? [], patterns: [] }));
    stepStart = performance.now();
  }
  return {
    termCount: terms.length,
    shardCount: shards.length,
    check(text, checkOptions) {
      if (text.length === 0) return [];
      const candidates = new Set<number>();
      const n = normalize(text).text;
      // The checker also scans spelled-out runs joined up (B E S T → best): their grams count too.
      for (const scanned of [n, ...spelledOutWindows(n).map((w) => w.text)]) {
        for (const gram of textGrams(scanned)) shardsByKey.get(gram)?.forEach((shard) => candidates.add(shard));
      }
      return mergeFindings([...candidates].sort((a, b) => a - b).map((shard) => (shards[shard] as ComplianceChecker).check(text, checkOptions)));
    },
  };
}

/**
 * Grams keying a form: every run of GRAM units (one or two for shorter forms). A text's grams are its
 * runs of one, two and GRAM units, so a form inside the text always shares its key with it.
 */
const GRAM = 3;
function* gramsOf(form: string): Generator<string> {
  const size = Math.min(GRAM, form.length);
  for (let i = 0; i + size <= form.length; i++) yield form.slice(i, i + size);
}

function* textGrams(text: string): Generator<string> {
  for (let i = 0; i < text.length; i++) for (let size = 1; size <= GRAM && i + size <= text.length; size++) yield text.slice(i, i + size);
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
