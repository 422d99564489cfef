import type { Context } from './rows';

/** Where the same sentence is written on each platform: a live-stream line, a 小红书 note, a detail paragraph, a 卖点. */
export interface Wrapper {
  id: string;
  wrap(text: string): string;
  context: Context;
}

const zh: Wrapper[] = [
  { id: 'plain', wrap: (t) => t, context: {} },
  { id: 'douyin-live', wrap: (t) => `家人们，${t}！`, context: { platform: 'douyin', field: 'ad-copy' } },
  { id: 'xiaohongshu', wrap: (t) => `姐妹们冲～${t}，真心分享`, context: { platform: 'generic', field: 'description' } },
  { id: 'taobao-detail', wrap: (t) => `${t}。下单即送收纳袋。`, context: { platform: 'taobao', field: 'description' } },
  { id: 'jd-bullet', wrap: (t) => `【卖点】${t}`, context: { platform: 'jd', field: 'bullet' } },
];
const en: Wrapper[] = [
  { id: 'plain', wrap: (t) => t, context: {} },
  { id: 'amazon-bullet', wrap: (t) => `✅ ${t}`, context: { platform: 'amazon', field: 'bullet' } },
  { id: 'shopify', wrap: (t) => `${t} - Pack of 2`, context: { platform: 'shopify', field: 'description' } },
  { id: 'amazon-description', wrap: (t) => `Why you'll love it: ${t}.`, context: { platform: 'amazon', field: 'description' } },
];

export function wrappersFor(text: string): Wrapper[] {
  return /[\u4e00-\u9fff]/.test(text) ? zh : en;
}
