import type { ProductCategory } from '../../../../lib/compliance/productCategory';
import type { FieldRole } from '../../../../lib/lexicon/schema';
import type { Platform } from '../../../../lib/types';

/**
 * Realistic seller copy for the compliance fixture table, by platform and product category. Invalid
 * sentences name the rule id expected; their `output` (text after the first suggestion of every
 * finding) lives in outputs.ts. Wrappers put the same sentence where it is written on each platform.
 */
export interface Context {
  platform?: Platform;
  field?: FieldRole;
  category?: ProductCategory;
}
export type InvalidSeed = [text: string, ruleId: string, context?: Context];
export type ValidSeed = [text: string, context?: Context];

const FOOD: Context = { category: 'food' };
const HEALTH: Context = { category: 'health-food' };
const COS: Context = { category: 'cosmetics' };
const SPECIAL: Context = { category: 'special-cosmetics' };
const DEVICE: Context = { category: 'medical-device' };
const DRUG: Context = { category: 'drug' };
const APPAREL: Context = { category: 'apparel' };
const ELEC: Context = { category: 'electronics' };
const BABY: Context = { category: 'mother-baby' };
const AMZ_T: Context = { platform: 'amazon', field: 'title' };
const AMZ_B: Context = { platform: 'amazon', field: 'bullet' };
const AMZ_SUPP: Context = { platform: 'amazon', field: 'bullet', category: 'health-food' };

export const invalidSeeds: InvalidSeed[] = [
  // 最 + adjective / verb / selling word, with and without separators
  ['这是我用过最柔软的毛巾', 'absolute-term', APPAREL],
  ['最贴合脚型的跑鞋，久穿不累', 'absolute-term', APPAREL],
  ['双十一最划算的一波，囤起来', 'absolute-term'],
  ['夏天最透气的床品四件套', 'absolute-term'],
  ['宝宝最喜欢的辅食碗', 'absolute-term', BABY],
  ['全店最热卖的一款保温杯', 'absolute-term'],
  ['今年最流行的奶油色', 'absolute-term', APPAREL],
  ['直播间最低价，只有今天', 'price-claim'],
  ['产地直发，最新鲜的车厘子', 'absolute-term', FOOD],
  ['这款是店里最轻便的折叠伞', 'absolute-term'],
  ['最 贴 合 的运动内衣', 'absolute-term', APPAREL],
  ['最-保-暖的羽绒服', 'absolute-term', APPAREL],
  ['最*省*电的一级变频空调', 'absolute-term', ELEC],
  ['今年冬天最保暖的一件毛衣', 'absolute-term', APPAREL],
  ['家长最放心的儿童餐具', 'absolute-term', BABY],
  ['最为耐磨的工装裤', 'absolute-term', APPAREL],
  ['口感最醇厚的一款红茶', 'absolute-term', FOOD],
  ['老铁们，这是全网最便宜的羽绒服', 'price-claim', APPAREL],
  ['最受宝妈喜爱的吸奶器', 'absolute-term', BABY],
  ['最受学生党欢迎的平板支架', 'absolute-term', ELEC],
  ['最静音的宿舍小风扇', 'absolute-term', ELEC],
  ['最适合油皮的洗面奶', 'absolute-term', COS],
  ['最显瘦的高腰阔腿裤', 'absolute-term', APPAREL],
  ['最吸水的浴巾，一擦就干', 'absolute-term'],
  ['最抗摔的手机壳', 'absolute-term', ELEC],
  ['最下饭的香辣牛肉酱', 'absolute-term', FOOD],
  ['最百搭的小白鞋', 'absolute-term', APPAREL],
  ['姐妹们这是我心中最好用的粉底液', 'absolute-term', COS],
  ['最稳定的家用路由器', 'absolute-term', ELEC],
  ['最持久的香水小样', 'absolute-term', COS],
  // ranking templates
  ['品质第一的不粘锅', 'absolute-term'],
  ['口碑第一的国货面霜', 'absolute-term', COS],
  ['天猫销量冠军扫地机器人', 'absolute-term', ELEC],
  ['连续三年品类冠军', 'absolute-term'],
  ['同类之冠的吸力表现', 'absolute-term', ELEC],
  ['国货护肤界的王者', 'absolute-term', COS],
  ['前所未有的轻薄体验', 'absolute-term', ELEC],
  ['送礼首选，非此莫属', 'absolute-term'],
  ['性能遥遥领先同价位机型', 'absolute-term', ELEC],
  ['技术领先的降噪耳机', 'absolute-term', ELEC],
  ['全网销量第一的电动牙刷', 'absolute-term', ELEC],
  ['抖音榜首爆款零食大礼包', 'absolute-term', FOOD],
  ['行业王者级别的做工', 'absolute-term'],
  ['第一品牌的品质保证', 'absolute-term'],
  ['宝妈们的第一选择', 'absolute-term', BABY],
  ['人气第一的网红烤肠', 'absolute-term', FOOD],
  ['颜值第一的蓝牙音箱', 'absolute-term', ELEC],
  ['好评率第一的空气炸锅', 'absolute-term', ELEC],
  // 100% as a guarantee of an outcome
  ['百分之百能瘦，无效退款', 'absolute-term', HEALTH],
  ['100%不过敏，敏感肌放心用', 'absolute-term', COS],
  ['百分百不起球的羊毛衫', 'absolute-term', APPAREL],
  ['100%解决脚臭问题', 'absolute-term'],
  ['百分之百有效去除甲醛', 'absolute-term'],
  // authority endorsement, trademark, 免检
  ['政府部门推荐的节能灶具', 'state-authority'],
  ['卫健委官方推荐的营养餐', 'state-authority', FOOD],
  ['部队指定采购的作训靴', 'state-authority', APPAREL],
  ['国家机关认证的安全座椅', 'state-authority', BABY],
  ['中国驰名商标，值得信赖', 'trademark-claim'],
  ['荣获驰名商标称号', 'trademark-claim'],
  ['国家免检产品，质量有保障', 'quality-cert'],
  ['出口免检的陶瓷餐具', 'quality-cert'],
  // disparagement
  ['续航碾压同行', 'disparagement', ELEC],
  ['吊打一众大牌的平价面霜', 'disparagement', COS],
  ['比同类产品更耐用', 'disparagement'],
  ['比其他品牌还要省电', 'disparagement', ELEC],
  ['戴森平替吹风机，效果一样', 'disparagement', ELEC],
  ['雅诗兰黛小棕瓶平替精华', 'disparagement', COS],
  ['大牌平替，一样的配方', 'disparagement', COS],
  ['秒杀同行的性价比', 'disparagement'],
  ['别再交智商税了，买这个就够', 'disparagement'],
  // superstition
  ['招桃花粉晶手链', 'superstition'],
  ['本命年化太岁红绳', 'superstition'],
  ['招财貔貅摆件，旺财运', 'superstition'],
  ['开光加持的平安扣', 'superstition'],
  ['五帝钱挂件，挡小人', 'superstition'],
  ['斩桃花的黑曜石', 'superstition'],
  ['好运加持的转运珠', 'superstition'],
  ['镇宅之宝，逢凶化吉', 'superstition'],
  // treatment and disease claims (general goods, food)
  ['这款茶能治疗胃寒', 'medical-claim', FOOD],
  ['按摩仪有效缓解肩周炎', 'medical-claim'],
  ['长期坚持可以预防高血压', 'medical-claim', FOOD],
  ['泡脚包专治脚气', 'medical-claim'],
  ['降尿酸，告别痛风', 'medical-claim', FOOD],
  ['改善哮喘的空气净化器', 'medical-claim', ELEC],
  ['软化血管，预防血栓', 'medical-claim', FOOD],
  ['根除湿疹的宝宝霜', 'medical-claim', BABY],
  ['治颈椎病的护颈枕', 'medical-claim'],
  ['预防近视的护眼台灯', 'medical-claim', ELEC],
  ['远离失眠的助眠枕', 'medical-claim'],
  ['调理宫寒的暖宫贴', 'medical-claim'],
  ['能降血糖的苦瓜茶', 'medical-claim', FOOD],
  ['适合高血压人群长期饮用', 'medical-claim', FOOD],
  ['糖尿病人也能吃的低糖饼干', 'medical-claim', FOOD],
  ['三高人群专属燕麦片', 'medical-claim', FOOD],
  ['关节炎患者的福音', 'medical-claim', HEALTH],
  ['医用级不锈钢保温杯', 'medical-claim'],
  ['医疗级硅胶奶嘴', 'medical-claim', BABY],
  ['药妆级修护面霜', 'cosmetics-claim', COS],
  ['治 疗 肩 周 炎', 'medical-claim'],
  ['有效治疗慢性咽炎', 'medical-claim', FOOD],
  ['辅助治疗颈椎病', 'medical-claim'],
  // cosmetics
  ['美白淡斑精华液', 'cosmetics-claim', COS],
  ['七天祛痘不留印', 'cosmetics-claim', COS],
  ['去皱紧致眼霜', 'cosmetics-claim', COS],
  // health food claims on ordinary food
  ['增强免疫力的蜂蜜', 'health-food-claim', FOOD],
  ['排毒养颜的花茶', 'health-food-claim', FOOD],
  // English (Amazon)
  ['No 1 Choice for Dog Owners', 'absolute-term', AMZ_T],
  ['Number One Rated Air Fryer', 'marketplace-restricted', AMZ_T],
  ['#1 Choice of Moms', 'marketplace-restricted', AMZ_T],
  ['The B E S T Pillow for Side Sleepers', 'absolute-term', AMZ_T],
  ['B.E.S.T gift for dad', 'absolute-term', AMZ_B],
  ['F.D.A. Approved Material', 'marketplace-restricted', AMZ_B],
  ['Herbal Tea for Arthritis Support', 'medical-claim', { ...AMZ_T, category: 'food' }],
  ['Helps treat joint pain and arthritis', 'medical-claim', AMZ_B],
  ['Prevents Asthma attacks with HEPA filter', 'medical-claim', AMZ_B],
  ['Relieves migraines in minutes', 'medical-claim', AMZ_B],
  ['Lowers high blood pressure naturally', 'medical-claim', AMZ_SUPP],
  ['Gout relief formula with tart cherry', 'medical-claim', AMZ_SUPP],
  ['Clinically proven to reduce wrinkles', 'marketplace-restricted', AMZ_B],
  ['Best Seller Yoga Mat', 'marketplace-restricted', AMZ_T],
  ['Medical Grade Silicone Baby Bottle', 'medical-claim', AMZ_T],
  ['Kills 99.9% of Germs', 'pesticide-claim', AMZ_B],
  ['Antibacterial cutting board', 'pesticide-claim', AMZ_T],
  ['Miracle hair growth serum', 'medical-claim', AMZ_T],
];

export const validSeeds: ValidSeed[] = [
  // spec parameters with a value
  ['最高转速3000转', ELEC],
  ['最大扭矩：400N·m', ELEC],
  ['最小转弯半径5.2米'],
  ['最大承重150kg，稳固不晃'],
  ['最高温度可达200℃', ELEC],
  ['最长续航 12 小时', ELEC],
  ['最低工作温度-20℃', ELEC],
  ['最大输出功率65W', ELEC],
  ['最高支持4K 120Hz输出', ELEC],
  ['最快3秒出热水', ELEC],
  ['最多可容纳6人'],
  ['最大风量 800m³/h', ELEC],
  ['最小尺寸 3cm'],
  ['最高时速25km/h', ELEC],
  ['最大吸力 25000Pa', ELEC],
  ['最薄处仅3mm', ELEC],
  ['最大容量 2TB', ELEC],
  // time and sequence
  ['最近上新的秋冬款', APPAREL],
  ['最后一天包邮'],
  ['第一次使用请先清洗内胆', ELEC],
  ['第一代产品已停产，这是第二代', ELEC],
  ['第一层放衣物，第二层放鞋子'],
  ['第一节课免费试听'],
  ['第一步：打开包装'],
  ['中国第一代航天员同款纪念章'],
  ['下单后第一时间发货'],
  ['最终解释权归本店所有'],
  ['最初的味道，老家的做法', FOOD],
  // official grades, factual uniqueness, aesthetics, names
  ['一级能效变频空调', ELEC],
  ['特级初榨橄榄油', FOOD],
  ['国标一级大米', FOOD],
  ['国家一级保护动物主题绘本'],
  ['每台设备有唯一序列号', ELEC],
  ['唯一的缺点是颜色少'],
  ['疗愈风香薰蜡烛'],
  ['治愈系插画抱枕'],
  ['最生活纯棉毛巾'],
  ['第一坊旗舰店新品'],
  ['最强大脑同款积木'],
  ['王者荣耀联名手机壳', ELEC],
  // mandatory statements
  ['保健食品不是药物，不能代替药物治疗疾病', HEALTH],
  ['本品不能代替药物', HEALTH],
  ['请按药品说明书或者在药师指导下购买和使用', DRUG],
  ['请仔细阅读产品说明书或者在医务人员的指导下购买和使用', DEVICE],
  [
    'These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease.',
    AMZ_SUPP,
  ],
  // category makes it allowed
  ['美白淡斑精华液', SPECIAL],
  ['防晒霜 SPF50+ PA++++', SPECIAL],
  ['用于治疗慢性咽炎', DRUG],
  ['缓解肩周炎疼痛的理疗贴', DEVICE],
  ['医用级硅胶导管', DEVICE],
  // ordinary copy
  ['加厚珊瑚绒毛巾 家用吸水速干'],
  ['100%纯棉，亲肤透气', APPAREL],
  ['100% cotton crew neck tee', AMZ_T],
  ['比普通杯子保温时间更长'],
  ['质量第一，服务至上'],
  ['客户第一'],
  ['同行价格参考，请以实际为准'],
  ['转运中心已发出'],
  ['含有维生素C，口感酸甜', FOOD],
  ['高血压、孕妇等特殊人群请遵医嘱食用', FOOD],
  ['Stainless steel water bottle, keeps drinks cold for 24 hours', AMZ_T],
  ['Laptop stand with secure grip', AMZ_T],
  ['Fits 13-inch laptops, No. 12 size', AMZ_B],
  ['Treat yourself to a cozy blanket', AMZ_B],
  ['Best way to organize your closet: stackable bins', AMZ_B],
  ['Great for people who love hiking', AMZ_B],
  ['适合高血压人群的血压计', DEVICE],
];
