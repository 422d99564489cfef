/** Messages of the title rules, as data keyed by rule id; zh-CN and en. */
export type TitleLocale = 'zh-CN' | 'en';
type Params = Record<string, string | number>;

export const TITLE_MESSAGES = {
  'title-length': {
    zh: '标题 {value}{unitZh}, 超出 {platform} 上限 {limit}{unitZh} ({over} 超出部分会被拒绝或截断)',
    en: 'Title is {value} {unitEn}, over the {platform} limit of {limit} ({over} over; it will be rejected or cut)',
  },
  'banned-char': {
    zh: '{platform} 标题不允许使用字符「{char}」',
    en: '{platform} titles must not contain "{char}"',
  },
  'banned-emoji': {
    zh: '{platform} 标题不允许使用表情符号「{char}」',
    en: '{platform} titles must not contain emoji ("{char}")',
  },
  'context-char': {
    zh: '「{char}」只能用于型号或度量 (如 Style #4301、<10 lb), 不能作装饰',
    en: '"{char}" is only allowed as an identifier or measurement (Style #4301, <10 lb), not as decoration',
  },
  'repeated-word-limit': {
    zh: '「{word}」出现 {count} 次, {platform} 同一词最多 {max} 次 (冠词、介词、连词除外)',
    en: '"{word}" appears {count} times; {platform} allows a word at most {max} times (articles, prepositions and conjunctions excepted)',
  },
  'repeated-word': {
    zh: '「{word}」重复 {count} 次: 搜索按词匹配, 写一次即可, 重复浪费 {waste} 个字符',
    en: '"{word}" appears {count} times; search matches it once, the repeat wastes {waste} characters',
  },
  'wasted-space': {
    zh: '多余空格, 占用字数而不参与搜索',
    en: 'Extra spaces use length and are not searched',
  },
  'wasted-symbol': {
    zh: '装饰符号「{char}」占用 {waste} 个字符且不参与搜索',
    en: 'Decorative "{char}" uses {waste} characters and is not searched',
  },
  'vague-title': {
    zh: '「{word}」是模糊描述, {platform} 会驳回只有模糊词的标题, 请写明具体商品',
    en: '"{word}" is vague; {platform} rejects vague titles — name the actual product',
  },
  'vague-only': {
    zh: '标题只有模糊词, 没有具体商品名称',
    en: 'The title has only vague words and no product name',
  },
  'core-word-late': {
    zh: '核心词「{word}」位置靠后, 建议放在标题前部 (前 {front}{unitZh} 内)',
    en: 'Core word "{word}" comes late; put it near the front (first {front} {unitEn})',
  },
  'core-word-missing': {
    zh: '标题缺少核心词「{word}」',
    en: 'The title lacks the core word "{word}"',
  },
  'keyword-missing': {
    zh: '缺少高搜索量关键词「{word}」(搜索量 {volume})',
    en: 'Missing high-volume keyword "{word}" (volume {volume})',
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
