/**
 * Scene vocabulary for the offline drafter: moments and frictions a buyer knows
 * from that scene, written by hand to stay clear of 广告法 absolute and medical
 * terms. Unknown scenes fall back to phrases built around the scene's own name.
 */
export interface SceneKit {
  id: string;
  /** Matches the seller's scene text (zh or en). */
  match: RegExp;
  zh: { label: string; moments: string[]; pains: string[]; tags: string[] };
  en: { label: string; moments: string[]; pains: string[] };
}

export const SCENE_KITS: readonly SceneKit[] = [
  {
    id: 'commute', match: /通勤|地铁|上班路|commut/i,
    zh: {
      label: '通勤', tags: ['通勤好物', '打工人日常'],
      moments: ['早高峰挤地铁', '出门前手忙脚乱的十分钟', '下班路上站了一路'],
      pains: ['包里东西一多就翻不到', '赶时间的时候总是顾此失彼', '一路折腾下来人已经累了一半'],
    },
    en: {
      label: 'the daily commute',
      moments: ['a packed rush-hour train', 'the ten-minute scramble before leaving home', 'the long ride back after work'],
      pains: ['things get lost at the bottom of the bag', 'rushing means something always gets forgotten', 'the trip drains energy before the day even starts'],
    },
  },
  {
    id: 'study', match: /考研|图书馆|自习|备考|学习|library|study/i,
    zh: {
      label: '考研图书馆', tags: ['考研日常', '图书馆学习'],
      moments: ['图书馆占座学到闭馆', '早上七点排队进自习室', '刷题刷到深夜的时候'],
      pains: ['一坐就是一整天，身体和精力都跟不上', '安静的环境里一点小动静都很尴尬', '书和资料越摊越多，桌面乱成一团'],
    },
    en: {
      label: 'long library study sessions',
      moments: ['a full day in the library until closing', 'queueing for a study seat at 7 a.m.', 'late-night exam practice'],
      pains: ['sitting all day wears out focus and energy', 'any small noise feels loud in a silent room', 'books and notes pile up until the desk is chaos'],
    },
  },
  {
    id: 'camping', match: /露营|户外|野营|徒步|camp|outdoor|hik/i,
    zh: {
      label: '露营', tags: ['露营装备', '周末去露营'],
      moments: ['周末去郊外露营', '天黑后坐在帐篷边', '清晨收营准备出发'],
      pains: ['装备又多又重，搬来搬去很费劲', '天气说变就变，准备不足就很狼狈', '营地条件有限，很多东西用起来不顺手'],
    },
    en: {
      label: 'weekend camping',
      moments: ['a weekend camp outside the city', 'sitting by the tent after dark', 'packing up the site at dawn'],
      pains: ['gear is bulky and heavy to haul around', 'the weather turns and you are caught unprepared', 'a campsite has few comforts, so clumsy gear hurts'],
    },
  },
  {
    id: 'rental', match: /租房|出租屋|改造|小户型|rent|apartment|dorm|宿舍/i,
    zh: {
      label: '租房改造', tags: ['租房改造', '小空间收纳'],
      moments: ['搬进新的出租屋', '周末收拾小房间', '下班回到自己的小窝'],
      pains: ['房子不能打孔也不能大改，想布置却无从下手', '空间就那么大，东西一多就显得乱', '退租时还得恢复原样，不敢随便折腾'],
    },
    en: {
      label: 'a rental makeover',
      moments: ['moving into a new rental', 'tidying a small room on the weekend', 'coming home to a small flat'],
      pains: ['no drilling and no renovation allowed', 'a small space looks messy as soon as things pile up', 'everything must go back the way it was at move-out'],
    },
  },
  {
    id: 'office', match: /办公|工位|上班|office|desk|work/i,
    zh: {
      label: '办公室', tags: ['工位好物', '办公室日常'],
      moments: ['连开三个会的下午', '加班赶方案的晚上', '午休趴在工位的二十分钟'],
      pains: ['久坐之后肩颈发紧、精神不集中', '工位空间小，东西没处放', '忙起来顾不上照顾自己'],
    },
    en: {
      label: 'the office',
      moments: ['an afternoon of back-to-back meetings', 'a late evening finishing a proposal', 'a short lunch break at the desk'],
      pains: ['hours of sitting leave you stiff and unfocused', 'a small desk has no room for anything', 'busy days leave no time to look after yourself'],
    },
  },
  {
    id: 'travel', match: /旅行|出差|旅游|度假|travel|trip/i,
    zh: {
      label: '旅行', tags: ['旅行好物', '出差必带'],
      moments: ['拖着行李箱赶航班', '酒店里整理第二天的行程', '一路走走停停的城市漫游'],
      pains: ['行李箱塞满了还总觉得少带了什么', '换个地方就用不惯，处处不方便', '路上时间长，随身物品不好照顾'],
    },
    en: {
      label: 'travel',
      moments: ['rushing to a flight with a suitcase', 'planning tomorrow in a hotel room', 'a long day exploring a city'],
      pains: ['the suitcase is full yet something is always missing', 'new places mean unfamiliar, awkward routines', 'long journeys make personal items hard to manage'],
    },
  },
  {
    id: 'fitness', match: /健身|运动|跑步|瑜伽|gym|fitness|run|yoga|workout/i,
    zh: {
      label: '健身', tags: ['健身日常', '运动装备'],
      moments: ['下班后去健身房', '清晨在公园跑步', '周末的一节瑜伽课'],
      pains: ['出汗多、东西杂，收拾起来很麻烦', '装备不合适，运动时总分心', '坚持不下去，往往是因为准备太麻烦'],
    },
    en: {
      label: 'workouts',
      moments: ['a gym session after work', 'an early run in the park', 'a weekend yoga class'],
      pains: ['sweat and loose items make packing a chore', 'ill-fitting gear keeps pulling your attention', 'routines fail when getting ready takes too long'],
    },
  },
  {
    id: 'home', match: /居家|宅家|家里|客厅|卧室|厨房|home|kitchen|bedroom/i,
    zh: {
      label: '居家', tags: ['居家好物', '生活小确幸'],
      moments: ['周末窝在家里', '忙完一天回到家', '一家人一起吃晚饭的时候'],
      pains: ['家务琐碎，总有做不完的小事', '东西用着不顺手，每天都在将就', '想让家更舒服，却不知道从哪里开始'],
    },
    en: {
      label: 'life at home',
      moments: ['a lazy weekend at home', 'getting home after a long day', 'family dinner time'],
      pains: ['small chores never seem to end', 'awkward everyday items you just put up with', 'wanting a cosier home without knowing where to start'],
    },
  },
];

export function sceneKitFor(scene: string): SceneKit {
  const known = SCENE_KITS.find((kit) => kit.match.test(scene));
  if (known) return known;
  return {
    id: 'custom',
    match: /$^/,
    zh: {
      label: scene,
      tags: [scene],
      moments: [`在${scene}的时候`, `每次${scene}`, `${scene}的日常里`],
      pains: ['总有些小麻烦让人分心', '用着不顺手的东西只能将就', '准备不充分就容易手忙脚乱'],
    },
    en: {
      label: scene,
      moments: [`during ${scene}`, `every time you are at ${scene}`, `a typical day of ${scene}`],
      pains: ['small hassles keep breaking your focus', 'awkward gear you have to put up with', 'poor preparation turns into a scramble'],
    },
  };
}
