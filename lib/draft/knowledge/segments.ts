import type { SegmentEntry } from './schema';

/**
 * Audience segments from the precision-marketing plans: each shapes which pains come
 * first, how the copy addresses the buyer and how it closes. A call to action never
 * invents a promotion, price or stock level.
 */
export const SEGMENT_ENTRIES: readonly SegmentEntry[] = [
  {
    id: 'new', zh: '新客', en: 'first-time buyers', cues: ['新客', '新用户', '首购', '新人', 'new customer', 'first-time'], prefers: [], you: '你',
    guide: 'First-time buyers: explain plainly what the product does in the scene, lower the barrier, no insider jargon.',
    ctaZh: ['先看看规格和细节图，合适再下单', '不确定尺寸的话，可以先问问客服'], ctaEn: ['Check the size chart and details before you order.'],
    hookZh: ['先别划走！{pain}？', '很多人都遇到过：{pain}'],
  },
  {
    id: 'returning', zh: '老客复购', en: 'returning customers', cues: ['老客', '复购', '回头客', '老顾客', '会员', 'returning', 'repeat', 'loyal'], prefers: [], you: '你',
    guide: 'Returning customers: they know the product; remind them where it fits next (a spare, another room, a gift), never claim what they said.',
    ctaZh: ['用惯了的话，可以给家人或办公室也备一份', '想换个颜色或规格的，详情里都有'], ctaEn: ['Already have one? A second makes sense for the car or the office.'],
    hookZh: ['家里已经有一个的，听我说完：{pain}', '你家是不是不止一处会{pain}？'],
  },
  {
    id: 'student', zh: '学生党', en: 'students', cues: ['学生', '大学生', '考研', '学生党', '宿舍', 'student', 'college'], prefers: ['study', 'dorm', 'commute'], you: '你',
    guide: 'Students: casual and direct, dorm and library moments, practical value over luxury, no pressure to spend.',
    ctaZh: ['按需入手就好，不必一次买齐', '开学前备上，省得到时候再跑'], ctaEn: ['Works in the dorm and the library alike.'],
    hookZh: ['学生党注意了：{pain}？', '同学，是不是也这样：{pain}？'],
  },
  {
    id: 'parent', zh: '宝妈', en: 'parents', cues: ['宝妈', '妈妈', '宝爸', '父母', '带娃', '母婴', 'mom', 'mum', 'parent'], prefers: ['baby', 'home', 'kitchen'], you: '你',
    guide: 'Parents of small children: warm and practical, one free hand, safety details the seller stated, time saved; never scare.',
    ctaZh: ['规格和颜色看清楚再下单，省得来回折腾', '有拿不准的地方，先问问客服再下单'], ctaEn: ['One less thing to think about on the way out with the kids.'],
    hookZh: ['带娃的都懂：{pain}', '当了爸妈才知道：{pain}'],
  },
  {
    id: 'senior', zh: '银发族', en: 'older adults', cues: ['银发', '老人', '长辈', '父母辈', '中老年', '爸妈', 'senior', 'elderly', 'older'], prefers: ['home', 'winter', 'sleep'], you: '您',
    guide: 'Older adults: address as 您, short clear sentences, easy operation and comfort first, no slang, no anxiety.',
    ctaZh: ['操作简单，给家里长辈用也方便', '有不明白的地方，随时问客服'], ctaEn: ['Simple to use, and a thoughtful choice for parents and grandparents.'],
    hookZh: ['家里长辈是不是也这样：{pain}？', '您是不是也遇到过：{pain}？'],
  },
  {
    id: 'business', zh: '商务人士', en: 'business professionals', cues: ['商务', '白领', '职场', '上班族', '高管', 'business', 'professional', 'executive'], prefers: ['office', 'commute', 'travel'], you: '你',
    guide: 'Business professionals: concise and composed, time saved and a tidy appearance, no hype.',
    ctaZh: ['规格参数都在详情里，看好直接下单', '需要开票或批量采购的，可以先联系客服'], ctaEn: ['Fits a briefcase and a busy schedule.'],
    hookZh: ['忙起来的人都遇到过：{pain}', '赶时间的时候碰上这种事很狼狈：{pain}'],
  },
];
