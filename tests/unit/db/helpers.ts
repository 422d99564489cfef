import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Lexicon } from '@/lib/lexicon/schema';
import { ListingLintDB } from '@/lib/db/database';
import type { Finding } from '@/lib/types';

/** A database on its own fresh in-memory IndexedDB factory. */
export function freshDb(factory: IDBFactory = new IDBFactory()): ListingLintDB {
  return new ListingLintDB({ indexedDB: factory, IDBKeyRange });
}

export { IDBFactory, IDBKeyRange };

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'absolute-term',
    severity: 'error',
    start: 0,
    end: 2,
    match: '最佳',
    message: '绝对化用语',
    basis: '《广告法》第九条第三项',
    suggestions: ['优选', ''],
    ...overrides,
  };
}

export function lexicon(version = '1.0.0', id = 'team-terms', termCount = 1): Lexicon {
  return {
    id,
    version,
    name: { zh: '团队词库', en: 'Team terms' },
    source: 'team review 2026-11',
    terms: Array.from({ length: termCount }, (_, i) => ({
      text: i === 0 ? '神效' : `词${i}`,
      variants: [],
      category: 'medical' as const,
      severity: 'error' as const,
      basis: '《广告法》第十七条',
      suggestions: [],
      exceptions: [],
      exceptionPatterns: [],
      platforms: [],
      fields: [],
      lang: 'zh' as const,
    })),
  };
}
