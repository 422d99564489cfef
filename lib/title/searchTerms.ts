import type { Finding } from '../types';
import { PLATFORM_RULES } from '../platforms/rules';
import { utf8Bytes } from './length';

/**
 * Amazon backend search terms: under 250 bytes of UTF-8 (a Chinese character is 3 bytes), and a
 * word indexed once is enough — words repeated in the field or already in the title only use bytes.
 */
export interface SearchTermsReport {
  bytes: number;
  limit: number;
  over: boolean;
  findings: Finding[];
}

const BASIS = 'Amazon Seller Central: search terms under 250 bytes';

function utf8OverflowOffset(text: string, limit: number): number {
  let used = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    used += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (used > limit) return i;
    i += code > 0xffff ? 2 : 1;
  }
  return text.length;
}

export function auditSearchTerms(terms: string, options: { title?: string; limit?: number } = {}): SearchTermsReport {
  const limit = options.limit ?? PLATFORM_RULES.amazon.searchTermsMaxBytes ?? 250;
  const bytes = utf8Bytes(terms);
  const findings: Finding[] = [];
  if (bytes > limit) {
    const start = utf8OverflowOffset(terms, limit);
    findings.push({
      ruleId: 'search-terms-length',
      severity: 'error',
      start,
      end: terms.length,
      match: terms.slice(start),
      message: `Search terms are ${bytes} bytes; Amazon indexes at most ${limit} (UTF-8: a Chinese character is 3 bytes)`,
      basis: BASIS,
      suggestions: [],
    });
  }
  const inTitle = new Set((options.title ?? '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const seen = new Set<string>();
  for (const m of terms.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = m[0].toLowerCase();
    const reason = seen.has(word) ? 'is repeated' : inTitle.has(word) ? 'is already in the title' : null;
    seen.add(word);
    if (!reason) continue;
    findings.push({
      ruleId: 'search-terms-repeat',
      severity: 'info',
      start: m.index,
      end: m.index + m[0].length,
      match: m[0],
      message: `"${m[0]}" ${reason}; one indexed occurrence is enough`,
      basis: BASIS,
      suggestions: [''],
    });
  }
  findings.sort((a, b) => a.start - b.start);
  return { bytes, limit, over: bytes > limit, findings };
}
