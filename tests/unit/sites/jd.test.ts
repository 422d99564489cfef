import { describe, expect, it } from 'vitest';
import { jdAdapter } from '../../../lib/sites/jd';
import { fixture, loadPage, summary } from './page';

const DEMO = 'http://127.0.0.1:5178/demo/jd.html';

/** What src/jd.ts appends after its delay. */
function appendLatePromo(doc: Document): void {
  const row = doc.createElement('div');
  row.className = 'form-row';
  const label = doc.createElement('label');
  label.htmlFor = 'promoText';
  label.textContent = '促销语（延迟加载）';
  const textarea = doc.createElement('textarea');
  textarea.id = 'promoText';
  textarea.name = 'promoText';
  textarea.className = 'selling-point';
  row.append(label, textarea);
  doc.getElementById('late-fields')?.append(row);
}

describe('jd adapter', () => {
  it('claims 京麦 hosts and the demo page, not the JD storefront', () => {
    expect(jdAdapter.claims(new URL('https://shop.jd.com/jdm/ware/publish'))).toBe(true);
    expect(jdAdapter.claims(new URL('https://ware.shop.jd.com/wareClassify/wareClassify_getWareClassifyList.action'))).toBe(true);
    expect(jdAdapter.claims(new URL(DEMO))).toBe(true);
    expect(jdAdapter.claims(new URL('https://item.jd.com/100012043978.html'))).toBe(false);
    expect(jdAdapter.claims(new URL('https://www.jd.com/'))).toBe(false);
    expect(jdAdapter.claims(new URL('https://search.jd.com/Search?keyword=x'))).toBe(false);
  });

  it('商品名称, three numbered selling points and 广告词, in document order', () => {
    const doc = loadPage(fixture('demo:jd.html'), DEMO);
    expect(summary(jdAdapter.findFields(doc))).toEqual([
      { key: 'title', role: 'title', label: '商品名称', id: 'skuName' },
      { key: 'selling-point-1', role: 'bullet', label: '卖点一', id: 'sellPoint1' },
      { key: 'selling-point-2', role: 'bullet', label: '卖点二', id: 'sellPoint2' },
      { key: 'selling-point-3', role: 'bullet', label: '卖点三', id: 'sellPoint3' },
      { key: 'ad-word', role: 'ad-copy', label: '广告词', id: 'adWord' },
    ]);
  });

  it('the late 促销语 is ad copy, although it carries the selling-point class, and other keys stay', () => {
    const doc = loadPage(fixture('demo:jd.html'), DEMO);
    const before = jdAdapter.findFields(doc).map((field) => field.key);
    appendLatePromo(doc);
    const after = summary(jdAdapter.findFields(doc));
    expect(after.slice(0, -1).map((field) => field.key)).toEqual(before);
    expect(after.at(-1)).toEqual({ key: 'promo-text', role: 'ad-copy', label: '促销语（延迟加载）', id: 'promoText' });
  });

  it('finds fields by label when the ids change', () => {
    const doc = loadPage(
      '<form><div class="form-row"><label for="a">商品名称</label><input id="a"></div><div class="form-row"><label for="b">卖点1</label><textarea id="b"></textarea></div></form>',
      'https://shop.jd.com/jdm/ware/publish',
    );
    expect(summary(jdAdapter.findFields(doc)).map(({ key, role }) => ({ key, role }))).toEqual([
      { key: 'title', role: 'title' },
      { key: 'selling-point-1', role: 'bullet' },
    ]);
  });
});
