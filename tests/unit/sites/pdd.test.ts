import { describe, expect, it } from 'vitest';
import { pddAdapter } from '../../../lib/sites/pdd';
import { fixture, loadPage, summary } from './page';

describe('pdd adapter', () => {
  it('claims the seller back office only', () => {
    expect(pddAdapter.claims(new URL('https://mms.pinduoduo.com/goods/goods_add/index?type=edit&id=1'))).toBe(true);
    expect(pddAdapter.claims(new URL('https://mobile.yangkeduo.com/goods.html?goods_id=1'))).toBe(false);
    expect(pddAdapter.claims(new URL('https://www.pinduoduo.com/'))).toBe(false);
  });

  it('商品标题 and 商品描述 by their row labels; the search box and 商品编码 are left out', () => {
    const doc = loadPage(fixture('pdd-goods-edit.html'), 'https://mms.pinduoduo.com/goods/goods_add/index');
    const fields = pddAdapter.findFields(doc);
    expect(summary(fields).map(({ key, role, label }) => ({ key, role, label }))).toEqual([
      { key: 'title', role: 'title', label: '商品标题' },
      { key: 'description', role: 'description', label: '商品描述' },
    ]);
    expect(fields.map((field) => field.element.tagName)).toEqual(['INPUT', 'TEXTAREA']);
  });
});
