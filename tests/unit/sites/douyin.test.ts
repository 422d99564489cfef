import { describe, expect, it } from 'vitest';
import { douyinAdapter } from '../../../lib/sites/douyin';
import { loadPage, summary } from './page';

const DEMO = 'http://127.0.0.1:5178/demo/spa.html';

/** The form src/spa.ts renders for one route. */
function spaPage(route: 'basic' | 'copy'): string {
  const row = (id: string, label: string, control: string) => `<div class="form-row"><label for="${id}">${label}</label>${control.replace('ID', id)}</div>`;
  const form =
    route === 'basic'
      ? row('product-title', '商品标题', '<input id="ID" type="text">') + row('product-subtitle', '推荐语', '<input id="ID" type="text">')
      : row('product-copy', '商品详情文案', '<textarea id="ID"></textarea>') + row('live-script', '直播口播文案', '<textarea id="ID"></textarea>');
  return `<!doctype html><html lang="zh-CN"><body><div class="topbar spa">抖店 · 商品创建（演示单页应用）</div><main>
    <nav><a href="#basic" data-route="basic">基础信息</a><a href="#copy" data-route="copy">商品文案</a></nav>
    <div id="app"><form data-route="${route}">${form}</form></div></main></body></html>`;
}

describe('douyin adapter', () => {
  it('claims 抖店 and the SPA demo, not the Douyin app site', () => {
    expect(douyinAdapter.claims(new URL('https://fxg.jinritemai.com/ffa/g/create'))).toBe(true);
    expect(douyinAdapter.claims(new URL(DEMO + '#copy'))).toBe(true);
    expect(douyinAdapter.claims(new URL('https://www.douyin.com/'))).toBe(false);
    expect(douyinAdapter.claims(new URL('https://haohuo.jinritemai.com/views/product/item'))).toBe(false);
  });

  it('basic route: 商品标题 and 推荐语 (ad copy)', () => {
    expect(summary(douyinAdapter.findFields(loadPage(spaPage('basic'), DEMO)))).toEqual([
      { key: 'title', role: 'title', label: '商品标题', id: 'product-title' },
      { key: 'recommendation', role: 'ad-copy', label: '推荐语', id: 'product-subtitle' },
    ]);
  });

  it('copy route: 商品详情文案 (description) and 直播口播文案 (ad copy)', () => {
    expect(summary(douyinAdapter.findFields(loadPage(spaPage('copy'), `${DEMO}#copy`)))).toEqual([
      { key: 'description', role: 'description', label: '商品详情文案', id: 'product-copy' },
      { key: 'live-script', role: 'ad-copy', label: '直播口播文案', id: 'live-script' },
    ]);
  });

  it('after a re-render the new elements get the same keys', () => {
    const doc = loadPage(spaPage('basic'), DEMO);
    const first = douyinAdapter.findFields(doc);
    const app = doc.getElementById('app');
    const form = app?.firstElementChild;
    if (!app || !form) throw new Error('no form');
    app.replaceChildren(form.cloneNode(true));
    const second = douyinAdapter.findFields(doc);
    expect(second.map((field) => field.key)).toEqual(first.map((field) => field.key));
    expect(second[0]?.element).not.toBe(first[0]?.element);
  });
});
