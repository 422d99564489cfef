/**
 * Realistic seller copy dense with findings (about one per 100 characters), for the overlay
 * benchmark: detail-page sentences of the kind sellers paste, each carrying one term from the
 * shipped lexicons (absolute terms, medical and cosmetics claims, price claims), in rotation.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const SENTENCES = [
  '这款双层真空保温杯{t}，内胆采用食品级304不锈钢，杯盖带硅胶密封圈，装满热水倒置摇晃也不漏，适合上班通勤和户外露营随身携带。',
  '面料选用新疆长绒棉，{t}，经过预缩水处理，洗后不易变形起球，亲肤透气不闷汗，春夏秋三季都能穿，宽松版型遮肉显瘦，男女同款。',
  '店铺承诺七天无理由退换，{t}，顺丰包邮次日达，收到货后如有任何质量问题请联系在线客服，我们会第一时间为您处理，售后无忧。',
  '精选高山云雾绿茶，{t}，采摘一芽一叶，传统手工杀青炒制，汤色清亮回甘持久，独立小袋包装方便冲泡，办公室和送礼都很合适。',
  '宝宝餐椅可调节三档高度，{t}，圆角设计防磕碰，餐盘可拆卸整体水洗，五点式安全带牢固安全，适合六个月到六岁的宝宝使用。',
  '这款面霜质地轻薄好推开，{t}，添加神经酰胺和玻尿酸，上脸迅速吸收不油腻，适合干皮和混合皮在秋冬换季时日常使用。',
  '家用智能电饭煲容量四升，{t}，预约定时随心设置，一键快煮三十分钟出饭，不粘内胆好清洗，适合三到六口之家每天做饭。',
];

interface LexiconFile {
  terms: { text: string; lang?: string; exceptionPatterns?: string[]; exceptions?: string[] }[];
}

/** Terms from the shipped Chinese lexicons (plain ones: no exception patterns that could clear them in these sentences). */
export function shippedTerms(): string[] {
  const dir = path.resolve('public/lexicons');
  const files = ['zh-ad-law-absolute.json', 'zh-ad-law-other.json', 'zh-commerce.json', 'zh-medical-health.json', 'zh-cosmetics.json'];
  return files.flatMap((file) => {
    const lexicon = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as LexiconFile;
    return lexicon.terms.filter((term) => term.lang !== 'en' && !term.exceptionPatterns?.length && !term.exceptions?.length).map((term) => term.text);
  });
}

/** Copy of about `length` characters, paragraphs of three sentences, one lexicon term per sentence. */
export function denseCopy(length: number, options: { paragraphs?: boolean } = {}): string {
  const terms = shippedTerms();
  let out = '';
  let i = 0;
  while (out.length < length) {
    const term = terms[(i * 7) % terms.length]!;
    // Two sentences in three carry a term: about one finding per 100 characters with the hits the sentences make themselves.
    out += SENTENCES[i % SENTENCES.length]!.replace('{t}', i % 3 === 2 ? '品质可靠' : term);
    i += 1;
    if (options.paragraphs !== false && i % 3 === 0) out += '\n';
  }
  return out.slice(0, length);
}
