import type { TitleRulesData } from '../definition';

/** What the Chinese marketplaces share: 60 units with CJK counting 2, no <> and no emoji, tokenized search. */
export const CHINESE_TITLE_BASE = {
  unit: 'bytes',
  limit: 60,
  idealMin: 54,
  bannedChars: ['<', '>'],
  contextChars: [],
  banEmoji: true,
  repeatExemptWords: [],
  vagueTerms: [],
  tokenizedSearch: true,
} as const satisfies Omit<TitleRulesData, 'source' | 'checked' | 'verified'>;

/** Articles, prepositions and conjunctions Amazon exempts from the "at most twice" rule. */
export const AMAZON_REPEAT_EXEMPT = [
  'a',
  'an',
  'the',
  'and',
  'or',
  'nor',
  'but',
  'for',
  'of',
  'with',
  'in',
  'on',
  'to',
  'by',
  'at',
  'from',
  'into',
  'onto',
  'over',
  'under',
  'up',
  'as',
  'per',
  'via',
  'without',
  'about',
  'between',
  'x',
  '&',
];

/** What the word-indexed Latin-script marketplaces share: characters, no emoji, Amazon's repeat exemptions, word search. */
export const LATIN_TITLE_BASE = {
  unit: 'chars',
  bannedChars: [],
  contextChars: [],
  banEmoji: true,
  repeatExemptWords: AMAZON_REPEAT_EXEMPT,
  vagueTerms: [],
  tokenizedSearch: false,
} as const satisfies Omit<TitleRulesData, 'limit' | 'idealMin' | 'source' | 'checked' | 'verified'>;
