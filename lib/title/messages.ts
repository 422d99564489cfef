/** Messages of the title rules, as data keyed by rule id; zh-CN and en. */
export type TitleLocale = 'zh-CN' | 'en';
type Params = Record<string, string | number>;

export const TITLE_MESSAGES = {
  'title-length': {
    zh: '标题已用 {used}，超出{platform}上限 {over}，超出部分会被拒绝或截断。',
    en: 'The title uses {used}, {over} over the {platform} limit; the rest will be rejected or cut.',
  },
  'banned-char': {
    zh: '{platform}标题不能使用“{char}”。',
    en: '{platform} titles must not contain "{char}".',
  },
  'banned-emoji': {
    zh: '{platform}标题不能使用表情符号“{char}”。',
    en: '{platform} titles must not contain emoji ("{char}").',
  },
  'context-char': {
    zh: '“{char}”只能用在型号或度量里（如 Style #4301、<10 lb），不能当装饰。',
    en: '"{char}" is only allowed in an identifier or a measurement (Style #4301, <10 lb), not as decoration.',
  },
  'repeated-word-limit': {
    zh: '“{word}”出现了 {count} 次，{platform}同一个词最多用 {max} 次（冠词、介词、连词除外）。',
    en: '"{word}" appears {count} times; {platform} allows a word at most {max} times (articles, prepositions and conjunctions excepted).',
  },
  'repeated-word': {
    zh: '“{word}”重复了 {count} 次：搜索只认一次，多写的占了 {waste}。',
    en: '"{word}" appears {count} times; search counts it once, and the repeats use {waste}.',
  },
  'wasted-space': {
    zh: '多余的空格占字数，但不参与搜索。',
    en: 'Extra spaces use length and are not searched.',
  },
  'wasted-symbol': {
    zh: '装饰符号“{char}”占了 {waste}，也不参与搜索。',
    en: 'The decorative "{char}" uses {waste} and is not searched.',
  },
  'vague-title': {
    zh: '“{word}”太笼统，{platform}会驳回只有笼统词的标题，请写明具体是什么商品。',
    en: '"{word}" is vague; {platform} rejects vague titles, so name the actual product.',
  },
  'vague-only': {
    zh: '标题只有笼统的词，没有具体商品名称。',
    en: 'The title has only vague words and no product name.',
  },
  'core-word-late': {
    zh: '核心词“{word}”太靠后，建议放进标题的前 {front}。',
    en: 'The core word "{word}" comes late; put it in the first {front}.',
  },
  'core-word-missing': {
    zh: '标题里没有核心词“{word}”。',
    en: 'The title lacks the core word "{word}".',
  },
  'keyword-missing': {
    zh: '还没用上热搜词“{word}”（搜索量 {volume}）。',
    en: 'Not yet using the high-volume keyword "{word}" (volume {volume}).',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type TitleMessageId = keyof typeof TITLE_MESSAGES;

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function titleMessage(id: TitleMessageId, locale: TitleLocale, params: Params): string {
  const entry = TITLE_MESSAGES[id];
  return fill(locale === 'en' ? entry.en : entry.zh, params);
}

/** Both languages, for score reasons. */
export function bilingual(zh: string, en: string, params: Params): { zh: string; en: string } {
  return { zh: fill(zh, params), en: fill(en, params) };
}

/**
 * A length in the unit sellers think in. Chinese back offices count bytes (CJK 2, Latin and digits 1)
 * but sellers count 字, with Latin letters and digits as half a 字: 57 bytes → "28.5 字".
 */
export function lengthPhrase(value: number, unit: 'bytes' | 'chars', locale: TitleLocale): string {
  if (unit === 'bytes') {
    const zi = value / 2;
    const text = Number.isInteger(zi) ? String(zi) : zi.toFixed(1);
    return locale === 'en' ? `${text} characters` : `${text} 字`;
  }
  return locale === 'en' ? `${value} ${value === 1 ? 'character' : 'characters'}` : `${value} 个字符`;
}

/** "28/30 字" or "76/200 characters": used over limit in the seller's unit. */
export function usagePhrase(value: number, limit: number, unit: 'bytes' | 'chars', locale: TitleLocale): string {
  const [used, max] = unit === 'bytes' ? [value / 2, limit / 2] : [value, limit];
  const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
  if (unit === 'bytes')
    return locale === 'en'
      ? `${format(used)}/${format(max)} characters (Latin letters and digits count half)`
      : `${format(used)}/${format(max)} 字（英文和数字算半个字）`;
  return locale === 'en' ? `${used}/${max} characters` : `${used}/${max} 个字符`;
}
