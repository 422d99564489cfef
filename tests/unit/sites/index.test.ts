import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterForUrl, genericAdapter, originPattern } from '../../../lib/sites/index';
import { fillFrame, fixture, loadPage } from './page';

const idFor = (url: string, enabled: readonly string[] = []) => adapterForUrl(new URL(url), enabled)?.id ?? null;

describe('adapterForUrl', () => {
  it.each([
    ['https://item.upload.taobao.com/sell/publish.htm', 'taobao'],
    ['https://upload.tmall.com/sell/publish.htm', 'tmall'],
    ['https://shop.jd.com/jdm/ware/publish', 'jd'],
    ['https://mms.pinduoduo.com/goods/goods_add/index', 'pdd'],
    ['https://fxg.jinritemai.com/ffa/g/create', 'douyin'],
    ['https://sellercentral.amazon.de/abis/listing/create', 'amazon'],
    ['https://admin.shopify.com/store/acme/products/new', 'shopify'],
    ['https://acme.myshopify.com/admin/products/1', 'shopify'],
  ])('real page %s → %s', (url, id) => {
    expect(idFor(url)).toBe(id);
  });

  it.each([
    ['http://127.0.0.1:5178/demo/taobao.html', 'taobao'],
    ['http://127.0.0.1:5178/demo/detail.html', 'taobao'],
    ['http://127.0.0.1:5178/demo/detail-frame.html', 'taobao'],
    ['http://127.0.0.1:5178/demo/jd.html', 'jd'],
    ['http://127.0.0.1:5178/demo/amazon.html', 'amazon'],
    ['http://127.0.0.1:5178/demo/spa.html#copy', 'douyin'],
    ['http://localhost:3000/demo/jd.html?lateDelay=100', 'jd'],
  ])('demo page %s → %s', (url, id) => {
    expect(idFor(url)).toBe(id);
  });

  it('the generic adapter only where the user enabled the origin', () => {
    expect(idFor('https://shop.example.com/admin/item/7', ['https://shop.example.com'])).toBe('generic');
    expect(idFor('https://shop.example.com/admin/item/7', ['https://other.example.com', 'https://shop.example.com:8443'])).toBeNull();
    expect(idFor('https://shop.example.com/admin/item/7')).toBeNull();
    expect(idFor('http://127.0.0.1:5178/other/taobao.html', ['http://127.0.0.1:5178'])).toBe('generic');
    expect(idFor('http://127.0.0.1:5178/other/taobao.html', ['http://127.0.0.1:5179'])).toBeNull();
    expect(idFor('http://127.0.0.1:5178/demo/index.html')).toBeNull();
    expect(idFor('https://www.amazon.com/dp/B000')).toBeNull();
  });

  it('a platform adapter wins over an enabled origin; garbage in enabled origins is ignored', () => {
    expect(idFor('https://item.upload.taobao.com/sell/publish.htm', ['https://item.upload.taobao.com'])).toBe('taobao');
    expect(idFor('https://shop.example.com/', ['not a url', 'https://shop.example.com'])).toBe('generic');
    expect(idFor('file:///tmp/page.html', ['file://'])).toBeNull();
  });
});

describe('ADAPTERS', () => {
  it('platform adapters first, generic last; unique ids; each says what page structure it targets', () => {
    expect(ADAPTERS.at(-1)).toBe(genericAdapter);
    expect(new Set(ADAPTERS.map((adapter) => adapter.id)).size).toBe(ADAPTERS.length);
    for (const adapter of ADAPTERS) expect(adapter.targets.length).toBeGreaterThan(10);
  });

  it.each([
    ['taobao', 'taobao-demo.html', 'http://127.0.0.1:5178/demo/taobao.html'],
    ['jd', 'demo:jd.html', 'http://127.0.0.1:5178/demo/jd.html'],
    ['amazon', 'demo:amazon.html', 'http://127.0.0.1:5178/demo/amazon.html'],
    ['pdd', 'pdd-goods-edit.html', 'https://mms.pinduoduo.com/goods/goods_add/index'],
  ])('%s finds the same fields when the form sits in a same-origin iframe', (id, file, url) => {
    const adapter = ADAPTERS.find((candidate) => candidate.id === id);
    if (!adapter) throw new Error(id);
    const direct = adapter.findFields(loadPage(fixture(file), url));
    const shell = loadPage('<div class="workbench-nav"></div><iframe id="app-frame"></iframe>', url);
    fillFrame(shell, '#app-frame', fixture(file));
    const framed = adapter.findFields(shell);
    expect(framed.map(({ key, role, label }) => ({ key, role, label }))).toEqual(direct.map(({ key, role, label }) => ({ key, role, label })));
    expect(framed[0]?.element.ownerDocument).not.toBe(shell);
  });
});

describe('originPattern', () => {
  it('asks for the host on every port, as match patterns have no port', () => {
    expect(originPattern(new URL('https://shop.example.com/products/1?x=1'))).toBe('https://shop.example.com/*');
    expect(originPattern(new URL('http://127.0.0.1:5178/other/taobao.html'))).toBe('http://127.0.0.1/*');
    expect(originPattern(new URL('http://[::1]:8080/x'))).toBe('http://[::1]/*');
    expect(originPattern(new URL('chrome://extensions/'))).toBeNull();
  });
});
