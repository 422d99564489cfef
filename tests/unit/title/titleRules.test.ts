import { describe, expect, it } from 'vitest';
import { auditTitle } from '../../../lib/title/audit';
import type { Platform } from '../../../lib/types';

/** ESLint-style tables: `valid` titles stay silent for the rule, `invalid` ones report these matches. */
interface Invalid {
  title: string;
  platform: Platform;
  matches: string[];
  severity?: 'error' | 'warning' | 'info';
}

function ruleFindings(title: string, platform: Platform, ruleId: string) {
  return auditTitle(title, { platform }).findings.filter((f) => f.ruleId === ruleId);
}

function table(ruleId: string, valid: { title: string; platform: Platform }[], invalid: Invalid[]) {
  describe(ruleId, () => {
    it.each(valid)('valid: $platform "$title"', ({ title, platform }) => {
      expect(ruleFindings(title, platform, ruleId)).toEqual([]);
    });
    it.each(invalid)('invalid: $platform "$title"', ({ title, platform, matches, severity }) => {
      const found = ruleFindings(title, platform, ruleId);
      expect(found.map((f) => f.match)).toEqual(matches);
      for (const f of found) {
        expect(title.slice(f.start, f.end)).toBe(f.match); // original offsets
        if (severity) expect(f.severity).toBe(severity);
      }
    });
  });
}

table(
  'banned-char',
  [
    { title: 'Acme Running Shoes Style #4301 Mens Size 10', platform: 'amazon' },
    { title: 'Acme Dumbbell Set <10 lb, Adjustable', platform: 'amazon' },
    { title: 'Acme Kids Puzzle for Ages 3~5 Years', platform: 'amazon' },
    { title: 'Acme Photo Frame 20*30 cm, Black', platform: 'amazon' },
    { title: 'Acme Cable - USB-C to USB-C, 2 m / 6.6 ft & Braided', platform: 'amazon' },
    { title: '无线蓝牙耳机 降噪 TWS', platform: 'taobao' },
    { title: 'Summer Dress! Now 50% off?', platform: 'shopify' }, // Shopify bans no characters
  ],
  [
    { title: 'Acme Earbuds! Best Deal?', platform: 'amazon', matches: ['!', '?'], severity: 'error' },
    { title: 'Acme_Earbuds {Bluetooth} $29 ^new^ ¬ ¦', platform: 'amazon', matches: ['_', '{', '}', '$', '^', '^', '¬', '¦'], severity: 'error' },
    { title: 'Paradise Towel Beach Coverup << Size Kids XXS >>', platform: 'amazon', matches: ['<', '<', '>', '>'], severity: 'warning' },
    { title: 'Acme Earbuds ** Bluetooth ~ Wireless # Sale', platform: 'amazon', matches: ['*', '*', '~', '#'], severity: 'warning' },
    { title: 'Acme Earbuds 🎧 Wireless', platform: 'amazon', matches: ['🎧'], severity: 'error' },
    { title: '无线耳机<新款>蓝牙', platform: 'taobao', matches: ['<', '>'], severity: 'error' },
    { title: '无线耳机🔥爆款👍🏽', platform: 'tmall', matches: ['🔥', '👍🏽'], severity: 'error' },
  ],
);

table(
  'repeated-word',
  [
    { title: 'Acme Earbuds Wireless Earbuds with Case', platform: 'amazon' }, // twice is allowed
    { title: 'Acme Set of 2 for Kids and Adults, Red and Blue and Green, for Home or for Office', platform: 'amazon' }, // exempt words
    { title: 'Acme Charger 2 Pack 2 Port 2 m', platform: 'amazon' }, // numbers are not words
    { title: '无线蓝牙耳机 降噪 运动', platform: 'taobao' },
  ],
  [
    { title: 'Earbuds Wireless Earbuds Bluetooth Earbuds', platform: 'amazon', matches: ['Earbuds'], severity: 'error' },
    { title: 'Case case CASE Case for iPhone', platform: 'amazon', matches: ['CASE', 'Case'], severity: 'error' },
    { title: '蓝牙耳机无线耳机运动耳机', platform: 'taobao', matches: ['耳机', '耳机'], severity: 'info' },
  ],
);

table(
  'wasted-chars',
  [
    { title: '无线蓝牙耳机 降噪 运动', platform: 'taobao' },
    { title: 'Acme Earbuds, Wireless', platform: 'amazon' },
  ],
  [
    { title: '【新款】无线耳机★降噪', platform: 'taobao', matches: ['【', '】', '★'], severity: 'info' },
    { title: ' Acme  Earbuds ', platform: 'amazon', matches: [' ', '  ', ' '] },
  ],
);

table(
  'vague-title',
  [
    { title: '无线蓝牙耳机 降噪 运动', platform: 'douyin' },
    { title: '家居百货收纳盒', platform: 'taobao' }, // vague terms are Douyin's rule
  ],
  [
    { title: '百货好物 收纳盒 桌面', platform: 'douyin', matches: ['百货', '好物'], severity: 'warning' },
    { title: '孤品链接', platform: 'douyin', matches: ['孤品', '孤品链接', '链接'] },
  ],
);

table(
  'title-length',
  [
    { title: '好'.repeat(30), platform: 'taobao' },
    { title: 'a'.repeat(200), platform: 'amazon' },
  ],
  [
    { title: '好'.repeat(32), platform: 'taobao', matches: ['好好'], severity: 'error' },
    { title: 'a'.repeat(203), platform: 'amazon', matches: ['aaa'], severity: 'error' },
    { title: '无线耳机'.repeat(8) + 'TWS', platform: 'douyin', matches: ['耳机TWS'] },
  ],
);

describe('wasted-chars fixes', () => {
  it('keeps a space where a symbol separated two words, deletes it at an edge', () => {
    const f = ruleFindings('【新款】无线耳机★降噪', 'taobao', 'wasted-chars');
    expect(f.map((x) => x.suggestions[0])).toEqual(['', ' ', ' ']);
  });
});
