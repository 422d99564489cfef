import { findingGroup } from '../report/labels';
import { severityRank, type Finding } from '../types';

/** A stretch of pasted text: plain, or one finding's match. */
export interface Segment {
  text: string;
  finding?: Finding;
}

/** Splits the text at the findings (the first of overlapping ones wins), for highlighting as text spans. */
export function highlightSegments(text: string, findings: readonly Finding[]): Segment[] {
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const finding of ordered) {
    if (finding.start < cursor || finding.end <= finding.start) continue;
    if (finding.start > cursor) segments.push({ text: text.slice(cursor, finding.start) });
    segments.push({ text: text.slice(finding.start, finding.end), finding });
    cursor = finding.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor) });
  return segments;
}

/** Every occurrence of one matched text, with the suggestions its findings offer. */
export interface HitTerm {
  match: string;
  findings: Finding[];
  suggestions: string[];
}

export interface HitGroup {
  group: string;
  severity: Finding['severity'];
  terms: HitTerm[];
  count: number;
}

/** Hits grouped by type (category or rule), worst first, each group's terms by count. */
export function groupHits(findings: readonly Finding[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const finding of findings) {
    const key = findingGroup(finding);
    const group = groups.get(key) ?? { group: key, severity: finding.severity, terms: [], count: 0 };
    if (severityRank(finding.severity) < severityRank(group.severity)) group.severity = finding.severity;
    let term = group.terms.find((t) => t.match === finding.match);
    if (!term) group.terms.push((term = { match: finding.match, findings: [], suggestions: [] }));
    term.findings.push(finding);
    for (const s of finding.suggestions) if (!term.suggestions.includes(s)) term.suggestions.push(s);
    group.count += 1;
    groups.set(key, group);
  }
  for (const group of groups.values()) group.terms.sort((a, b) => b.findings.length - a.findings.length || a.match.localeCompare(b.match));
  return [...groups.values()].sort((a, b) => severityRank(a.severity) - severityRank(b.severity) || b.count - a.count);
}

/** Replaces each finding's span with the replacement ('' deletes), right to left so offsets hold; overlaps are skipped. */
export function replaceAll(text: string, findings: readonly Pick<Finding, 'start' | 'end'>[], replacement: string): { text: string; replaced: number } {
  const ordered = [...findings].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  let replaced = 0;
  for (const { start, end } of ordered) {
    if (end > limit || end <= start || end > text.length) continue;
    out = out.slice(0, start) + replacement + out.slice(end);
    limit = start;
    replaced += 1;
  }
  return { text: out, replaced };
}
