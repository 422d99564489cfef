import type { Attribute } from './schema';

/**
 * Selling-point attributes → the buyer's pain in a scene → the product's answer.
 * Keep every line free of claims the seller did not make: the answer restates
 * {point} and shows what it changes in the scene, nothing more.
 */
export const ATTRIBUTES: readonly Attribute[] = [
  {
    id: 'keep-warm', cues: ['保温', '恒温', 'keeps hot', 'keep hot', 'keeps drinks hot', 'hot for', 'stays hot', 'insulated', 'thermal'], leadEn: 'Keeps drinks hot', labelZh: '保温',
    pains: [
      { zh: '到公司想喝口热的，杯里的水早就凉了', en: 'by the time you reach your desk, the tea you made at home has gone cold', in: ['commute', 'office'] },
      { zh: '图书馆接不到热水，下午只能喝凉的', en: 'there is no hot water in the library, so the afternoon means cold drinks', in: ['study', 'dorm'] },
      { zh: '山上风一吹，带的热水没多久就温吞了', en: 'up on the trail the wind takes the heat out of your drink in no time', in: ['outdoor', 'winter', 'travel'] },
      { zh: '半夜冲奶还得现烧水，孩子哭着等不了', en: 'a night feed means boiling water while the baby cries', in: ['baby'] },
      { zh: '想喝口热的，杯里的水却早就凉了', en: 'you want a warm sip and find the drink has gone cold' },
    ],
    answers: [
      { zh: '{point}，早上灌进去的热水，到下午拧开还烫口', en: '{point}, so coffee poured at breakfast is still hot mid-afternoon', minHours: 8 },
      { zh: '{point}，出门前灌满，一路都有口热乎的', en: '{point}: fill it before you leave and there is a warm sip whenever you want one' },
      { zh: '{point}，想喝的时候拧开就是温热的，不用到处找热水', en: '{point}, so a warm drink is ready without hunting for a kettle' },
    ],
    showcase: [
      { zh: '拧开盖子，热气先冒出来——{point}', en: 'Twist the lid and the steam rises first: {point}' },
      { zh: '放在手边，{point}，想起来就喝一口', en: 'Keep it at hand; {point}, so every sip is the temperature you poured' },
    ],
  },
  {
    id: 'keep-cold', cues: ['保冷', '冰爽', '冰镇', 'keeps cold', 'stays cold', 'ice'], leadEn: 'Keeps drinks cold', labelZh: '保冷',
    pains: [
      { zh: '夏天在外面跑一圈，冰饮没多久就成了温水', en: 'on a summer afternoon an iced drink turns lukewarm before you finish it', in: ['summer', 'outdoor', 'sport'] },
      { zh: '健身练到一半想喝口冰的，水早就不凉了', en: 'halfway through a workout your cold water is no longer cold', in: ['sport'] },
      { zh: '车里一晒，带的饮料喝起来温吞吞的', en: 'a hot car turns every drink you brought into warm water', in: ['car', 'travel'] },
      { zh: '想喝口冰的，拿出来却已经是温水', en: 'you reach for something cold and find it lukewarm' },
    ],
    answers: [
      { zh: '{point}，加了冰块的水喝到最后一口还是凉的', en: '{point}, so the last sip is as cold as the first' },
      { zh: '{point}，出门装满冰水，晒了一路拧开照样冰爽', en: '{point}: fill it with ice water and it stays refreshing through the heat' },
    ],
    showcase: [{ zh: '杯壁不挂水珠，{point}，塞进包里也不怕弄湿东西', en: 'No sweaty outside and {point}, so it can ride in your bag next to a laptop' }],
  },
  {
    id: 'leakproof', cues: ['防漏', '密封', '不漏', '防洒', 'leakproof', 'leak-proof', 'spill', 'sealed'], leadEn: 'Leakproof lid', labelZh: '防漏',
    pains: [
      { zh: '杯子和电脑放一个包里，总担心漏水把东西泡了', en: 'a bottle next to your laptop is a constant worry about leaks', in: ['commute', 'office', 'study'] },
      { zh: '汤汤水水带出门，一路颠簸就洒了', en: 'soup in a lunch box spills at the first bump', in: ['kitchen', 'office', 'commute'] },
      { zh: '孩子拿着杯子一甩，水洒了一身', en: 'one swing of a toddler\'s cup and everyone is wet', in: ['baby'] },
      { zh: '包里装着水杯，总担心它悄悄漏了', en: 'a bottle in the bag means a quiet worry about leaks' },
    ],
    answers: [
      { zh: '{point}，倒过来晃一晃也不怕，放心塞进包里', en: '{point}, so it can lie flat in your bag without a drip' },
      { zh: '{point}，盖子一拧，颠一路也不用惦记', en: '{point}: close it and stop thinking about it' },
    ],
    showcase: [{ zh: '和笔记本、充电器挤在一个包里，{point}，到了拿出来照样干干净净', en: 'Packed with your laptop and charger, {point}, and everything comes out dry' }],
  },
  {
    id: 'one-hand', cues: ['单手', '一键', '按压开盖', '弹盖', 'one-hand', 'one hand', 'one-touch', 'push button'], leadEn: 'One-hand operation', labelZh: '单手操作',
    pains: [
      { zh: '一手拎包一手拿手机，拧不开杯盖', en: 'one hand holds the bag, the other the phone, and the lid will not twist open', in: ['commute', 'travel', 'car'] },
      { zh: '抱着孩子腾不出手，想喝口水都难', en: 'with a baby on your arm there is no free hand for anything', in: ['baby'] },
      { zh: '骑车、开车的时候，两只手都腾不出来', en: 'on the bike or behind the wheel, neither hand is free', in: ['sport', 'car'] },
      { zh: '手上拿着东西，想打开它还得先腾出一只手', en: 'your hands are full and opening it means putting something down' },
    ],
    answers: [
      { zh: '{point}，一只手就能搞定', en: '{point}: one hand is all it takes' },
      { zh: '{point}，另一只手该干嘛干嘛', en: '{point}, so the other hand stays on what it was doing' },
    ],
    showcase: [{ zh: '另一只手还拿着东西的时候，{point}', en: 'With the other hand still full: {point}' }],
  },
  {
    id: 'lightweight', cues: ['轻', '克', 'lightweight', 'light weight', 'ultralight', 'weighs', '轻至'], leadEn: 'Light to carry', labelZh: '轻便',
    pains: [
      { zh: '包本来就沉，再多带一样东西肩膀就受不了', en: 'your bag is already heavy and one more thing is too many', in: ['commute', 'travel', 'study'] },
      { zh: '徒步走到后半程，背上每一样东西都觉得重', en: 'on the second half of a hike, every item on your back feels heavier', in: ['outdoor', 'sport'] },
      { zh: '装备又多又沉，从停车场搬到营地要来回好几趟', en: 'hauling gear from the car to the pitch takes several trips', in: ['outdoor', 'car'] },
      { zh: '拿久了手腕发酸，用着用着就想放下', en: 'hold it for a while and your wrist starts to ache' },
    ],
    answers: [
      { zh: '{point}，放进包里几乎感觉不到', en: '{point}, so you barely notice it in the bag' },
      { zh: '{point}，拎起来不费劲，走再远也不嫌累赘', en: '{point}: easy to carry however far the day goes' },
    ],
    showcase: [{ zh: '拎起来试试，{point}，出门顺手就带上了', en: 'Pick it up: {point}, so it simply comes along' }],
  },
  {
    id: 'foldable', cues: ['折叠', '可折', '收纳后', '压缩', 'foldable', 'folding', 'collapsible', 'folds', '一键折叠'], leadEn: 'Folds flat', labelZh: '可折叠',
    pains: [
      { zh: '用完没地方放，摊在那里占一大块地方', en: 'when you are done with it, it sits there taking up space', in: ['home', 'dorm', 'office'] },
      { zh: '后备箱就那么大，装了这样就塞不下那样', en: 'the boot is only so big and something always has to stay behind', in: ['car', 'outdoor', 'travel'] },
      { zh: '行李箱塞得满满当当，大件东西根本放不进去', en: 'the suitcase is full and bulky things simply do not fit', in: ['travel'] },
      { zh: '东西用完没处放，摊开占了一大块地方', en: 'when you are done, it sprawls and takes up room' },
    ],
    answers: [
      { zh: '{point}，用完一收，靠墙一放就行', en: '{point}: fold it away and lean it against a wall' },
      { zh: '{point}，收起来只占一点点地方', en: '{point}, so it packs down to almost nothing' },
    ],
    showcase: [{ zh: '展开就能用，收起来巴掌大小一叠——{point}', en: 'Open it and it works; close it and it tucks away, because {point}' }],
  },
  {
    id: 'compact', cues: ['小巧', '口袋', '迷你', '便携', '随身', 'compact', 'pocket', 'mini', 'portable'], leadEn: 'Pocket-friendly size', labelZh: '小巧便携',
    pains: [
      { zh: '出门只背个小包，稍大一点的东西就装不下', en: 'you only carry a small bag and anything bigger will not fit', in: ['commute', 'party', 'travel'] },
      { zh: '工位桌面本来就小，放不下太占地方的东西', en: 'the desk is tiny and nothing bulky will fit on it', in: ['office', 'study', 'dorm'] },
      { zh: '东西太大就懒得带，真要用的时候又不在身边', en: 'bulky things get left at home, right when you need them' },
    ],
    answers: [
      { zh: '{point}，揣兜里、塞小包都不显鼓', en: '{point}, so it slips into a pocket or a small bag' },
      { zh: '{point}，随手一带，想用的时候就在身边', en: '{point}: it comes along without thinking, and it is there when you need it' },
    ],
    showcase: [{ zh: '小小一个放在掌心，{point}', en: 'It sits in your palm: {point}' }],
  },
  {
    id: 'capacity', cues: ['大容量', '容量', '升', 'ml', '毫升', 'large capacity', 'capacity', 'litre', 'liter', 'oz'], leadEn: 'Room for more', labelZh: '大容量',
    pains: [
      { zh: '一天要跑好几趟接水，刚坐下又得起身', en: 'refilling means getting up from your desk again and again', in: ['office', 'study', 'sport'] },
      { zh: '出门一整天，东西多到一个包装不下', en: 'a full day out means more things than one bag can take', in: ['travel', 'outdoor', 'baby'] },
      { zh: '一家人的量一次做不出来，得分好几锅', en: 'cooking for the whole family takes several batches', in: ['kitchen', 'home'] },
      { zh: '装不下多少，没一会儿又得去续', en: 'it holds so little that you are refilling in no time' },
    ],
    answers: [
      { zh: '{point}，装满一次，能少跑好几趟', en: '{point}, so one fill saves several trips' },
      { zh: '{point}，该带的都放得下，不用再拎第二个袋子', en: '{point}: everything goes in, no second bag needed' },
    ],
    showcase: [{ zh: '一次装满，{point}，省下来回折腾的工夫', en: 'Fill it once: {point}, and skip the back-and-forth' }],
  },
  {
    id: 'waterproof', cues: ['防水', '防泼水', '防雨', 'ipx', 'waterproof', 'water-resistant', 'water resistant', 'splash'], leadEn: 'Shrugs off rain', labelZh: '防水',
    pains: [
      { zh: '出门时还是晴天，半路一场雨，包里东西全湿了', en: 'it was sunny when you left, then a shower soaks everything in your bag', in: ['rain', 'commute', 'travel'] },
      { zh: '营地一夜露水，早上起来东西湿漉漉的', en: 'overnight dew leaves everything damp by morning', in: ['outdoor'] },
      { zh: '运动出一身汗，东西沾了汗水就怕坏', en: 'sweat and splashes are exactly what electronics hate', in: ['sport'] },
      { zh: '一沾水就得手忙脚乱地擦', en: 'one splash and you are scrambling to dry it' },
    ],
    answers: [
      { zh: '{point}，雨点落在上面，一抖就掉', en: '{point}, so raindrops bead up and shake off' },
      { zh: '{point}，下雨天也不用把它护在怀里', en: '{point}: no need to hug it close when the rain starts' },
    ],
    showcase: [{ zh: '水珠落上去，顺着表面滚下来——{point}', en: 'Drops roll straight off the surface: {point}' }],
  },
  {
    id: 'quick-dry', cues: ['速干', '快干', 'quick-dry', 'quick dry', 'fast drying', 'dries fast'], leadEn: 'Dries fast', labelZh: '速干',
    pains: [
      { zh: '练完一身汗，衣服湿答答贴在背上', en: 'after a workout, a wet shirt clings to your back', in: ['sport', 'summer'] },
      { zh: '梅雨天洗了东西，晾三天还是潮的', en: 'in the rainy season, laundry stays damp for days', in: ['rain', 'home', 'dorm'] },
      { zh: '出门在外没地方晾，第二天还得穿湿的', en: 'on the road there is nowhere to dry things before tomorrow', in: ['travel', 'outdoor'] },
      { zh: '湿了之后半天不干，黏在身上很难受', en: 'once it is wet it stays wet and clammy' },
    ],
    answers: [
      { zh: '{point}，洗完挂一晚，第二天就能用', en: '{point}: wash it in the evening and it is ready by morning' },
      { zh: '{point}，汗水来得快走得也快，身上不黏', en: '{point}, so sweat leaves as fast as it comes' },
    ],
    showcase: [{ zh: '搓洗一下挂起来，{point}，出门前收下来就能用', en: 'Rinse, hang, and {point}, ready before you head out' }],
  },
  {
    id: 'breathable', cues: ['透气', '网眼', '冰丝', '凉感', 'breathable', 'mesh', 'cooling'], leadEn: 'Breathes in the heat', labelZh: '透气',
    pains: [
      { zh: '三伏天闷得一身汗，衣服黏在身上', en: 'in the dog days, fabric sticks to your skin', in: ['summer', 'commute'] },
      { zh: '走了一天路，脚闷在鞋里又热又潮', en: 'after a day on your feet, shoes feel hot and damp', in: ['sport', 'travel', 'commute'] },
      { zh: '夜里翻来覆去，身下又闷又热睡不踏实', en: 'you toss and turn at night because the bed feels stuffy', in: ['sleep', 'summer'] },
      { zh: '一出汗就闷得慌，浑身不自在', en: 'the moment you sweat, everything feels stuffy' },
    ],
    answers: [
      { zh: '{point}，风能透进来，身上清清爽爽', en: '{point}, so air moves through and you stay fresh' },
      { zh: '{point}，闷热天穿着也不憋气', en: '{point}: it does not trap the heat' },
    ],
    showcase: [{ zh: '对着光能看见细细的透气孔，{point}', en: 'Hold it to the light and you see the weave that lets it breathe: {point}' }],
  },
  {
    id: 'warmth', cues: ['保暖', '加绒', '充绒', '鹅绒', '鸭绒', '羽绒', '抓绒', '发热', 'warm', 'fleece', 'down', 'thermal lining'], leadEn: 'Warm without the bulk', labelZh: '保暖',
    pains: [
      { zh: '早上出门等车，寒风一吹从脖子凉到脚', en: 'waiting for the bus on a winter morning, the wind cuts straight through', in: ['winter', 'commute'] },
      { zh: '穿得厚厚一层又一层，行动起来笨手笨脚', en: 'layer after layer and you can hardly move', in: ['winter', 'outdoor'] },
      { zh: '南方冬天屋里阴冷，坐着坐着手脚冰凉', en: 'an unheated room in winter leaves hands and feet icy', in: ['home', 'winter', 'office'] },
      { zh: '风一吹就冷得缩起脖子', en: 'one gust and you are hunching against the cold' },
    ],
    answers: [
      { zh: '{point}，风灌不进来，身上暖暖的', en: '{point}, so the cold stays outside' },
      { zh: '{point}，一件顶得上好几层，动起来也利索', en: '{point}: warm enough that you can skip the extra layers' },
    ],
    showcase: [{ zh: '穿上拉好拉链，{point}，站在风口也不缩脖子', en: 'Zip it up; {point}, and you stop hunching against the wind' }],
  },
  {
    id: 'sun-protect', cues: ['防晒', 'upf', 'spf', '防紫外线', '遮阳', 'sun protection', 'uv'], leadEn: 'Sun cover', labelZh: '防晒',
    pains: [
      { zh: '中午出门一趟，胳膊就晒得发红发烫', en: 'one midday errand and your arms are red and hot', in: ['summer', 'commute'] },
      { zh: '海边玩一天，回来晒得脱皮', en: 'a day at the beach and you come back sunburnt', in: ['travel', 'summer'] },
      { zh: '露营、爬山一整天都在太阳底下，没处躲', en: 'a whole day outdoors with nowhere to hide from the sun', in: ['outdoor', 'sport'] },
      { zh: '太阳一晒，皮肤就发烫', en: 'a little sun and your skin starts to burn' },
    ],
    answers: [
      { zh: '{point}，大太阳底下也敢出门', en: '{point}, so a sunny day is not something to dodge' },
      { zh: '{point}，在户外待久一点也安心', en: '{point}: stay outside longer with peace of mind' },
    ],
    showcase: [{ zh: '出门前顺手带上，{point}', en: 'Grab it on the way out: {point}' }],
  },
  {
    id: 'windproof', cues: ['防风', '挡风', 'windproof', 'wind-resistant', 'windbreaker', '抗风'], leadEn: 'Blocks the wind', labelZh: '防风',
    pains: [
      { zh: '骑车上班迎着风，脸和手吹得生疼', en: 'cycling into a headwind leaves your face and hands stinging', in: ['commute', 'winter', 'sport'] },
      { zh: '山顶风大，一停下来就冷得发抖', en: 'at the summit the wind chills you the moment you stop', in: ['outdoor', 'travel'] },
      { zh: '风一大就吹透了，冷得直哆嗦', en: 'a strong wind cuts straight through' },
    ],
    answers: [
      { zh: '{point}，风再大也钻不进来', en: '{point}, so gusts do not get through' },
      { zh: '{point}，站在风口也能从容一点', en: '{point}: stand in the wind without flinching' },
    ],
    showcase: [{ zh: '领口一收，{point}，冷风被挡在外面', en: 'Cinch the collar; {point}, and the wind stays outside' }],
  },
  {
    id: 'battery', cues: ['续航', '电池', '毫安', 'mah', '待机', 'battery', 'playtime', 'hours of', '一次充电'], leadEn: 'Battery that lasts', labelZh: '长续航',
    pains: [
      { zh: '出差一整天，电量撑不到晚上回酒店', en: 'on a long work trip the battery dies before you reach the hotel', in: ['travel', 'office'] },
      { zh: '地铁上听着歌，突然没电了', en: 'halfway through the commute the music cuts out', in: ['commute'] },
      { zh: '营地没插座，用着用着就没电了', en: 'no socket at the campsite and the battery runs flat', in: ['outdoor'] },
      { zh: '隔一会儿就得找充电线，用着不踏实', en: 'you keep reaching for the charger instead of using it' },
    ],
    answers: [
      { zh: '{point}，早上出门带上，晚上回来还有电', en: '{point}, so it lasts from morning to night', minHours: 8 },
      { zh: '{point}，不用一直惦记着电量', en: '{point}: stop watching the battery icon' },
    ],
    showcase: [{ zh: '充好电塞进包里，{point}，一整天不用想它', en: 'Charge it, pack it, forget it: {point}' }],
  },
  {
    id: 'fast-charge', cues: ['快充', '闪充', 'w快', 'pd', 'fast charg', 'quick charg', 'rapid charg'], leadEn: 'Charges fast', labelZh: '快充',
    pains: [
      { zh: '出门前才发现没电，等着充电只能干着急', en: 'you notice the low battery just as you need to leave', in: ['commute', 'travel', 'office'] },
      { zh: '机场转机就那么一会儿，充不进多少电', en: 'a short layover is never long enough to charge', in: ['travel'] },
      { zh: '电量告急，可留给充电的时间只有一会儿', en: 'the battery is low and there is hardly any time to charge' },
    ],
    answers: [
      { zh: '{point}，洗漱的工夫就能回不少电', en: '{point}, so a short top-up goes a long way' },
      { zh: '{point}，等人、候车的间隙插一会儿就够用', en: '{point}: a few minutes at a socket is enough to carry on' },
    ],
    showcase: [{ zh: '插上线，电量数字往上跳，{point}', en: 'Plug in and watch the numbers climb: {point}' }],
  },
  {
    id: 'noise-cancel', cues: ['降噪', '隔音', 'anc', 'noise cancel', 'noise-cancel', 'noise isolat'], leadEn: 'Quiet the world', labelZh: '降噪',
    pains: [
      { zh: '地铁里轰隆隆的，耳机音量开到很大还是听不清', en: 'on the train you turn the volume all the way up and still miss words', in: ['commute', 'travel'] },
      { zh: '开放式办公区吵吵嚷嚷，静不下心写东西', en: 'an open-plan office makes focused work hard', in: ['office', 'study'] },
      { zh: '室友作息不一样，想早睡总被声音吵醒', en: 'a roommate on a different schedule keeps waking you', in: ['dorm', 'sleep'] },
      { zh: '周围吵吵嚷嚷，想听清点什么都难', en: 'the noise around makes it hard to hear anything' },
    ],
    answers: [
      { zh: '{point}，戴上之后周围一下子安静了', en: '{point}: put them on and the room goes quiet' },
      { zh: '{point}，音量不用开大也听得清', en: '{point}, so you can listen at a gentle volume' },
    ],
    showcase: [{ zh: '轻轻一戴，{point}，车厢的嘈杂退到了很远的地方', en: 'Put them on; {point}, and the carriage noise falls away' }],
  },
  {
    id: 'quiet', cues: ['静音', '低噪', '分贝', '无声', 'silent', 'quiet', 'low noise'], leadEn: 'Runs quietly', labelZh: '静音',
    pains: [
      { zh: '夜里开着它，嗡嗡声吵得人睡不着', en: 'at night the hum keeps you awake', in: ['sleep', 'home', 'baby'] },
      { zh: '宿舍里一用，动静大得怕影响室友', en: 'in a shared room you worry the noise will bother others', in: ['dorm', 'study'] },
      { zh: '孩子好不容易睡着，一点动静就醒', en: 'the baby finally sleeps and any sound wakes them', in: ['baby'] },
      { zh: '机器一响，嗡嗡声就让人心烦', en: 'the hum of a machine wears on your nerves' },
    ],
    answers: [
      { zh: '{point}，放在床头也不打扰睡觉', en: '{point}, quiet enough for the bedside' },
      { zh: '{point}，开着它，屋里照样安安静静', en: '{point}: the room stays calm while it runs' },
    ],
    showcase: [{ zh: '关上灯，只听得见呼吸声——{point}', en: 'Lights off, and all you hear is breathing: {point}' }],
  },
  {
    id: 'wireless', cues: ['无线', '蓝牙', 'wireless', 'bluetooth', 'cordless'], leadEn: 'No cables in the way', labelZh: '无线',
    pains: [
      { zh: '线缠成一团，每次用之前都要先解半天', en: 'the cable tangles every time you pull it out', in: ['commute', 'office', 'travel'] },
      { zh: '跑步时线来回甩，一不小心就被扯掉', en: 'a cord swinging while you run gets yanked out', in: ['sport'] },
      { zh: '插座离得远，用的时候被线拴在一个地方', en: 'the socket is far away and the cord keeps you tethered', in: ['home', 'kitchen', 'clean'] },
      { zh: '线缠来绕去，用之前先得解半天', en: 'the cord tangles and you untangle before you use it' },
    ],
    answers: [
      { zh: '{point}，拿起来就用，不用再理线', en: '{point}: pick it up and go, no untangling' },
      { zh: '{point}，走到哪用到哪，不受线的牵绊', en: '{point}, so it moves wherever you do' },
    ],
    showcase: [{ zh: '桌面上少了一根线，{point}，看着都清爽', en: 'One less cable on the desk: {point}' }],
  },
  {
    id: 'soft', cues: ['柔软', '亲肤', '软糯', '纯棉', '棉', '莫代尔', '绒', 'soft', 'cotton', 'gentle on skin'], leadEn: 'Soft on skin', labelZh: '柔软亲肤',
    pains: [
      { zh: '料子硬邦邦的，贴着皮肤一天都不舒服', en: 'stiff fabric rubs against your skin all day', in: ['home', 'sleep', 'commute'] },
      { zh: '宝宝皮肤嫩，粗糙的料子一蹭就红', en: 'a baby\'s skin reddens at the touch of rough fabric', in: ['baby'] },
      { zh: '洗了几次就起球发硬，越用越扎', en: 'after a few washes it pills and turns scratchy', in: ['home', 'dorm'] },
      { zh: '料子一硬，贴着皮肤就不舒服', en: 'stiff material is uncomfortable against the skin' },
    ],
    answers: [
      { zh: '{point}，贴着皮肤软软的，用着舒服', en: '{point}, so it feels gentle against the skin' },
      { zh: '{point}，摸上去软乎乎的，上身没有负担', en: '{point}: soft to the touch, easy to wear' },
    ],
    showcase: [{ zh: '手心抚过去，软软的一层——{point}', en: 'Run your palm over it and feel the softness: {point}' }],
  },
  {
    id: 'anti-slip', cues: ['防滑', '止滑', '吸盘', '颗粒', 'non-slip', 'anti-slip', 'grip', 'non slip'], leadEn: 'Stays put', labelZh: '防滑',
    pains: [
      { zh: '浴室地面湿滑，进出都得小心翼翼', en: 'a wet bathroom floor makes every step careful', in: ['home', 'baby', 'clean'] },
      { zh: '练到出汗，垫子和手一起打滑', en: 'once you sweat, hands and mat start to slide', in: ['sport'] },
      { zh: '东西放在桌上，一碰就跑偏', en: 'it shifts across the desk at the slightest touch', in: ['office', 'study', 'car'] },
      { zh: '一不小心就滑开了，用着提心吊胆', en: 'it slips at the wrong moment and you stay on edge' },
    ],
    answers: [
      { zh: '{point}，踩上去稳稳的', en: '{point}, so it stays steady underfoot' },
      { zh: '{point}，出了汗也不打滑', en: '{point}: no sliding, even when things get sweaty' },
    ],
    showcase: [{ zh: '放下去就贴住了，{point}', en: 'Set it down and it holds: {point}' }],
  },
  {
    id: 'durable', cues: ['耐磨', '耐用', '加厚', '结实', '抗摔', '牛津布', '尼龙', 'durable', 'sturdy', 'heavy-duty', 'reinforced', 'tough', '不起球', '不易起球'], leadEn: 'Built to last', labelZh: '结实耐用',
    pains: [
      { zh: '用不了多久就磨破了、开线了，又得重新买', en: 'it wears through or splits at the seams after a few months', in: ['commute', 'study', 'travel'] },
      { zh: '户外磕磕碰碰，普通的东西经不起折腾', en: 'outdoors everything gets knocked around', in: ['outdoor', 'sport'] },
      { zh: '孩子拿着摔来摔去，没几天就坏了', en: 'kids drop it, throw it, and it breaks in days', in: ['baby'] },
      { zh: '用不了多久就磨损了，又得重新买', en: 'it wears out quickly and you are buying another' },
    ],
    answers: [
      { zh: '{point}，天天用也不心疼', en: '{point}, so daily use does not feel like a risk' },
      { zh: '{point}，磕着碰着也扛得住', en: '{point}: it takes the bumps in its stride' },
    ],
    showcase: [{ zh: '边角、接缝都做得扎实，{point}', en: 'Corners and seams are made to take wear: {point}' }],
  },
  {
    id: 'easy-clean', cues: ['易清洗', '可拆洗', '好清洗', '不粘', '可水洗', '一擦', '洗碗机', 'easy to clean', 'dishwasher', 'non-stick', 'washable', 'wipe clean', '即净', '一冲', '免手洗'], leadEn: 'Easy to clean', labelZh: '易清洁',
    pains: [
      { zh: '用完最头疼的是清洗，边边角角的污垢刷不到', en: 'cleaning up is the worst part, with grime in every corner', in: ['kitchen', 'home'] },
      { zh: '炒完菜锅底糊一层，泡半天还刷不干净', en: 'food sticks to the pan and soaking barely helps', in: ['kitchen'] },
      { zh: '宝宝用的东西天天要洗，洗得手都泡白了', en: 'baby things need washing every single day', in: ['baby'] },
      { zh: '用完最麻烦的是清洗，边角总刷不干净', en: 'cleaning up afterwards is the worst part' },
    ],
    answers: [
      { zh: '{point}，用完冲一冲就干净', en: '{point}: a quick rinse and it is clean' },
      { zh: '{point}，收拾的时间省下来，能多坐一会儿', en: '{point}, so clean-up takes minutes, not the evening' },
    ],
    showcase: [{ zh: '水龙头下冲一下，{point}', en: 'Under the tap, a quick rinse: {point}' }],
  },
  {
    id: 'steel', cues: ['不锈钢', '316', '304', 'stainless'], leadEn: 'Stainless steel', labelZh: '不锈钢材质',
    pains: [
      { zh: '杯子用久了有股味道，泡过茶的水喝着都串味', en: 'an old bottle holds on to smells, and every drink tastes of yesterday\'s tea', in: ['office', 'commute', 'study'] },
      { zh: '装过咖啡再装白水，总觉得喝着不对劲', en: 'water tastes wrong after coffee has been in the same cup' },
    ],
    answers: [
      { zh: '{point}，泡茶、装咖啡都放心', en: '{point}, fine for tea, coffee or plain water' },
      { zh: '{point}，洗干净就没什么残留的味道', en: '{point}: rinse it and there is no lingering taste' },
    ],
    showcase: [{ zh: '打开盖往里看，是亮亮的一层{point}', en: 'Look inside and see the bright {point}' }],
  },
  {
    id: 'food-safe', cues: ['食品级', '硅胶', 'pp材质', 'tritan', '无双酚', 'bpa', 'food-grade', 'food grade', 'silicone'], leadEn: 'Food-grade materials', labelZh: '食品级材质',
    pains: [
      { zh: '给孩子用的东西，总担心材质不放心', en: 'anything your child puts in their mouth makes you check the material', in: ['baby'] },
      { zh: '装热饭热汤，心里总犯嘀咕能不能装', en: 'you hesitate before putting hot food in plastic', in: ['kitchen', 'office'] },
      { zh: '装吃的喝的，心里总犯嘀咕材质行不行', en: 'you wonder whether the material is right for food' },
    ],
    answers: [
      { zh: '{point}，装吃的喝的都更安心', en: '{point}, so food and drink go in without second thoughts' },
      { zh: '{point}，给家里人用也放心', en: '{point}: easy to trust for the whole family' },
    ],
    showcase: [{ zh: '盛上热汤，{point}，端上桌就能吃', en: 'Fill it with hot soup; {point}' }],
  },
  {
    id: 'gentle-formula', cues: ['温和', '无香精', '无酒精', '氨基酸', '敏感肌', '弱酸', 'gentle', 'fragrance-free', 'sensitive skin'], leadEn: 'Gentle formula', labelZh: '温和配方',
    pains: [
      { zh: '换季皮肤就闹脾气，用什么都紧绷发干', en: 'when the seasons change, your skin feels tight with everything', in: ['winter', 'home'] },
      { zh: '洗完脸紧绷绷的，像糊了一层纸', en: 'after washing, your face feels tight and papery', in: ['home', 'dorm'] },
      { zh: '给孩子用的洗护，总想挑成分简单的', en: 'for children\'s care products you want a short ingredient list', in: ['baby'] },
      { zh: '用完皮肤紧绷绷的，不太舒服', en: 'your skin feels tight and uncomfortable afterwards' },
    ],
    answers: [
      { zh: '{point}，洗完不紧绷', en: '{point}, so skin does not feel tight afterwards' },
      { zh: '{point}，天天用也不折腾皮肤', en: '{point}: easy on the skin for everyday use' },
    ],
    showcase: [{ zh: '挤一点在手心，揉开是细细的泡沫——{point}', en: 'A little in the palm lathers into a soft foam: {point}' }],
  },
  {
    id: 'moisture', cues: ['保湿', '补水', '滋润', '玻尿酸', '锁水', 'moistur', 'hydrat'], leadEn: 'Keeps skin comfortable', labelZh: '保湿滋润',
    pains: [
      { zh: '空调房里待一天，脸干得起皮', en: 'a day in air conditioning leaves your skin flaky', in: ['office', 'summer'] },
      { zh: '北方冬天风一吹，手和脸都干得发紧', en: 'winter wind leaves hands and face dry and tight', in: ['winter', 'commute'] },
      { zh: '长途飞行下来，皮肤干得没有光泽', en: 'after a long flight your skin looks dull and dry', in: ['travel'] },
      { zh: '皮肤干得发紧，一笑都觉得绷', en: 'your skin feels so dry that it tightens when you smile' },
    ],
    answers: [
      { zh: '{point}，抹上之后一整个下午都润润的', en: '{point}, so skin feels comfortable through the afternoon' },
      { zh: '{point}，干的时候抹一点，紧绷感就松下来了', en: '{point}: a little whenever it feels tight' },
    ],
    showcase: [{ zh: '质地一推就化开，{point}', en: 'It melts in with a light touch: {point}' }],
  },
  {
    id: 'oil-control', cues: ['控油', '清爽', '哑光', '不油腻', 'oil control', 'matte', 'non-greasy', 'lightweight texture'], leadEn: 'Fresh, not greasy', labelZh: '清爽控油',
    pains: [
      { zh: '下午照镜子，脸上油光一片', en: 'by afternoon the mirror shows a shiny face', in: ['office', 'summer', 'commute'] },
      { zh: '夏天抹什么都黏糊糊的，不想往脸上招呼', en: 'in summer everything feels sticky on the skin', in: ['summer', 'sport'] },
      { zh: '没多久脸上就泛油光', en: 'before long your face starts to shine' },
    ],
    answers: [
      { zh: '{point}，抹完不黏，清清爽爽的', en: '{point}, so it never feels sticky' },
      { zh: '{point}，到下午也不会油腻腻', en: '{point}: still fresh by late afternoon' },
    ],
    showcase: [{ zh: '薄薄一层推开，{point}', en: 'Spread a thin layer: {point}' }],
  },
  {
    id: 'long-wear', cues: ['持妆', '不脱妆', '不沾杯', '不掉色', '持久', 'long-wear', 'long-lasting', 'transfer-proof', 'smudge'], leadEn: 'Stays on', labelZh: '持妆',
    pains: [
      { zh: '早上化好的妆，午饭后就只剩一半', en: 'the make-up you put on at breakfast is half gone by lunch', in: ['office', 'commute'] },
      { zh: '约会吃个饭，口红全印在杯子上', en: 'dinner on a date and your lipstick ends up on the glass', in: ['party', 'gift'] },
      { zh: '妆没多久就花了，总得找镜子补', en: 'make-up fades fast and you keep looking for a mirror' },
    ],
    answers: [
      { zh: '{point}，喝水吃饭也不用频繁补', en: '{point}, so you are not touching up after every sip' },
      { zh: '{point}，从出门到晚上都不用惦记', en: '{point}: from leaving home to the evening, no worrying' },
    ],
    showcase: [{ zh: '对着镜子抿一抿，{point}', en: 'A quick press of the lips in the mirror: {point}' }],
  },
  {
    id: 'fragrance', cues: ['留香', '香氛', '香味', '清香', 'scent', 'fragrance', 'fragrant', '香薰'], leadEn: 'A fresh scent', labelZh: '香氛',
    pains: [
      { zh: '房间关了一天门窗，一进门闷闷的', en: 'a room closed all day greets you with stale air', in: ['home', 'dorm'] },
      { zh: '衣服晾干了却没什么味道，穿着少了点清新', en: 'clean laundry that smells of nothing at all', in: ['home', 'clean'] },
      { zh: '屋里闷了一天，一股说不出的味道', en: 'a closed room picks up a stale smell' },
    ],
    answers: [
      { zh: '{point}，推门进来闻到的是淡淡的香味', en: '{point}, so the room smells fresh when you walk in' },
      { zh: '{point}，靠近一点才闻得到，不冲鼻', en: '{point}: noticeable up close, never overpowering' },
    ],
    showcase: [{ zh: '打开的一瞬间，淡淡的香味飘出来——{point}', en: 'Open it and a light scent drifts out: {point}' }],
  },
  {
    id: 'adjustable', cues: ['可调', '调节', '多档', '档位', '调光', '伸缩', '升降', 'adjustable', 'levels', 'settings', 'dimmable', 'telescopic'], leadEn: 'Adjusts to you', labelZh: '多档可调',
    pains: [
      { zh: '一家人身高不一样，谁用都觉得别扭', en: 'everyone in the family is a different height, so it suits no one', in: ['home', 'office'] },
      { zh: '白天看书嫌暗，晚上又嫌刺眼', en: 'too dim for reading by day, too harsh at night', in: ['study', 'sleep', 'dorm'] },
      { zh: '天气一变，原来的设置就不合适了', en: 'when the weather changes, yesterday\'s setting is wrong' },
    ],
    answers: [
      { zh: '{point}，怎么顺手怎么来', en: '{point}, so you set it the way that suits you' },
      { zh: '{point}，换个人、换个时候都能调到合适', en: '{point}: whoever uses it, whenever, it adjusts' },
    ],
    showcase: [{ zh: '轻轻一转就换了一档，{point}', en: 'A small turn and it changes: {point}' }],
  },
  {
    id: 'flicker-free', cues: ['无频闪', '无蓝光', '显色', '色温', 'flicker-free', 'flicker free', 'color temperature', 'cri'], leadEn: 'Steady, even light', labelZh: '光线柔和',
    pains: [
      { zh: '晚上刷题刷到一半，灯光晃得眼睛发酸', en: 'late-night study under a harsh lamp leaves your eyes tired', in: ['study', 'dorm', 'office'] },
      { zh: '孩子写作业，桌上一块亮一块暗', en: 'the homework desk is bright in one spot and dark in another', in: ['home', 'baby'] },
      { zh: '灯光不匀，看一会儿就觉得累', en: 'uneven light tires you after a while' },
    ],
    answers: [
      { zh: '{point}，光打在书页上匀匀的', en: '{point}, so light falls evenly across the page' },
      { zh: '{point}，看久了也不晃眼', en: '{point}: steady light for long sessions' },
    ],
    showcase: [{ zh: '按下开关，桌面亮得柔和又均匀，{point}', en: 'Switch it on and the desk fills with even light: {point}' }],
  },
  {
    id: 'timer', cues: ['定时', '预约', '自动关', '记忆', 'timer', 'schedule', 'auto shut', 'auto-off'], leadEn: 'Set it and forget it', labelZh: '定时预约',
    pains: [
      { zh: '早上起晚了，手忙脚乱来不及做早饭', en: 'you oversleep and there is no time for breakfast', in: ['kitchen', 'home'] },
      { zh: '睡前开着，半夜还得爬起来关', en: 'you leave it on at bedtime and wake up to switch it off', in: ['sleep', 'baby'] },
      { zh: '开着开着就忘了关，还得专门跑一趟', en: 'you forget to switch it off and have to go back' },
    ],
    answers: [
      { zh: '{point}，睡前设好，醒来就能用', en: '{point}: set it at night and it is ready when you wake' },
      { zh: '{point}，到点自己停，不用半夜起身', en: '{point}, so it stops on its own' },
    ],
    showcase: [{ zh: '按两下设好时间就不用管了，{point}', en: 'Two taps to set it, then leave it: {point}' }],
  },
  {
    id: 'fast-heat', cues: ['速热', '快速加热', '即热', '分钟', '预热', 'heats in', 'fast heating', 'rapid heat', 'minutes'], leadEn: 'Ready in minutes', labelZh: '速热',
    pains: [
      { zh: '早上赶时间，等它热起来就迟到了', en: 'on a busy morning you cannot wait for it to warm up', in: ['kitchen', 'commute', 'home'] },
      { zh: '下班到家饿得不行，还得等好久才能吃上', en: 'you get home starving and dinner is still a long wait away', in: ['kitchen', 'office'] },
      { zh: '等它热起来要好一阵，人已经没耐心了', en: 'it takes so long to heat that patience runs out' },
    ],
    answers: [
      { zh: '{point}，刷个牙的工夫就好了', en: '{point}, ready in the time it takes to brush your teeth' },
      { zh: '{point}，饿的时候不用干等', en: '{point}: no hungry waiting' },
    ],
    showcase: [{ zh: '按下开关，没一会儿就热气腾腾，{point}', en: 'Press start and it is steaming before long: {point}' }],
  },
  {
    id: 'power', cues: ['大吸力', '吸力', '功率', '大风力', '马力', 'suction', 'powerful', 'watt'], leadEn: 'Serious power', labelZh: '动力足',
    pains: [
      { zh: '家里有猫有狗，地上的毛怎么扫都扫不完', en: 'with pets at home, there is always hair on the floor', in: ['pet', 'clean', 'home'] },
      { zh: '沙发缝、床底下的灰，平时根本够不着', en: 'dust under the bed and between cushions is out of reach', in: ['clean', 'home'] },
      { zh: '三伏天屋里像蒸笼，风小了根本不管用', en: 'in a heatwave a weak breeze does nothing', in: ['summer', 'home', 'dorm'] },
      { zh: '劲儿不够，来来回回好几遍还是不干净', en: 'too weak, and several passes still leave a mess' },
    ],
    answers: [
      { zh: '{point}，过一遍地面就干净了不少', en: '{point}, so one pass makes a visible difference' },
      { zh: '{point}，该出力的时候不含糊', en: '{point}: it pulls its weight when it counts' },
    ],
    showcase: [{ zh: '推过去一趟，回头看地面清清爽爽，{point}', en: 'One pass, look back at a clean floor: {point}' }],
  },
  {
    id: 'smart', cues: ['app', '智能', '远程', '语音', '感应', 'smart', 'sensor', 'voice control', 'remote'], leadEn: 'Smart control', labelZh: '智能控制',
    pains: [
      { zh: '人已经在外面了，才想起家里忘了关', en: 'you are already out when you remember you left it on', in: ['home', 'commute', 'travel'] },
      { zh: '手上正忙着，腾不出空去按开关', en: 'your hands are busy and the switch is across the room', in: ['kitchen', 'baby', 'home'] },
      { zh: '每次都得走过去按开关，想起来就嫌麻烦', en: 'you have to walk over and press the switch every time' },
    ],
    answers: [
      { zh: '{point}，在外面打开手机也能看一眼', en: '{point}, so you can check it from your phone' },
      { zh: '{point}，手不用停下来', en: '{point}: no need to stop what you are doing' },
    ],
    showcase: [{ zh: '手机上点一下，它就动起来了——{point}', en: 'One tap on your phone and it starts: {point}' }],
  },
  {
    id: 'organize', cues: ['分区', '隔层', '多口袋', '收纳', '分隔', '夹层', 'compartment', 'organiz', 'pockets', 'divider', '分格'], leadEn: 'A place for everything', labelZh: '分区收纳',
    pains: [
      { zh: '包里东西一多就翻不到，钥匙总沉在最底下', en: 'in a crowded bag the keys always sink to the bottom', in: ['commute', 'travel', 'baby'] },
      { zh: '桌面、抽屉堆成一团，找样东西要翻半天', en: 'desk and drawers pile up until finding anything takes ages', in: ['office', 'study', 'home', 'dorm'] },
      { zh: '奶瓶、纸巾、尿不湿全混在一起，用的时候手忙脚乱', en: 'bottles, wipes and nappies all in one jumble', in: ['baby'] },
      { zh: '东西一多就乱，找样东西要翻半天', en: 'as soon as things pile up, finding anything takes ages' },
    ],
    answers: [
      { zh: '{point}，东西各归各位，伸手就摸得到', en: '{point}, so everything has its spot and you find it by feel' },
      { zh: '{point}，一眼就知道东西放在哪', en: '{point}: one glance tells you where things are' },
    ],
    showcase: [{ zh: '打开一看，大大小小的东西各有各的格子，{point}', en: 'Open it up and everything sits in its own place: {point}' }],
  },
  {
    id: 'no-drill', cues: ['免打孔', '免钉', '粘贴', '无痕', '免安装', 'no drill', 'no-drill', 'adhesive', 'no tools'], leadEn: 'No drilling needed', labelZh: '免打孔',
    pains: [
      { zh: '租的房子不能打孔，想装点东西无从下手', en: 'a rental means no drilling, so nothing goes on the walls', in: ['home', 'dorm'] },
      { zh: '退租时墙上留了印子，押金都不好要回来', en: 'marks on the wall at move-out put the deposit at risk', in: ['home', 'dorm'] },
      { zh: '想装点东西，又不想在墙上打孔', en: 'you want it on the wall without drilling holes' },
    ],
    answers: [
      { zh: '{point}，贴上就能用，退租时也好取下来', en: '{point}: up in minutes and easy to take down when you move out' },
      { zh: '{point}，不用电钻，自己动手几分钟搞定', en: '{point}, no drill, no handyman' },
    ],
    showcase: [{ zh: '对准位置轻轻一按，{point}', en: 'Line it up and press: {point}' }],
  },
  {
    id: 'load', cues: ['承重', '稳固', '加粗', '三角', '稳定', 'load', 'holds up to', 'stable', 'sturdy frame'], leadEn: 'Steady under load', labelZh: '承重稳固',
    pains: [
      { zh: '东西一放多就摇摇晃晃，看着心里发慌', en: 'load it up and it starts to wobble', in: ['home', 'office', 'dorm'] },
      { zh: '坐在营地椅子上，一动就咯吱响', en: 'the camp chair creaks every time you shift', in: ['outdoor'] },
      { zh: '东西一放多就晃，看着心里不踏实', en: 'load it up and it wobbles' },
    ],
    answers: [
      { zh: '{point}，放满了也稳稳当当', en: '{point}, so it stays steady even fully loaded' },
      { zh: '{point}，用起来心里踏实', en: '{point}: solid enough to stop worrying' },
    ],
    showcase: [{ zh: '摆上去、坐上去都稳，{point}', en: 'Load it or sit on it and it holds: {point}' }],
  },
  {
    id: 'ergonomic', cues: ['人体工学', '腰托', '贴合', '护颈', '支撑', '曲线', 'ergonomic', 'lumbar', 'contoured', 'support'], leadEn: 'Shaped for comfort', labelZh: '贴合支撑',
    pains: [
      { zh: '在工位一坐一下午，起身时腰都直不起来', en: 'after an afternoon at the desk, standing up is stiff work', in: ['office', 'study'] },
      { zh: '高铁上靠着睡一觉，醒来脖子又僵又酸', en: 'a nap on the train leaves your neck stiff', in: ['travel', 'commute'] },
      { zh: '枕头高低不合适，早上醒来脖子发僵', en: 'the wrong pillow height means a stiff neck every morning', in: ['sleep'] },
      { zh: '用久了腰背发僵，怎么调整姿势都别扭', en: 'after a while your back stiffens whatever you try' },
    ],
    answers: [
      { zh: '{point}，靠上去身体有处着落', en: '{point}, so your body has something to rest against' },
      { zh: '{point}，坐久了、靠久了都舒服一点', en: '{point}: more comfortable over long hours' },
    ],
    showcase: [{ zh: '往后一靠，刚好托住，{point}', en: 'Lean back and it meets you: {point}' }],
  },
  {
    id: 'cushion', cues: ['缓震', '回弹', '记忆棉', '乳胶', '软弹', '气垫', 'cushion', 'memory foam', 'rebound', 'latex', '减震'], leadEn: 'Cushioned comfort', labelZh: '软弹缓冲',
    pains: [
      { zh: '跑完步膝盖和脚底都震得发麻', en: 'after a run your knees and soles feel every step', in: ['sport'] },
      { zh: '站了一天，脚底板又酸又胀', en: 'a day on your feet leaves your soles sore', in: ['commute', 'travel', 'office'] },
      { zh: '躺下去硬邦邦的，翻个身都觉得硌', en: 'lying down feels hard and every turn is uncomfortable', in: ['sleep', 'outdoor'] },
      { zh: '硬邦邦的，时间一长就硌得难受', en: 'it is hard and uncomfortable after a while' },
    ],
    answers: [
      { zh: '{point}，每一步落下去都软软的', en: '{point}, so every step lands softly' },
      { zh: '{point}，压下去慢慢弹回来，身体陷得刚好', en: '{point}: it gives, then gently pushes back' },
    ],
    showcase: [{ zh: '用手按下去再松开，慢慢回弹——{point}', en: 'Press and release, and it slowly rises again: {point}' }],
  },
  {
    id: 'quick-setup', cues: ['速开', '自动', '免搭', '一拉', '快开', '一秒', 'instant', 'pop-up', 'quick setup', 'easy setup'], leadEn: 'Up in moments', labelZh: '快速搭建',
    pains: [
      { zh: '到了营地天都快黑了，帐篷还没搭起来', en: 'you reach the campsite at dusk and the tent is still in its bag', in: ['outdoor'] },
      { zh: '说明书看了半天，还是装不明白', en: 'the instructions make no sense and it is still in pieces', in: ['home', 'dorm'] },
      { zh: '装起来步骤一大堆，还没用就先累了', en: 'setting it up takes so many steps that you are tired before you start' },
    ],
    answers: [
      { zh: '{point}，一个人也能很快弄好', en: '{point}, so one person can have it ready in no time' },
      { zh: '{point}，到了地方先歇口气，不用忙半天', en: '{point}: arrive, set up, sit down' },
    ],
    showcase: [{ zh: '往地上一放一拉，{point}', en: 'Set it down, pull, done: {point}' }],
  },
  {
    id: 'fresh', cues: ['新鲜', '现摘', '产地直发', '冷链', '当季', '现烤', '现磨', 'fresh', 'harvested', 'roasted'], leadEn: 'Fresh from the source', labelZh: '新鲜',
    pains: [
      { zh: '超市买的放了好几天，吃着没什么味道', en: 'supermarket food that has sat for days tastes of little', in: ['home', 'kitchen'] },
      { zh: '想给家里人买点好的，又怕不新鲜', en: 'you want something good for the family but worry it will not be fresh', in: ['gift', 'home'] },
      { zh: '买回来的东西放久了，吃着没什么味道', en: 'food that has sat too long tastes of little' },
    ],
    answers: [
      { zh: '{point}，打开就是本来的味道', en: '{point}, so it tastes the way it should' },
      { zh: '{point}，到手就能吃出新鲜劲儿', en: '{point}: the freshness shows in the first bite' },
    ],
    showcase: [{ zh: '拆开包装，先闻到的是香味——{point}', en: 'Open the pack and the aroma comes first: {point}' }],
  },
  {
    id: 'portion', cues: ['独立包装', '小包装', '小袋', '独立小包', '条装', '挂耳', 'individually wrapped', 'single-serve', 'sachet'], leadEn: 'Single portions', labelZh: '独立小包装',
    pains: [
      { zh: '大包装打开吃不完，放两天就受潮了', en: 'a big bag goes stale before you finish it', in: ['office', 'dorm', 'home'] },
      { zh: '出门想带一点，分装起来很麻烦', en: 'portioning some out for the road is a fiddle', in: ['travel', 'outdoor', 'commute'] },
      { zh: '一大包打开吃不完，放着放着就受潮了', en: 'a big pack goes stale before you finish it' },
    ],
    answers: [
      { zh: '{point}，撕开一袋吃一袋，剩下的不受潮', en: '{point}: open one at a time and the rest stay fresh' },
      { zh: '{point}，往包里塞几袋就出门', en: '{point}, so a few go in your bag on the way out' },
    ],
    showcase: [{ zh: '抽屉里放上几包，想吃的时候撕开一包，{point}', en: 'Keep a few in the drawer and tear one open when you like: {point}' }],
  },
  {
    id: 'taste', cues: ['口感', '香脆', '酥脆', '醇厚', '回甘', '顺滑', 'taste', 'crunchy', 'smooth', 'rich flavour', 'flavor'], leadEn: 'Flavour worth it', labelZh: '口感好',
    pains: [
      { zh: '下午犯困，嘴里想有点滋味提提神', en: 'the afternoon slump makes you crave something tasty', in: ['office', 'study'] },
      { zh: '追剧的时候手边总想有点吃的', en: 'a binge-watch calls for something to nibble', in: ['home', 'dorm', 'party'] },
      { zh: '嘴里寡淡，想来点有滋味的', en: 'you crave something with flavour' },
    ],
    answers: [
      { zh: '{point}，一口下去就停不下来', en: '{point}, hard to stop at one' },
      { zh: '{point}，嘴里那股香味能留好一会儿', en: '{point}: the flavour lingers' },
    ],
    showcase: [{ zh: '咬下去“咔嚓”一声，{point}', en: 'A satisfying bite: {point}' }],
  },
  {
    id: 'low-sugar', cues: ['低糖', '无糖', '零蔗糖', '0蔗糖', '低脂', '轻负担', 'sugar-free', 'low sugar', 'no added sugar', 'low fat'], leadEn: 'Lighter choice', labelZh: '轻负担',
    pains: [
      { zh: '想吃点零食，又怕吃完心里有负担', en: 'you want a snack but not the guilt that comes after', in: ['office', 'home', 'sport'] },
      { zh: '健身期间嘴馋，又不想前功尽弃', en: 'during a training block, cravings threaten the plan', in: ['sport'] },
      { zh: '嘴馋想吃点东西，又怕负担太重', en: 'you want a treat without the heaviness' },
    ],
    answers: [
      { zh: '{point}，嘴馋的时候吃得安心一点', en: '{point}, so snacking feels lighter' },
      { zh: '{point}，解馋又没那么多顾虑', en: '{point}: satisfy the craving with fewer second thoughts' },
    ],
    showcase: [{ zh: '配一杯茶，{point}', en: 'Pair it with a cup of tea: {point}' }],
  },
  {
    id: 'palatable', cues: ['适口性', '爱吃', '鲜肉', '冻干', '高蛋白', 'palatab', 'real meat', 'freeze-dried', 'high protein'], leadEn: 'Bowls licked clean', labelZh: '适口性好',
    pains: [
      { zh: '毛孩子挑食，倒了一碗只闻闻就走', en: 'your picky pet sniffs the bowl and walks away', in: ['pet'] },
      { zh: '换粮的时候总怕它吃不惯', en: 'switching food always risks a pet that will not eat', in: ['pet'] },
      { zh: '毛孩子挑嘴，倒了一碗只闻闻就走', en: 'your pet sniffs the bowl and walks off' },
    ],
    answers: [
      { zh: '{point}，倒进碗里它就凑过来了', en: '{point}, and your pet comes running at the rattle' },
      { zh: '{point}，喂饭的时候少了很多纠结', en: '{point}: feeding time gets easier' },
    ],
    showcase: [{ zh: '碗一放下，它就埋头吃起来——{point}', en: 'Bowl down, head down: {point}' }],
  },
  {
    id: 'low-dust', cues: ['低尘', '结团', '除臭', '吸味', '不粘底', 'low dust', 'clumping', 'odor', 'odour'], leadEn: 'Clean, fresh litter box', labelZh: '低尘好清理',
    pains: [
      { zh: '一铲猫砂灰扬起来，屋里都是味', en: 'every scoop raises dust and the smell spreads', in: ['pet', 'home'] },
      { zh: '猫砂粘在盆底，清理起来特别费劲', en: 'litter sticks to the tray and cleaning is a chore', in: ['pet', 'clean'] },
      { zh: '一清理就扬起一阵灰', en: 'every clean-up raises a cloud of dust' },
    ],
    answers: [
      { zh: '{point}，铲的时候干净利落', en: '{point}, so scooping is quick and clean' },
      { zh: '{point}，家里闻着清爽不少', en: '{point}: the room smells fresher' },
    ],
    showcase: [{ zh: '轻轻一铲就起来一整块，{point}', en: 'One scoop lifts it out whole: {point}' }],
  },
  {
    id: 'absorbent', cues: ['吸水', '吸汗', '超薄', '瞬吸', '干爽', '锁水层', 'absorbent', 'absorbs', 'dry feel'], leadEn: 'Soaks it up', labelZh: '吸水干爽',
    pains: [
      { zh: '洗完澡擦了半天，头发还在滴水', en: 'after a shower, your hair is still dripping after a long rub', in: ['home', 'sport'] },
      { zh: '宝宝夜里一泡尿，醒来哭闹又得换', en: 'one wet night and the baby wakes up crying', in: ['baby', 'sleep'] },
      { zh: '水擦了半天还是湿的', en: 'you wipe and wipe and it is still wet' },
    ],
    answers: [
      { zh: '{point}，轻轻一按水就吸走了', en: '{point}, so a gentle press takes the water away' },
      { zh: '{point}，身上干干爽爽，睡得踏实', en: '{point}: stays dry for a settled night' },
    ],
    showcase: [{ zh: '一擦一按，{point}', en: 'Pat and press: {point}' }],
  },
  {
    id: 'child-safe', cues: ['圆角', '安全锁', '防夹', '防烫', '儿童锁', '无尖角', 'rounded', 'child lock', 'child-safe', 'pinch'], leadEn: 'Thoughtful safety details', labelZh: '安全细节',
    pains: [
      { zh: '孩子到处爬，磕着碰着最让人揪心', en: 'a crawling child makes every corner a worry', in: ['baby', 'home'] },
      { zh: '一不留神孩子就去摸开关', en: 'turn your back and little hands reach for the switch', in: ['baby', 'kitchen'] },
      { zh: '家里有小朋友，棱棱角角都让人担心', en: 'with small children around, every edge is a worry' },
    ],
    answers: [
      { zh: '{point}，家里有小朋友也更放心', en: '{point}, a comfort in a home with small children' },
      { zh: '{point}，少一分提心吊胆', en: '{point}: one less thing to watch' },
    ],
    showcase: [{ zh: '摸一摸边角，都是圆润的，{point}', en: 'Run a finger along the edges: {point}' }],
  },
  {
    id: 'carry', cues: ['手提', '提手', '背带', '肩带', '挂扣', '万向轮', '静音轮', 'handle', 'strap', 'wheels', 'spinner'], leadEn: 'Easy to carry', labelZh: '好拿好带',
    pains: [
      { zh: '赶车时拎着大包小包，手都勒红了', en: 'rushing for a train with bags cutting into your fingers', in: ['travel', 'commute'] },
      { zh: '出门东西太多，两只手根本不够用', en: 'too much to carry and only two hands', in: ['baby', 'outdoor', 'party'] },
      { zh: '东西一多，两只手都不够用', en: 'too much to carry and only two hands' },
    ],
    answers: [
      { zh: '{point}，拎着、背着、推着都省力', en: '{point}, easy to carry, sling or wheel' },
      { zh: '{point}，腾出一只手来干别的', en: '{point}: frees a hand for everything else' },
    ],
    showcase: [{ zh: '往肩上一挎就出门，{point}', en: 'Sling it on and go: {point}' }],
  },
  {
    id: 'secure', cues: ['防盗', '隐藏拉链', '密码锁', 'tsa', '防割', 'anti-theft', 'hidden zip', 'lock'], leadEn: 'Keeps valuables safe', labelZh: '安心防护',
    pains: [
      { zh: '人挤人的时候，总担心包被人拉开', en: 'in a crowd you keep checking your bag is still zipped', in: ['commute', 'travel'] },
      { zh: '托运行李离手，心里总不踏实', en: 'checked luggage out of sight is always a small worry', in: ['travel'] },
      { zh: '人一多，就担心贵重东西被人顺走', en: 'in a crowd you worry about your valuables' },
    ],
    answers: [
      { zh: '{point}，走在人群里也安心', en: '{point}, so you can stop clutching your bag in a crowd' },
      { zh: '{point}，重要的东西放进去更踏实', en: '{point}: valuables feel safer inside' },
    ],
    showcase: [{ zh: '拉链藏在贴身的一侧，{point}', en: 'The zip sits against your back: {point}' }],
  },
  {
    id: 'charging-port', cues: ['type-c', 'usb', '充电口', '可充电', '充电式', 'rechargeable', 'usb-c'], leadEn: 'Charges by USB', labelZh: 'USB充电',
    pains: [
      { zh: '电池用完了家里又没存货，只能干着急', en: 'the batteries die and there are no spares in the drawer', in: ['home', 'outdoor'] },
      { zh: '出门要带好几根不同的线，包里乱成一团', en: 'a different cable for every gadget clutters your bag', in: ['travel', 'commute'] },
      { zh: '电池说没就没，家里又没有备用的', en: 'the batteries die and there are no spares' },
    ],
    answers: [
      { zh: '{point}，和手机共用一根线就能充', en: '{point}, so your phone cable charges it too' },
      { zh: '{point}，不用再囤电池', en: '{point}: no more stockpiling batteries' },
    ],
    showcase: [{ zh: '插上手机的充电线就行，{point}', en: 'Plug in your phone cable: {point}' }],
  },
  {
    id: 'fit', cues: ['版型', '修身', '宽松', '弹力', '不勒', '高腰', '不紧绷', 'stretch', 'fit', 'relaxed'], leadEn: 'Comfortable fit', labelZh: '舒适版型',
    pains: [
      { zh: '坐了一天，腰上被勒出一道红印', en: 'after a day sitting, the waistband leaves a red mark', in: ['office', 'commute', 'study'] },
      { zh: '蹲下、抬腿都被衣服扯着，动作放不开', en: 'squat or stretch and the fabric pulls against you', in: ['sport', 'baby'] },
      { zh: '穿久了这里勒、那里紧，浑身不自在', en: 'after a while it pinches here and pulls there' },
    ],
    answers: [
      { zh: '{point}，坐着站着都自在', en: '{point}, comfortable sitting or standing' },
      { zh: '{point}，抬手弯腰都不受拘束', en: '{point}: move freely' },
    ],
    showcase: [{ zh: '穿上走两步、蹲一下，{point}', en: 'Walk, bend, stretch: {point}' }],
  },
];
