import { describe, expect, it } from 'vitest';
import { checkText } from '../../../lib/compliance';
import type { FieldRole, TermCategory } from '../../../lib/lexicon/schema';
import type { Platform, Severity } from '../../../lib/types';
import type { ProductCategory } from '../../../lib/compliance/productCategory';
import { loadDiskLexicons } from './diskLexicons';

/**
 * The shipped lexicons as a fixture table, ESLint RuleTester style: `valid` texts stay silent (no finding
 * at all, info included), `invalid` texts produce the named term. Every false positive a seller reports
 * becomes a `valid` row before the data is fixed.
 */
interface Where {
  platform?: Platform;
  field?: FieldRole;
  productCategory?: ProductCategory;
}
interface ValidRow extends Where {
  text: string;
}
interface InvalidRow extends Where {
  text: string;
  term: string;
  category: TermCategory;
  severity: Severity;
  /** The exact characters underlined, when the row is about offsets (evasions, variants). */
  match?: string;
}

const AMAZON_TITLE: Where = { platform: 'amazon', field: 'title' };
const COSMETICS: Where = { productCategory: 'cosmetics' };

const valid: ValidRow[] = [
  // time, sequence, specs and usage hints (SAMR 2023 guideline)
  { text: '最近上新' },
  { text: '第一次使用请先清洗' },
  { text: '第一步：打开包装' },
  { text: '下单后第一时间发货' },
  { text: '第一眼就爱上的配色' },
  { text: '第一代产品已停产' },
  { text: '第1次购买享赠品' },
  { text: '第10代酷睿处理器' },
  { text: '最后一天' },
  { text: '最初的味道' },
  { text: '最大功率2000W' },
  { text: '最大承重150kg' },
  { text: '最高温度可达200℃' },
  { text: '最高支持4K输出' },
  { text: '最高立减50元' },
  { text: '最多可容纳6人' },
  { text: '最佳赏味期30天' },
  { text: '最好在阴凉干燥处保存' },
  { text: '开封后最好吃完' },
  { text: '建议最好用温水清洗' },
  { text: '最快次日达' },
  // goals, philosophy, self-criticism, names (SAMR 2023 guideline)
  { text: '客户第一，服务至上' },
  { text: '质量第一' },
  { text: '我们始终追求卓越、做到最好' },
  { text: '唯一的缺点是颜色较少' },
  { text: '最强大脑同款积木' },
  { text: '国家一级演员倾情朗读' },
  { text: '至尊版礼盒' },
  { text: '冰丝防晒衣' },
  // grades under national standards
  { text: '特级初榨橄榄油' },
  { text: '一级能效' },
  { text: '国标一级大米' },
  { text: '特级铁观音' },
  { text: '一等品' },
  // the character, not the claim
  { text: '纯银首饰' },
  { text: '首饰收纳盒' },
  { text: '首尔直邮' },
  { text: '首页推荐位' },
  { text: '新品首发' },
  { text: '北极绒保暖内衣' },
  { text: '南极人睡衣' },
  { text: '极简风' },
  { text: '极光绿配色' },
  { text: '低频电极片' },
  { text: '高级灰' },
  { text: '高级感穿搭' },
  { text: '数字万能表' },
  { text: '万能胶水' },
  { text: '万能充电器' },
  { text: '万能转换插头' },
  { text: '绝对值编码器' },
  { text: '绝对湿度传感器' },
  { text: '绝对伏特加' },
  { text: '钕铁硼永久磁铁' },
  { text: '永久自行车' },
  { text: '产品唯一识别码' },
  { text: '百分百纯棉T恤' },
  { text: '100%纯棉' },
  { text: '产自国家级自然保护区' },
  { text: '包裹已到达转运中心' },
  { text: '有机玻璃展示盒' },
  { text: '有机硅胶垫' },
  { text: '非转基因大豆油' },
  { text: '12V降压模块' },
  { text: '内增高小白鞋' },
  { text: '增高鞋垫' },
  { text: '防脱落挂钩' },
  { text: '医用外科口罩' },
  { text: '厨房倒计时器' },
  { text: '视频特效剪辑' },
  // English traps
  { text: 'laptop stand' },
  { text: 'secure zipper' },
  { text: 'Bestway pool' },
  { text: 'asbestos-free gasket' },
  { text: '#10 envelope' },
  { text: 'No. 12 knitting needles' },
  { text: 'top 10 gifts' },
  { text: 'TOP10榜单' },
  { text: '#1 Phillips screwdriver bit' },
  { text: 'No.1 Phillips screwdriver' },
  { text: 'dog treats' },
  { text: 'chicken jerky treats for dogs' },
  { text: 'health tracker watch' },
  { text: 'heel protector' },
  { text: 'self-healing cutting mat' },
  { text: 'UV cure resin' },
  { text: 'epoxy cures in 5 minutes' },
  { text: 'dry cured ham' },
  { text: 'prevents scratches' },
  { text: 'wastewater treatment plant filter' },
  { text: 'organic chemistry textbook' },
  { text: 'Guaranteed Analysis: crude protein 26%', ...AMAZON_TITLE },
  { text: 'Nail lamp cures gel polish in 30s' },
  { text: 'wholesale lot', ...AMAZON_TITLE },
  { text: 'salesman sample case', ...AMAZON_TITLE },
  { text: 'card dealer shoe', ...AMAZON_TITLE },
  // promotional phrases only matter in Amazon titles and search terms
  { text: 'Free shipping on orders over $25', platform: 'shopify', field: 'description' },
  { text: 'Sale ends Sunday', platform: 'amazon', field: 'description' },
];

const invalid: InvalidRow[] = [
  // 广告法第九条第三项
  { text: '全网最佳选择', term: '最佳', category: 'absolute', severity: 'error' },
  { text: '最 佳 口感', term: '最佳', category: 'absolute', severity: 'error', match: '最 佳' },
  { text: '最*佳', term: '最佳', category: 'absolute', severity: 'error', match: '最*佳' },
  { text: '國家級品質', term: '国家级', category: 'absolute', severity: 'error', match: '國家級' },
  { text: '销量ＮＯ．１', term: 'no.1', category: 'absolute', severity: 'error', match: 'ＮＯ．１' },
  { text: 'No.1 choice for moms', term: 'no.1', category: 'absolute', severity: 'error', match: 'No.1' },
  { text: '销量第-一', term: '销量第一', category: 'absolute', severity: 'error', match: '销量第-一' },
  { text: '最\u200b佳选择', term: '最佳', category: 'absolute', severity: 'error', match: '最\u200b佳' },
  { text: '第\u3000一名', term: '第一', category: 'absolute', severity: 'error', match: '第\u3000一' },
  { text: '极·品大红袍', term: '极品', category: 'absolute', severity: 'error', match: '极·品' },
  { text: '顶/级面料', term: '顶级', category: 'absolute', severity: 'error', match: '顶/级' },
  { text: '萬能清潔劑', term: '万能', category: 'absolute', severity: 'error' },
  { text: '獨家秘方', term: '独家', category: 'absolute', severity: 'warning' },
  { text: '荣获第1名', term: '第一', category: 'absolute', severity: 'error', match: '第1' },
  { text: '全国第一', term: '全国第一', category: 'absolute', severity: 'error' },
  { text: '第一品牌', term: '第一品牌', category: 'absolute', severity: 'error' },
  { text: '顶级工艺', term: '顶级', category: 'absolute', severity: 'error' },
  { text: '万能清洁剂', term: '万能', category: 'absolute', severity: 'error' },
  { text: '绝对正品', term: '绝对', category: 'absolute', severity: 'warning' },
  { text: '永久不变形', term: '永久', category: 'absolute', severity: 'warning' },
  { text: '史无前例的优惠', term: '史无前例', category: 'absolute', severity: 'error' },
  { text: '性能遥遥领先', term: '遥遥领先', category: 'absolute', severity: 'error' },
  { text: '极致体验', term: '极致', category: 'absolute', severity: 'error' },
  { text: '世界级工艺', term: '世界级', category: 'absolute', severity: 'error' },
  { text: '唯一指定供应商', term: '唯一', category: 'absolute', severity: 'error' },
  { text: '送礼首选', term: '首选', category: 'absolute', severity: 'error' },
  { text: '全球首发', term: '全球首发', category: 'absolute', severity: 'warning' },
  { text: '独家配方', term: '独家', category: 'absolute', severity: 'warning' },
  { text: '王牌产品', term: '王牌', category: 'absolute', severity: 'warning' },
  { text: '年度销量冠军', term: '销量冠军', category: 'absolute', severity: 'error' },
  { text: 'TOP1爆款', term: 'top1', category: 'absolute', severity: 'error', match: 'TOP1' },
  { text: 'top 1 单品', term: 'top1', category: 'absolute', severity: 'error', match: 'top 1' },
  { text: '最受欢迎的款式', term: '最受欢迎', category: 'absolute', severity: 'error' },
  { text: '最大程度保留营养', term: '最大程度', category: 'absolute', severity: 'warning' },
  { text: '全国最大的工厂', term: '最大', category: 'absolute', severity: 'warning' },
  { text: '百分百有效', term: '100%有效', category: 'absolute', severity: 'error' },
  { text: '１００％安全', term: '100%安全', category: 'absolute', severity: 'error' },
  { text: '填补国内空白', term: '填补国内空白', category: 'absolute', severity: 'error' },
  { text: '极品茶叶', term: '极品', category: 'absolute', severity: 'error' },
  { text: '最好的礼物', term: '最好', category: 'absolute', severity: 'error' },
  { text: '最好用的吸尘器', term: '最好用', category: 'absolute', severity: 'error' },
  { text: '最高品质', term: '最高品质', category: 'absolute', severity: 'error' },
  { text: '无敌好用', term: '无敌', category: 'absolute', severity: 'error' },
  { text: '國家級非物質文化遺產傳承', term: '国家级非物质文化遗产', category: 'absolute', severity: 'info' },
  { text: '国家级非遗技艺', term: '国家级非物质文化遗产', category: 'absolute', severity: 'info' },
  // 第九条第一、二、八项；商标法；质量宣称
  { text: '国家领导人推荐', term: '国家领导人推荐', category: 'state-authority', severity: 'error' },
  { text: '中南海特供茶', term: '中南海特供', category: 'state-authority', severity: 'error' },
  { text: '人民大会堂专用酒', term: '人民大会堂专用', category: 'state-authority', severity: 'error' },
  { text: '军队特供白酒', term: '军队特供', category: 'state-authority', severity: 'error' },
  { text: '招财转运手链', term: '招财', category: 'superstition', severity: 'error' },
  { text: '招财转运手链', term: '转运', category: 'superstition', severity: 'error' },
  { text: '辟邪镇宅', term: '辟邪', category: 'superstition', severity: 'error' },
  { text: '开光貔貅', term: '开光', category: 'superstition', severity: 'error' },
  { text: '招财猫摆件', term: '招财猫', category: 'superstition', severity: 'info' },
  { text: '转运珠手链', term: '转运珠', category: 'superstition', severity: 'info' },
  { text: '中国驰名商标', term: '中国驰名商标', category: 'trademark', severity: 'error' },
  { text: '荣获驰名商标', term: '驰名商标', category: 'trademark', severity: 'error' },
  { text: '国家免检产品', term: '国家免检', category: 'quality-cert', severity: 'error' },
  { text: '有机蔬菜', term: '有机', category: 'quality-cert', severity: 'warning' },
  // 第十六、十七、十八条
  { text: '治疗失眠', term: '治疗', category: 'medical', severity: 'error' },
  { text: '根治脚气', term: '根治', category: 'medical', severity: 'error' },
  { text: '消炎止痛', term: '消炎', category: 'medical', severity: 'error' },
  { text: '降血压茶', term: '降血压', category: 'medical', severity: 'error' },
  { text: '快速降压', term: '降压', category: 'medical', severity: 'error' },
  { text: '药到病除', term: '药到病除', category: 'medical', severity: 'error' },
  { text: '纯中药无副作用', term: '无副作用', category: 'medical', severity: 'error' },
  { text: '医生推荐', term: '医生推荐', category: 'medical', severity: 'error' },
  { text: '治愈率95%', term: '治愈率', category: 'medical', severity: 'error' },
  { text: '杀菌99%', term: '杀菌', category: 'medical', severity: 'warning' },
  { text: '增强免疫力', term: '增强免疫力', category: 'health-food', severity: 'error' },
  { text: '排毒养颜', term: '排毒', category: 'health-food', severity: 'error' },
  { text: '延年益寿', term: '延年益寿', category: 'health-food', severity: 'error' },
  { text: '减肥茶', term: '减肥', category: 'health-food', severity: 'error' },
  { text: '无添加防腐剂', term: '零添加', category: 'health-food', severity: 'warning', match: '无添加' },
  // 化妆品
  { text: '药妆面膜', term: '药妆', category: 'cosmetics', severity: 'error', ...COSMETICS },
  { text: '医学护肤品', term: '医学护肤', category: 'cosmetics', severity: 'error', ...COSMETICS },
  { text: '干细胞精华', term: '干细胞', category: 'cosmetics', severity: 'error' },
  { text: '医用级面霜', term: '医用级', category: 'cosmetics', severity: 'error', match: '医用级', ...COSMETICS },
  { text: '美白祛斑霜', term: '祛斑', category: 'cosmetics', severity: 'warning' },
  { text: '去斑精华', term: '祛斑', category: 'cosmetics', severity: 'warning', match: '去斑' },
  { text: '生发液', term: '生发', category: 'cosmetics', severity: 'error' },
  { text: '防脱发洗发水', term: '防脱发', category: 'cosmetics', severity: 'warning' },
  { text: '无激素面霜', term: '无激素', category: 'cosmetics', severity: 'warning' },
  { text: '防晒霜SPF50', term: '防晒', category: 'cosmetics', severity: 'info' },
  // 价格与促销
  { text: '原价999现价199', term: '原价', category: 'price', severity: 'warning' },
  { text: '全网最低价', term: '全网最低价', category: 'price', severity: 'error' },
  { text: '全網最低', term: '全网最低', category: 'price', severity: 'error', match: '全網最低' },
  { text: '史上最低价', term: '史上最低价', category: 'price', severity: 'error' },
  { text: '出厂价直销', term: '出厂价', category: 'price', severity: 'warning' },
  { text: '跳楼价清仓', term: '跳楼价', category: 'price', severity: 'warning' },
  { text: '同款最便宜', term: '最便宜', category: 'price', severity: 'error' },
  { text: '万人疯抢', term: '万人疯抢', category: 'urgency', severity: 'warning' },
  { text: '抢爆了', term: '抢爆', category: 'urgency', severity: 'warning' },
  { text: '仅此一次', term: '仅此一次', category: 'urgency', severity: 'warning' },
  { text: '错过再等一年', term: '错过再等一年', category: 'urgency', severity: 'warning' },
  { text: '随时涨价', term: '随时涨价', category: 'urgency', severity: 'warning' },
  { text: '限时特惠', term: '限时', category: 'urgency', severity: 'info' },
  // Amazon / US
  { text: 'Best Seller Dog Bed', term: 'best seller', category: 'marketplace-restricted', severity: 'error', ...AMAZON_TITLE },
  { text: 'Best-Seller', term: 'best seller', category: 'marketplace-restricted', severity: 'error', match: 'Best-Seller' },
  { text: 'Ｂｅｓｔ Ｓｅｌｌｅｒ', term: 'best seller', category: 'marketplace-restricted', severity: 'error', match: 'Ｂｅｓｔ Ｓｅｌｌｅｒ' },
  { text: 'BEST   SELLER', term: 'best seller', category: 'marketplace-restricted', severity: 'error', match: 'BEST   SELLER' },
  { text: 'BESTSELLER 2026', term: 'best seller', category: 'marketplace-restricted', severity: 'error' },
  { text: '#1 Dog Bed', term: '#1', category: 'marketplace-restricted', severity: 'error', match: '#1' },
  { text: 'The Number One Choice', term: 'number one', category: 'marketplace-restricted', severity: 'error' },
  { text: 'Top Rated Blender', term: 'top rated', category: 'marketplace-restricted', severity: 'error' },
  { text: "Amazon's Choice headphones", term: "amazon's choice", category: 'marketplace-restricted', severity: 'error' },
  { text: 'FDA Approved face cream', term: 'fda approved', category: 'marketplace-restricted', severity: 'error' },
  { text: 'FDA-certified mask', term: 'fda certified', category: 'marketplace-restricted', severity: 'error' },
  { text: 'Clinically Proven formula', term: 'clinically proven', category: 'marketplace-restricted', severity: 'warning' },
  { text: 'Eco-Friendly straws', term: 'eco-friendly', category: 'marketplace-restricted', severity: 'warning' },
  { text: 'non toxic paint', term: 'non-toxic', category: 'marketplace-restricted', severity: 'warning', match: 'non toxic' },
  { text: 'Antibacterial cutting board', term: 'antibacterial', category: 'pesticide-claim', severity: 'error' },
  { text: 'anti-bacterial socks', term: 'antibacterial', category: 'pesticide-claim', severity: 'error', match: 'anti-bacterial' },
  { text: 'Antimicrobial pillow', term: 'antimicrobial', category: 'pesticide-claim', severity: 'error' },
  { text: 'Kills 99.9% of germs', term: 'kills 99.9%', category: 'pesticide-claim', severity: 'error' },
  { text: 'UV light kills germs', term: 'kills germs', category: 'pesticide-claim', severity: 'error' },
  { text: 'treats acne fast', term: 'treats acne', category: 'medical', severity: 'error' },
  { text: 'Cures insomnia naturally', term: 'treats insomnia', category: 'medical', severity: 'error', match: 'Cures insomnia' },
  { text: 'helps prevent cancer', term: 'treats cancer', category: 'medical', severity: 'error', match: 'prevent cancer' },
  { text: 'Copper gloves for arthritis relief', term: 'treats arthritis', category: 'medical', severity: 'error', match: 'arthritis relief' },
  { text: 'a cure for hangovers', term: 'cure', category: 'medical', severity: 'error' },
  { text: 'Detox tea', term: 'detox', category: 'medical', severity: 'warning' },
  { text: 'Anti-Inflammatory cream', term: 'anti-inflammatory', category: 'medical', severity: 'error' },
  { text: 'Free Shipping', term: 'free shipping', category: 'promotional', severity: 'error', ...AMAZON_TITLE },
  { text: 'free delivery', term: 'free shipping', category: 'promotional', severity: 'error', platform: 'amazon', field: 'search-terms' },
  { text: 'Yoga Mat On Sale', term: 'sale', category: 'promotional', severity: 'warning', match: 'On Sale', ...AMAZON_TITLE },
  { text: 'Limited Time Offer', term: 'limited time', category: 'promotional', severity: 'warning', ...AMAZON_TITLE },
  { text: 'Brand New Phone Case', term: 'brand new', category: 'promotional', severity: 'warning', ...AMAZON_TITLE },
  { text: 'Cheapest USB cable', term: 'cheapest', category: 'promotional', severity: 'error', ...AMAZON_TITLE },
  { text: '100% Quality Guaranteed', term: '100% guaranteed', category: 'promotional', severity: 'error', ...AMAZON_TITLE },
];

const { lexicons, errors } = loadDiskLexicons();

describe('shipped lexicons: fixture table', () => {
  it('load without errors', () => {
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('has the planned size: at least 60 valid and 80 invalid rows', () => {
    expect(valid.length).toBeGreaterThanOrEqual(60);
    expect(invalid.length).toBeGreaterThanOrEqual(80);
  });

  describe('valid: no finding at all', () => {
    it.each(valid.map((row) => [row.text, row] as const))('%s', (_, row) => {
      const findings = checkText(row.text, { lexicons, platform: row.platform, field: row.field, category: row.productCategory });
      expect(findings.map((f) => `${f.term ?? ''} [${f.match}] ${f.severity}`)).toEqual([]);
    });
  });

  describe('invalid: the expected term, category and severity', () => {
    it.each(invalid.map((row) => [`${row.text} → ${row.term}`, row] as const))('%s', (_, row) => {
      const findings = checkText(row.text, { lexicons, platform: row.platform, field: row.field, category: row.productCategory });
      const hit = findings.find((f) => f.term === row.term);
      expect(hit, `findings: ${findings.map((f) => `${f.term ?? ''} [${f.match}]`).join(', ') || 'none'}`).toBeDefined();
      if (!hit) return;
      expect(hit.category).toBe(row.category);
      expect(hit.severity).toBe(row.severity);
      expect(hit.match).toBe(row.text.slice(hit.start, hit.end));
      if (row.match !== undefined) expect(hit.match).toBe(row.match);
      expect(hit.basis ?? '').not.toBe('');
      if (hit.severity !== 'info') expect(hit.suggestions.length).toBeGreaterThan(0);
    });
  });

  it('keeps promotional phrases to Amazon titles and search terms', () => {
    expect(checkText('Free Shipping', { lexicons, platform: 'amazon', field: 'bullet' })).toEqual([]);
    expect(checkText('Free Shipping', { lexicons, platform: 'taobao', field: 'title' })).toEqual([]);
    expect(checkText('Free Shipping', { lexicons, platform: 'amazon', field: 'title' }).map((f) => f.term)).toEqual(['free shipping']);
  });

  it('finds every claim in a mixed sentence, once each', () => {
    const text = '国家级工艺，全网最低价，增强免疫力，万人疯抢！';
    const terms = checkText(text, { lexicons }).map((f) => f.term);
    expect(terms).toEqual(['国家级', '全网最低价', '增强免疫力', '万人疯抢']);
  });
});
