import { fold } from './fold';

/**
 * Word-indexed search (Amazon, Shopify, eBay and the other Latin-script marketplaces): a query matches a
 * title whose words include every query word, in any order, singular or plural.
 */

const IRREGULAR: Readonly<Record<string, string>> = {
  men: 'man',
  women: 'woman',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  knives: 'knife',
  leaves: 'leaf',
  shelves: 'shelf',
};
/** Words that end in s but are not plurals. */
const NOT_PLURAL = /(ss|us|is|ics|ous|news|series|species|glasses|jeans|pants|shorts|scissors|leggings|tights|pajamas)$/;

/** Folds a word to its singular form: bottles → bottle, batteries → battery, boxes → box, men → man. */
export function singular(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (word.length <= 3 || NOT_PLURAL.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ches|shes|xes|zes|sses|oes)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("'s")) return word.slice(0, -2);
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The folded, singular words of a text, in order. */
export function wordsOf(text: string): string[] {
  return (fold(text).match(WORD) ?? []).map((word) => singular(word.replace(/['’]s$/, '').replace(/’/g, "'")));
}

export interface WordMatch {
  /** All the query's words are in the title. */
  full: boolean;
  present: string[];
  absent: string[];
}

/** Which of the query's words the title has (a title word set from `new Set(wordsOf(title))`). */
export function matchWords(titleWords: ReadonlySet<string>, query: string): WordMatch {
  const present: string[] = [];
  const absent: string[] = [];
  for (const word of new Set(wordsOf(query))) (titleWords.has(word) ? present : absent).push(word);
  return { full: present.length > 0 && absent.length === 0, present, absent };
}
