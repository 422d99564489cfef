import type { TermCategory } from '../lexicon/schema';

/** Locales of compliance messages. */
export type ComplianceLocale = 'zh-CN' | 'en';

export interface ComplianceRule {
  id: string;
  /** `{match}` is the text as typed, `{term}` the lexicon's canonical form. */
  messages: Record<ComplianceLocale, string>;
}

/** One rule per lexicon category: the ruleId a finding carries and its default message. */
export const COMPLIANCE_RULES: Record<TermCategory, ComplianceRule> = {
  absolute: {
    id: 'absolute-term',
    messages: { 'zh-CN': '“{match}”属于绝对化用语，广告中不得使用', en: '"{match}" is an absolute claim, which advertising must not use' },
  },
  'state-authority': {
    id: 'state-authority',
    messages: { 'zh-CN': '“{match}”使用了国家机关或国家机关工作人员的名义、形象', en: '"{match}" uses the name or image of a state agency or official' },
  },
  superstition: {
    id: 'superstition',
    messages: { 'zh-CN': '“{match}”含有封建迷信内容', en: '"{match}" is superstitious content' },
  },
  medical: {
    id: 'medical-claim',
    messages: {
      'zh-CN': '“{match}”是医疗用语；非药品、非医疗器械不得宣称疾病预防或治疗功能',
      en: '"{match}" is a medical claim; products that are not drugs or devices must not claim to prevent or treat disease',
    },
  },
  'health-food': {
    id: 'health-food-claim',
    messages: { 'zh-CN': '“{match}”暗示保健功能，普通食品不得宣传', en: '"{match}" implies a health function, which ordinary food must not claim' },
  },
  cosmetics: {
    id: 'cosmetics-claim',
    messages: { 'zh-CN': '“{match}”是化妆品禁止使用的宣称用语', en: '"{match}" is a claim cosmetics labels and ads must not make' },
  },
  trademark: {
    id: 'trademark-claim',
    messages: {
      'zh-CN': '“{match}”：不得将“驰名商标”字样用于商品、包装或广告宣传',
      en: '"{match}": the words "well-known trademark" must not appear on goods, packaging or ads',
    },
  },
  'quality-cert': {
    id: 'quality-cert',
    messages: { 'zh-CN': '“{match}”：质量或认证宣称须真实并有证明', en: '"{match}": quality and certification claims need proof' },
  },
  urgency: {
    id: 'false-urgency',
    messages: { 'zh-CN': '“{match}”制造紧迫感或诱导购买，可能构成虚假宣传', en: '"{match}" creates urgency that may be false advertising' },
  },
  price: {
    id: 'price-claim',
    messages: {
      'zh-CN': '“{match}”：价格比较须有真实依据，否则可能构成价格欺诈',
      en: '"{match}": price comparisons need a true reference price, or they may be price fraud',
    },
  },
  'marketplace-restricted': {
    id: 'marketplace-restricted',
    messages: { 'zh-CN': '“{match}”是平台限制使用的宣称', en: '"{match}" is a claim the marketplace restricts' },
  },
  promotional: {
    id: 'promotional-phrase',
    messages: { 'zh-CN': '“{match}”是促销用语，平台不允许用在此处', en: '"{match}" is a promotional phrase the marketplace does not allow here' },
  },
  'pesticide-claim': {
    id: 'pesticide-claim',
    messages: {
      'zh-CN': '“{match}”属于抗菌、杀菌类宣称，需有相应登记（如美国 EPA 农药登记）',
      en: '"{match}" is a pesticidal claim (antibacterial, antimicrobial…) that needs registration (EPA FIFRA)',
    },
  },
  disparagement: {
    id: 'disparagement',
    messages: {
      'zh-CN': '“{match}”贬低或影射其他经营者的商品，违反广告法第十三条',
      en: '"{match}" disparages other sellers\' goods (Advertising Law art. 13)',
    },
  },
  custom: {
    id: 'custom-term',
    messages: { 'zh-CN': '“{match}”在你的自定义词表中', en: '"{match}" is on your custom term list' },
  },
};

const templateParts = new Map<string, string[]>();

/** Fill `{match}` and `{term}`; templates are split once and cached, as this runs for every finding. */
export function fillMessage(template: string, values: { match: string; term: string }): string {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/(\{match\}|\{term\})/);
    if (templateParts.size > 10_000) templateParts.clear();
    templateParts.set(template, parts);
  }
  let out = '';
  for (const part of parts) out += part === '{match}' ? values.match : part === '{term}' ? values.term : part;
  return out;
}
