import { RE2JS } from 're2js';

/**
 * User regular expressions (custom terms, subscriptions, backups, `--lexicon` files) run in RE2JS, a
 * linear-time engine: `^(a+)+$` cannot freeze a tab. Patterns RE2 cannot run in linear time
 * (backreferences, lookaround) are rejected at load with an error naming the file and the term.
 */
export interface SafePattern {
  readonly source: string;
  /** Every match of the pattern in `text` as [start, end), left to right, non-overlapping. */
  matches(text: string): Array<[number, number]>;
}

export type SafePatternResult = { ok: true; pattern: SafePattern } | { ok: false; error: string };

const MAX_SOURCE = 500;

/** Compile a user pattern (case-insensitive, like the shipped ones) or explain why it cannot be used. */
export function compileSafePattern(source: string): SafePatternResult {
  if (source.length > MAX_SOURCE) return { ok: false, error: `longer than ${MAX_SOURCE} characters` };
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { ok: false, error: `not a linear-time regular expression (${reason}); backreferences and lookaround are not supported` };
  }
  return {
    ok: true,
    pattern: {
      source,
      matches(text) {
        const out: Array<[number, number]> = [];
        const m = re.matcher(text);
        while (m.find()) {
          const start = m.start();
          const end = m.end();
          out.push([start, end]);
          if (end === start && end >= text.length) break;
        }
        return out;
      },
    },
  };
}

/**
 * The one check the importers call (backup restore, subscription import, `--lexicon`): every pattern of
 * a term, or an error sentence naming where it came from, e.g.
 * `team.json term 3 ("最佳"): exceptionPatterns[0] "^(a+)\1$" is not a linear-time regular expression …`.
 */
export function validateUserPattern(source: string, where: { file: string; term: string; field?: string }): string | null {
  const compiled = compileSafePattern(source);
  if (compiled.ok) return null;
  return `${where.file} term "${where.term}": ${where.field ?? 'pattern'} "${source}" is ${compiled.error}`;
}
