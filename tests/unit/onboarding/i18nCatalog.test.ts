import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatDateTime, translator } from '@/lib/i18n';
import { en, zhCN } from '@/lib/i18n/messages';

const CJK = /[\u3400-\u9fff\u3000-\u303f\uff01-\uff5e]/;

describe('plurals and dates', () => {
  it('English picks one/other with Intl.PluralRules; Chinese has no plural forms', () => {
    const t = translator('en');
    expect(t('popup.fields', { count: 1 })).toBe('1 field found');
    expect(t('popup.fields', { count: 0 })).toBe('0 fields found');
    expect(t('popup.fields', { count: 1234 })).toBe('1,234 fields found');
    expect(t('popup.findings', { error: 1, warning: 2, info: 0 })).toBe('1 violation · 2 risks · 0 notes');
    expect(t('lexicons.terms', { count: 1 })).toBe('1 term');
    expect(translator('zh-CN')('popup.fields', { count: 1 })).toBe('识别到 1 个字段');
  });

  it('leaves a plural visible when its number is missing, so a missing parameter is noticed', () => {
    expect(translator('en')('popup.fields', {})).toContain('{count, plural');
  });

  it('formats dates in the chosen language', () => {
    const time = Date.UTC(2026, 11, 2, 6, 5);
    expect(formatDateTime('en', time)).toMatch(/Dec 2, 2026/);
    expect(formatDateTime('zh-CN', time)).toMatch(/2026年12月2日/);
  });
});

/** Words that stay as they are in Chinese UI text: names, formats, units, framework acronyms (single letters are key shortcuts). */
const LATIN_IN_CHINESE = new Set([
  'ListingLint',
  'OpenAI',
  'DeepSeek',
  'Qwen',
  'Moonshot',
  'Ollama',
  'Shopify',
  'API',
  'URL',
  'JSON',
  'CSV',
  'TSV',
  'HTML',
  'PDF',
  'Markdown',
  'Helium',
  'keyword',
  'Search',
  'Volume',
  'KB',
  'ms',
  'v',
  's',
  'JD',
  'Amazon',
  'SKU',
  'Key',
  'ID',
  'PDD',
  'Excel',
  'UTF',
  'GB',
  'BOM',
  'AI',
  'GPT',
  'AIDA',
  'FAB',
  'Base',
  'sha',
  'https',
  'MiB',
  'MB',
  'Ctrl',
  'Alt',
  'Shift',
  'Esc',
  'GBK',
  'Big',
  'JIS',
]);

describe('the catalogue', () => {
  it('has no Chinese in English strings', () => {
    const offenders = Object.entries(en).filter(([, value]) => CJK.test(value));
    // Literal names a user sees in their own files: the 生意参谋 export and its column headers.
    const literal = new Set(['keywords.hint']);
    expect(offenders.filter(([key]) => !literal.has(key))).toEqual([]);
  });

  it('has no English words in Chinese strings beyond names, formats and units', () => {
    const offenders: string[] = [];
    for (const [key, value] of Object.entries(zhCN)) {
      const text = value.replace(/\{[^{}]*\}/g, '');
      for (const word of text.match(/[A-Za-z]+/g) ?? []) if (word.length > 1 && !LATIN_IN_CHINESE.has(word)) offenders.push(`${key}: ${word}`);
    }
    expect(offenders).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const names = (value: string) => [...value.matchAll(/\{(\w+)[,}]/g)].map((match) => match[1]).sort();
    const differing = (Object.keys(zhCN) as (keyof typeof zhCN)[]).filter((key) => names(zhCN[key]).join() !== names(en[key]).join());
    expect(differing).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sourceFiles(file) : /\.tsx$/.test(name) ? [file] : [];
  });
}

describe('extension pages', () => {
  it('hard-code no Chinese UI text outside the catalogue (comments and language names aside)', () => {
    const offenders: string[] = [];
    for (const file of [
      ...sourceFiles('components/popup'),
      ...sourceFiles('components/onboarding'),
      'components/options/Dashboard.tsx',
      'components/options/LexiconsSection.tsx',
      'components/options/LexiconBrowser.tsx',
    ]) {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/<option value="zh-CN" lang="zh-CN">\s*简体中文\s*<\/option>/g, '');
      for (const line of code.split('\n')) if (CJK.test(line)) offenders.push(`${file}: ${line.trim()}`);
    }
    expect(offenders).toEqual([]);
  });
});
