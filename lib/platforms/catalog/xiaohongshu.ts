import { definePlatform } from '../definition';
import { CHINESE_TITLE_BASE } from './chineseBase';
import { CHINESE_FIELD_LABELS } from './fieldLabels';

export const xiaohongshu = definePlatform({
  id: 'xiaohongshu',
  label: { zh: '小红书店铺', en: 'Xiaohongshu shop' },
  backOffice: { zh: '小红书千帆', en: 'Xiaohongshu Ark' },
  title: {
    ...CHINESE_TITLE_BASE,
    source:
      '小红书商家商品发布规范: 长标题按 60 字符 (汉字计 2) 计; 短标题为产品名、不超过 12 个字、不得含极限词与 emoji (third-party summaries of the 2022 publishing rules; limit not confirmed against the seller centre)',
    checked: '2026-12-02',
    verified: false,
  },
  copyFormat: 'xiaohongshu-note',
  sellerSites: [{ host: 'ark.xiaohongshu.com' }],
  fieldLabels: CHINESE_FIELD_LABELS,
  demoPages: [],
  samples: { claimed: ['https://ark.xiaohongshu.com/app-item/good/create'], notClaimed: ['https://www.xiaohongshu.com/explore'] },
});
