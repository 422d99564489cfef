/**
 * Realistic seller copy for the compliance benchmark: clean sentences from every platform (titles,
 * 卖点, detail paragraphs, live-stream lines, 小红书 notes, Amazon bullets) mixed with the fixture
 * table's violating sentences at about one hit-bearing sentence in five, shuffled with a fixed seed.
 */
import { invalidSeeds, validSeeds } from '../unit/compliance/table/rows';

const CLEAN = [
  '加厚珊瑚绒毛巾，家用吸水速干，不掉毛不起球，洗后依然柔软。',
  '304不锈钢内胆，真空断热层，保温保冷12小时，杯盖可拆洗。',
  '春秋款宽松卫衣女，纯棉面料，落肩设计，上身显瘦，多色可选。',
  '家人们看这个颜色，奶白色真的很温柔，搭配牛仔裤就很好看。',
  '产品尺寸：长30cm，宽20cm，高15cm；净重约1.2kg。',
  '收到货后请检查外包装，如有破损请拍照联系客服处理。',
  '这款面霜质地清爽，上脸很快吸收，秋冬用也不会觉得黏腻。',
  '宝宝辅食碗采用食品级硅胶，底部吸盘设计，不怕打翻。',
  '蓝牙5.3芯片，连接稳定，单次续航约6小时，配合充电仓约24小时。',
  '车厘子产地直发，顺丰冷链配送，坏果包赔，请收货后及时冷藏。',
  '姐妹们，这个收纳盒真的绝了，抽屉里的小东西终于有地方放了。',
  '采用环保水性漆，无刺鼻气味，适合儿童房使用。',
  '跑鞋鞋面透气网布，中底缓震，适合日常慢跑和通勤。',
  '下单后48小时内发货，偏远地区除外，具体以物流信息为准。',
  'Stainless steel water bottle with a leak-proof lid, 32 oz, keeps drinks cold for 24 hours.',
  'Soft microfiber sheet set, deep pocket fitted sheet fits mattresses up to 16 inches.',
  'Package includes 2 pillows, 1 storage bag and a user manual.',
  'Machine washable; tumble dry low; do not bleach.',
  'Compatible with iPhone 15 and 15 Pro; supports wireless charging.',
  'Lightweight foldable design fits easily into a backpack for travel and camping.',
  '今天直播间给大家带来的是这款双层玻璃杯，手感很舒服，拿在手里很有分量。',
  '包装里有说明书和保修卡，保修期一年，非人为损坏免费维修。',
  '颜色有燕麦色、雾霾蓝、浅灰三种，建议按平时尺码购买。',
  '面料成分：棉95%，氨纶5%，手感柔软，有一定弹性。',
  '茶叶采自高山茶园，手工采摘，冲泡后汤色明亮，回甘明显。',
];

function rng(seed: number): (n: number) => number {
  let s = seed >>> 0;
  return (n) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

/** About `length` characters of copy; `hitEvery` clean-or-valid sentences per violating one. */
export function sellerCopy(length: number, seed: number, hitEvery = 4): string {
  const r = rng(seed);
  const clean = [...CLEAN, ...validSeeds.map(([t]) => `${t}。`)];
  const dirty = invalidSeeds.map(([t]) => `${t}。`);
  let out = '';
  while (out.length < length) {
    out += r(hitEvery + 1) === 0 ? dirty[r(dirty.length)] : clean[r(clean.length)];
    if (r(6) === 0) out += '\n';
  }
  return out.slice(0, length);
}
