import type { Finding } from '../types';
import { PLATFORM_LABELS, type PlatformTitleRules } from '../platforms/rules';
import { measureWith, overflowOffset, widthOf, measureText } from './length';
import { lengthPhrase, titleMessage, usagePhrase, type TitleLocale } from './messages';
import { segmentTitle, type WordDictionary } from './tokenize';

/** Rules about the title's form (length, characters, repeats, waste, vagueness), each a Finding. */
export interface CheckContext {
  rules: PlatformTitleRules;
  locale: TitleLocale;
  dictionary: WordDictionary;
}

const label = (rules: PlatformTitleRules, locale: TitleLocale): string => PLATFORM_LABELS[rules.platform][locale === 'en' ? 'en' : 'zh'];

const BASIS = (rules: PlatformTitleRules): string => rules.source.split(':')[0] ?? rules.source;

function finding(
  title: string,
  ruleId: string,
  severity: Finding['severity'],
  start: number,
  end: number,
  message: string,
  rules: PlatformTitleRules,
  suggestions: string[] = [],
): Finding {
  return { ruleId, severity, start, end, match: title.slice(start, end), message, basis: BASIS(rules), suggestions };
}

export function checkLength(title: string, { rules, locale }: CheckContext): Finding[] {
  const length = measureWith(title, rules);
  if (!length.over) return [];
  const start = overflowOffset(title, rules.unit, rules.limit);
  const message = titleMessage('title-length', locale, {
    used: usagePhrase(length.value, rules.limit, rules.unit, locale),
    over: lengthPhrase(length.value - rules.limit, rules.unit, locale),
    platform: label(rules, locale),
  });
  return [finding(title, 'title-length', 'error', start, title.length, message, rules)];
}

const EMOJI = /\p{Extended_Pictographic}(?:\p{EMod}|\ufe0f|\u200d\p{Extended_Pictographic})*\ufe0f?/gu;
const REGIONAL_FLAG = /[\u{1f1e6}-\u{1f1ff}]{2}/gu;

/** Where Amazon allows ~ # < > *: identifiers and measurements, not decoration. */
function contextCharAllowed(title: string, i: number): boolean {
  const ch = title[i];
  const prev = title[i - 1] ?? '';
  const next = title[i + 1] ?? '';
  const prevNonSpace = title.slice(0, i).trimEnd().slice(-1);
  const nextNonSpace = title.slice(i + 1).trimStart()[0] ?? '';
  switch (ch) {
    case '#':
      return /[A-Za-z0-9]/.test(next) && prev !== '#';
    case '<':
    case '>':
      // "<10 lb", "> 5 years": a comparison before a number, not "<<" or "<>" decoration.
      return /[0-9]/.test(nextNonSpace) && !/[<>]/.test(prev) && !/[<>]/.test(next);
    case '*':
    case '~':
      return /[0-9]/.test(prevNonSpace) && /[0-9]/.test(nextNonSpace);
    default:
      return false;
  }
}

export function checkCharacters(title: string, { rules, locale }: CheckContext): { findings: Finding[]; banned: string[] } {
  const findings: Finding[] = [];
  const banned = new Set<string>();
  const bannedSet = new Set(rules.bannedChars);
  const contextSet = new Set(rules.contextChars);
  for (let i = 0; i < title.length; i++) {
    const ch = title[i] ?? '';
    if (bannedSet.has(ch)) {
      banned.add(ch);
      findings.push(
        finding(title, 'banned-char', 'error', i, i + 1, titleMessage('banned-char', locale, { char: ch, platform: label(rules, locale) }), rules, ['']),
      );
    } else if (contextSet.has(ch) && !contextCharAllowed(title, i)) {
      banned.add(ch);
      findings.push(finding(title, 'banned-char', 'warning', i, i + 1, titleMessage('context-char', locale, { char: ch }), rules, ['']));
    }
  }
  if (rules.banEmoji) {
    for (const re of [EMOJI, REGIONAL_FLAG]) {
      for (const m of title.matchAll(re)) {
        const char = m[0];
        // Digits and # are Extended_Pictographic-free; ©® are pictographic but text-like: leave them to compliance.
        if (/^[©®™]$/.test(char)) continue;
        banned.add(char);
        findings.push(
          finding(
            title,
            'banned-char',
            'error',
            m.index,
            m.index + char.length,
            titleMessage('banned-emoji', locale, { char, platform: label(rules, locale) }),
            rules,
            [''],
          ),
        );
      }
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, banned: [...banned] };
}

export interface RepeatedWord {
  word: string;
  count: number;
}

export function checkRepeats(title: string, { rules, locale, dictionary }: CheckContext): { findings: Finding[]; repeated: RepeatedWord[] } {
  const exempt = new Set(rules.repeatExemptWords.map((w) => w.toLowerCase()));
  const occurrences = new Map<string, { start: number; end: number }[]>();
  for (const token of segmentTitle(title, dictionary)) {
    if (exempt.has(token.text) || /^[\d.]+$/.test(token.text)) continue;
    // Advisory repeats (no platform maximum) only for words worth repeating: 2+ Han or 3+ letters.
    if (rules.maxWordRepeats === undefined && (token.cjk ? token.text.length < 2 : token.text.length < 3)) continue;
    const list = occurrences.get(token.text);
    if (list) list.push({ start: token.start, end: token.end });
    else occurrences.set(token.text, [{ start: token.start, end: token.end }]);
  }
  const findings: Finding[] = [];
  const repeated: RepeatedWord[] = [];
  const max = rules.maxWordRepeats ?? 1;
  for (const [word, list] of occurrences) {
    if (list.length <= max) continue;
    repeated.push({ word, count: list.length });
    for (const occ of list.slice(max)) {
      const message =
        rules.maxWordRepeats !== undefined
          ? titleMessage('repeated-word-limit', locale, { word, count: list.length, max, platform: label(rules, locale) })
          : titleMessage('repeated-word', locale, {
              word,
              count: list.length,
              waste: lengthPhrase(measureText(title.slice(occ.start, occ.end), rules.unit), rules.unit, locale),
            });
      findings.push(finding(title, 'repeated-word', rules.maxWordRepeats !== undefined ? 'error' : 'info', occ.start, occ.end, message, rules, ['']));
    }
  }
  findings.sort((a, b) => a.start - b.start);
  return { findings, repeated };
}

const DECORATIVE = /[【】〔〕〖〗『』「」★☆◆◇●○■□▲△▼▽♥♡❤✔✓✅→←↑↓♪♫✨❀✿※◎]+/gu;

export function checkWaste(title: string, { rules, locale }: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const m of title.matchAll(/^\s+|\s+$|\s{2,}/g)) {
    const edge = m.index === 0 || m.index + m[0].length === title.length;
    findings.push(finding(title, 'wasted-chars', 'info', m.index, m.index + m[0].length, titleMessage('wasted-space', locale, {}), rules, [edge ? '' : ' ']));
  }
  for (const m of title.matchAll(DECORATIVE)) {
    const waste = rules.unit === 'bytes' ? widthOf(m[0]) : measureText(m[0], rules.unit);
    const end = m.index + m[0].length;
    // Between two words a symbol was a separator: keep a space; at an edge or beside a space, delete.
    const separator = m.index > 0 && end < title.length && !/\s/.test(title[m.index - 1] ?? '') && !/\s/.test(title[end] ?? '');
    findings.push(
      finding(
        title,
        'wasted-chars',
        'info',
        m.index,
        end,
        titleMessage('wasted-symbol', locale, { char: m[0], waste: lengthPhrase(waste, rules.unit, locale) }),
        rules,
        [separator ? ' ' : ''],
      ),
    );
  }
  findings.sort((a, b) => a.start - b.start);
  return findings;
}

export function checkVague(title: string, { rules, locale }: CheckContext): Finding[] {
  if (rules.vagueTerms.length === 0) return [];
  const findings: Finding[] = [];
  let rest = title;
  for (const term of rules.vagueTerms) {
    let from = 0;
    for (let at = title.indexOf(term, from); at >= 0; at = title.indexOf(term, from)) {
      findings.push(
        finding(
          title,
          'vague-title',
          'warning',
          at,
          at + term.length,
          titleMessage('vague-title', locale, { word: term, platform: label(rules, locale) }),
          rules,
        ),
      );
      from = at + term.length;
    }
    rest = rest.split(term).join('');
  }
  if (findings.length > 0 && (rest.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) {
    findings.push(finding(title, 'vague-title', 'error', 0, title.length, titleMessage('vague-only', locale, {}), rules));
  }
  findings.sort((a, b) => a.start - b.start);
  return findings;
}
