import type { Lexicon, LexiconTerm } from '../lexicon/schema';
import type { Finding } from '../types';

/** A shipped or subscribed term's stable id: `<lexicon id>:<term text>` (term texts are unique within a lexicon). */
export function termId(lexicon: Pick<Lexicon, 'id'>, term: Pick<LexiconTerm, 'text'>): string {
  return `${lexicon.id}:${term.text}`;
}

const memo = new WeakMap<readonly Lexicon[], { key: string; lexicons: Lexicon[] }>();

/**
 * The lexicons without the terms the user disabled. The result is memoized per input array and
 * disabled set, so the compliance checker (cached by lexicon identity) is not recompiled per keystroke.
 * A lexicon left with no term is dropped.
 */
export function withoutDisabledTerms(lexicons: readonly Lexicon[], disabled: readonly string[] | undefined): readonly Lexicon[] {
  if (!disabled?.length) return lexicons;
  const key = [...disabled].sort().join('\n');
  const hit = memo.get(lexicons);
  if (hit?.key === key) return hit.lexicons;
  const off = new Set(disabled);
  const filtered = lexicons.flatMap((lexicon) => {
    if (!lexicon.terms.some((term) => off.has(termId(lexicon, term)))) return [lexicon];
    const terms = lexicon.terms.filter((term) => !off.has(termId(lexicon, term)));
    return terms.length ? [{ ...lexicon, terms }] : [];
  });
  memo.set(lexicons, { key, lexicons: filtered });
  return filtered;
}

/**
 * Findings without those inside an occurrence of a disabled term: a pattern rule (最 + adjective) must not
 * bring back wording the user switched off as a lexicon term (最低价).
 */
export function withoutDisabledMatches(text: string, findings: Finding[], disabled: readonly string[] | undefined): Finding[] {
  if (!disabled?.length || findings.length === 0) return findings;
  const spans: Array<[number, number]> = [];
  for (const id of disabled) {
    const term = id.slice(id.indexOf(':') + 1);
    if (term === '') continue;
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) spans.push([at, at + term.length]);
  }
  if (spans.length === 0) return findings;
  return findings.filter((finding) => !spans.some(([start, end]) => finding.start < end && finding.end > start));
}
