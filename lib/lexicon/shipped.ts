import { loadLexicons, type LoadedLexicons } from './load';
import type { Lexicon } from './schema';
import enMarketplace from '../../public/lexicons/en-marketplace.json';
import zhAdLawAbsolute from '../../public/lexicons/zh-ad-law-absolute.json';
import zhAdLawOther from '../../public/lexicons/zh-ad-law-other.json';
import zhCommerce from '../../public/lexicons/zh-commerce.json';
import zhCosmetics from '../../public/lexicons/zh-cosmetics.json';
import zhMedicalHealth from '../../public/lexicons/zh-medical-health.json';

/**
 * The lexicons shipped in public/lexicons, bundled statically (Vite inlines the JSON) and validated
 * on first use. Keep this list in step with `ls public/lexicons`.
 */
const SHIPPED_FILES: ReadonlyArray<{ source: string; data: unknown }> = [
  { source: 'en-marketplace.json', data: enMarketplace },
  { source: 'zh-ad-law-absolute.json', data: zhAdLawAbsolute },
  { source: 'zh-ad-law-other.json', data: zhAdLawOther },
  { source: 'zh-commerce.json', data: zhCommerce },
  { source: 'zh-cosmetics.json', data: zhCosmetics },
  { source: 'zh-medical-health.json', data: zhMedicalHealth },
];

let loaded: LoadedLexicons | undefined;

/** Shipped lexicons that passed validation, plus the errors of any that did not. */
export function loadShippedLexicons(): LoadedLexicons {
  loaded ??= loadLexicons(SHIPPED_FILES);
  return loaded;
}

/** File names bundled, for the check that this list matches public/lexicons. */
export function shippedSources(): string[] {
  return SHIPPED_FILES.map((f) => f.source);
}

export function shippedLexicons(): LoadedLexicons['lexicons'] {
  return loadShippedLexicons().lexicons;
}

/** True for a lexicon object loaded from the shipped files: its exception patterns are vetted native RegExps. */
export function isShippedLexicon(lexicon: Lexicon): boolean {
  return loadShippedLexicons().lexicons.includes(lexicon);
}
