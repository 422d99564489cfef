import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkText, type ProductCategory } from '../../../lib/compliance';
import type { Platform } from '../../../lib/types';
import { Scoreboard } from './table/score';

/**
 * Public-list carrier test: every genuine term of three public 广告法 / Amazon prohibited-term lists
 * (tests/fixtures/public-lists, with source and license) is put into neutral carrier sentences; the
 * checker must flag each carrier. Entries that are not a violation on their own are listed, with the
 * reason, in exclusions.json and not put into carriers. Any finding counts as caught (info findings are shown to the seller too).
 */
interface PublicList {
  name: string;
  source: string;
  groups: Record<string, string[]>;
}
interface Exclusions {
  reasons: Record<string, string>;
  excluded: Record<string, string>;
}

const dir = new URL('../../fixtures/public-lists/', import.meta.url);
const read = <T>(file: string): T => JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as T;
const lists: Array<{ file: string; list: PublicList; lang: 'zh' | 'en' }> = [
  { file: 'adlaw-jd-dr.json', list: read<PublicList>('adlaw-jd-dr.json'), lang: 'zh' },
  { file: 'adlaw-medishare.json', list: read<PublicList>('adlaw-medishare.json'), lang: 'zh' },
  { file: 'amazon-nurise-sop801.json', list: read<PublicList>('amazon-nurise-sop801.json'), lang: 'en' },
];
const exclusions = read<Exclusions>('exclusions.json');

const ZH_CARRIERS = ['这款保温杯{t}，送礼自用都合适', '店里{t}的纯棉四件套'];
const EN_CARRIERS = ['{t} stainless steel water bottle', 'This water bottle is {t} for daily use'];
/** Disease names are claims where a product is said to be for them (Amazon: supplements). */
const EN_DISEASE_CARRIERS = ['Herbal supplement for {t}', 'Daily gummies that support {t} recovery'];

interface Carrier {
  list: string;
  group: string;
  term: string;
  text: string;
  platform?: Platform;
  category?: ProductCategory;
}

const carriers: Carrier[] = [];
const excludedSeen = new Set<string>();
for (const { file, list, lang } of lists) {
  for (const [group, terms] of Object.entries(list.groups)) {
    for (const term of new Set(terms)) {
      if (exclusions.excluded[term] !== undefined) {
        excludedSeen.add(term);
        continue;
      }
      const disease = lang === 'en' && group === 'Diseases';
      const templates = lang === 'zh' ? ZH_CARRIERS : disease ? EN_DISEASE_CARRIERS : EN_CARRIERS;
      for (const template of templates) {
        carriers.push({
          list: file,
          group,
          term,
          text: template.replace('{t}', term),
          platform: lang === 'en' ? 'amazon' : undefined,
          category: disease ? 'health-food' : undefined,
        });
      }
    }
  }
}

const board = new Scoreboard();
const misses: string[] = [];

describe('public-list carrier test', () => {
  it('documents a reason for every excluded entry', () => {
    for (const term of excludedSeen) expect(exclusions.reasons[exclusions.excluded[term] ?? ''], term).toBeTruthy();
  });

  it('catches the genuine terms of every list', () => {
    for (const c of carriers) {
      const findings = checkText(c.text, { platform: c.platform, category: c.category });
      const caught = findings.length > 0;
      board.add(`${c.list.replace('.json', '')}: ${c.group}`, true, caught);
      if (!caught) misses.push(`${c.list} [${c.group}] ${c.text}`);
    }
    const { recall } = board.get('all');
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  afterAll(() => {
    console.log(
      `\n${board.format(`Carrier test: ${carriers.length} carriers of ${new Set(carriers.map((c) => c.term)).size} terms (${excludedSeen.size} entries excluded, see exclusions.json) — recall = catch rate`)}`,
    );
    if (misses.length > 0) console.log(`\nMissed carriers:\n${misses.join('\n')}`);
  });
});
