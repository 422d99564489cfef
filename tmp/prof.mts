import { compileChecker } from '/work/wt/files/lib/compliance';
import { loadShippedLexicons } from '/work/wt/files/lib/lexicon/shipped';
const lexicons = loadShippedLexicons().lexicons;
const terms = Array.from({ length: 60000 }, (_, i) => ({ text: `自定义禁用词${i}`, severity: 'warning' as const }));
const t0 = performance.now();
compileChecker({ lexicons, customTerms: terms, allow: [] });
console.log('60k compile', performance.now() - t0);
