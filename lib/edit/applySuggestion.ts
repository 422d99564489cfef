/**
 * Fixes as typed edits (after Harper's `Suggestion::apply`): the text a finding's suggestion produces,
 * and the edit that produces it. Pure; shared by the overlay, the draft guardrail and fixture tables.
 */
import type { Finding } from '../types';

/** Replace text[start, end) with `replacement` ('' deletes). Offsets are UTF-16, end exclusive. */
export interface TextEdit {
  start: number;
  end: number;
  replacement: string;
}

export type SuggestionResult = { ok: true; text: string; edit: TextEdit } | { ok: false; reason: 'text-moved' | 'no-such-suggestion' };

export function applyTextEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.replacement + text.slice(edit.end);
}

/** Applies suggestion `index` of `finding` to `text`; refuses when the finding's characters are no longer there. */
export function applySuggestion(text: string, finding: Finding, index: number): SuggestionResult {
  const replacement = finding.suggestions[index];
  if (replacement === undefined) return { ok: false, reason: 'no-such-suggestion' };
  if (finding.start < 0 || finding.end > text.length || text.slice(finding.start, finding.end) !== finding.match) {
    return { ok: false, reason: 'text-moved' };
  }
  const edit = { start: finding.start, end: finding.end, replacement };
  return { ok: true, text: applyTextEdit(text, edit), edit };
}

/** The edit that turns the whole of `text` into `next` (a drafted variant), kept to the part that differs. */
export function replaceAllEdit(text: string, next: string): TextEdit {
  let start = 0;
  while (start < text.length && start < next.length && text[start] === next[start]) start++;
  let end = text.length;
  let nextEnd = next.length;
  while (end > start && nextEnd > start && text[end - 1] === next[nextEnd - 1]) {
    end--;
    nextEnd--;
  }
  return { start, end, replacement: next.slice(start, nextEnd) };
}
