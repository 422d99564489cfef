import { describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../lib/sites/generic';
import { fillFrame, fixture, loadPage, summary } from './page';

const SITE = 'https://shop.example.com/products/edit';

const fieldsOf = (html: string) => summary(genericAdapter.findFields(loadPage(html, SITE)));

describe('generic adapter: heuristics', () => {
  it('roles from label, row label, counter, maxlength, placeholder, aria-label and name; default description', () => {
    const doc = loadPage(fixture('generic-page.html'), SITE);
    expect(summary(genericAdapter.findFields(doc))).toEqual([
      { key: 'title', role: 'title', label: 'Product name', id: 'name' },
      { key: 'title-2', role: 'title', label: '副标题', id: 'f2' },
      { key: 'title-3', role: 'title', label: 'counted', id: 'counted' },
      { key: 'title-4', role: 'title', label: 'limited', id: 'limited' },
      { key: 'bullet-1', role: 'bullet', label: '核心卖点，每行一条', id: 'points' },
      { key: 'ad-copy', role: 'ad-copy', label: '推荐语', id: 'slogan' },
      { key: 'search-terms', role: 'search-terms', label: 'search terms', id: 'terms' },
      { key: 'description', role: 'description', label: 'plain', id: 'plain' },
      { key: 'description-2', role: 'description', label: 'rte', id: 'rte' },
    ]);
  });

  it.each([
    ['password', '<label>密码 <input type="password"></label>'],
    ['site search by type', '<input type="search" placeholder="搜索">'],
    ['site search by landmark', '<form role="search"><input type="text" name="q"></form>'],
    ['site search by words', '<input type="text" placeholder="搜索店内商品">'],
    ['search by name q', '<input type="text" name="q">'],
    ['combobox', '<input type="text" role="combobox" aria-label="品牌">'],
    ['email', '<input type="email">'],
    ['number', '<input type="number">'],
    ['url', '<input type="url">'],
    ['hidden input', '<input type="hidden" name="title" value="x">'],
    ['hidden attribute', '<div hidden><label for="t">标题</label><input id="t"></div>'],
    ['display:none', '<div style="display: none"><textarea placeholder="描述"></textarea></div>'],
    ['stylesheet display:none', '<style>.folded{display:none}</style><div class="folded"><textarea placeholder="描述"></textarea></div>'],
    ['aria-hidden', '<div aria-hidden="true"><textarea></textarea></div>'],
    ['stylesheet visibility:hidden', '<style>.later{visibility:hidden}</style><div class="later"><textarea placeholder="描述"></textarea></div>'],
    [
      'inline visibility:hidden the stylesheet keeps',
      '<style>.tox{display:block}</style><div class="tox" style="visibility:hidden"><textarea placeholder="描述"></textarea></div>',
    ],
    ['disabled', '<input type="text" disabled placeholder="标题">'],
    ['readonly', '<input type="text" readonly placeholder="标题">'],
    ['price', '<label for="p">价格</label><input id="p" type="text">'],
    ['brand name', '<label for="b">品牌名称</label><input id="b" type="text">'],
    ['contenteditable=false', '<div contenteditable="false">x</div>'],
  ])('leaves out: %s', (_, html) => {
    expect(fieldsOf(html)).toEqual([]);
  });

  it('a contenteditable nested in another one belongs to its root', () => {
    const fields = fieldsOf('<div id="root" contenteditable="true"><p>a</p><div contenteditable="true" id="inner">b</div></div>');
    expect(fields.map((field) => field.id)).toEqual(['root']);
  });

  it('a counter of another field does not make a textarea a title, nor a date a counter', () => {
    const fields = fieldsOf('<div class="row"><textarea id="a"></textarea><span>0/60</span></div><p>上架时间 2024/01/05 <input type="text" id="b"></p>');
    expect(fields.map((field) => `${field.id}:${field.role}`)).toEqual(['a:description', 'b:description']);
  });

  it('English words: bullets, description, ad copy, keywords; "subtitle" is not a title', () => {
    const fields = fieldsOf(`
      <label for="k">Key product features</label><textarea id="k"></textarea>
      <label for="d">Product description</label><textarea id="d"></textarea>
      <input type="text" id="s" name="productSubtitle">
      <input type="text" aria-label="Ad headline" id="h">
      <input type="text" placeholder="Keywords, comma separated" id="w">`);
    expect(fields.map((field) => `${field.id}:${field.role}`)).toEqual(['k:bullet', 'd:description', 's:description', 'h:ad-copy', 'w:search-terms']);
  });

  it('label sources: wrapping label, aria-labelledby, row label cell; required marks and colons dropped', () => {
    const fields = fieldsOf(`
      <label>宝贝标题： <input type="text" id="a"></label>
      <span id="lb">商品卖点</span><textarea id="b" aria-labelledby="lb"></textarea>
      <div class="item"><div class="item-label">* 商品详情</div><div><textarea id="c"></textarea></div></div>`);
    expect(fields.map(({ id, role, label }) => `${id}:${role}:${label}`)).toEqual(['a:title:宝贝标题', 'b:bullet:商品卖点', 'c:description:商品详情']);
  });
});

describe('generic adapter: same-origin iframes', () => {
  it('finds an iframe editor in document order between the fields around it', () => {
    const doc = loadPage(
      '<label for="t">标题</label><input id="t" type="text"><iframe id="f" title="商品详情"></iframe><label for="s">广告语</label><input id="s" type="text">',
      SITE,
    );
    fillFrame(doc, '#f', '<html><body><div class="ql-editor" contenteditable="true"><p>x</p></div></body></html>');
    const fields = genericAdapter.findFields(doc);
    expect(fields.map(({ key, role, label }) => `${key}:${role}:${label}`)).toEqual([
      'title:title:标题',
      'description:description:商品详情',
      'ad-copy:ad-copy:广告语',
    ]);
    expect(fields[1]?.element.ownerDocument).not.toBe(doc);
  });

  it('searches nested frames and skips the contents of a hidden iframe', () => {
    const doc = loadPage('<iframe id="outer"></iframe><iframe id="hidden" style="display:none"></iframe>', SITE);
    fillFrame(
      doc,
      '#outer',
      '<html><body><iframe id="inner" srcdoc="&lt;textarea placeholder=&quot;商品描述&quot;&gt;&lt;/textarea&gt;"></iframe></body></html>',
    );
    fillFrame(doc, '#hidden', '<html><body><textarea placeholder="商品描述"></textarea></body></html>');
    const fields = genericAdapter.findFields(doc);
    expect(fields.map(({ key, label }) => `${key}:${label}`)).toEqual(['description:商品描述']);
  });

  it('a design-mode iframe body is an editor root', () => {
    const doc = loadPage('<iframe id="f" title="描述"></iframe>', SITE);
    fillFrame(doc, '#f', '<html><body><p>x</p></body></html>');
    const inner = doc.querySelector('iframe')?.contentDocument;
    if (!inner) throw new Error('frame not loaded');
    // happy-dom has no designMode; a browser reports 'on' for an iframe editor like this one.
    Object.defineProperty(inner, 'designMode', { value: 'on', configurable: true });
    expect(genericAdapter.findFields(doc).map((field) => field.element.tagName)).toEqual(['BODY']);
  });
});

describe('generic adapter: the demo pages served under /other/ (no platform adapter claims them)', () => {
  it('JD form: roles from the labels alone', () => {
    const doc = loadPage(fixture('demo:jd.html'), 'http://127.0.0.1:5178/other/jd.html');
    expect(summary(genericAdapter.findFields(doc)).map(({ key, role }) => `${key}:${role}`)).toEqual([
      'title:title',
      'bullet-1:bullet',
      'bullet-2:bullet',
      'bullet-3:bullet',
      'ad-copy:ad-copy',
    ]);
  });

  it('Taobao form: title, selling point; the number input is left out', () => {
    const doc = loadPage(fixture('taobao-demo.html'), 'http://127.0.0.1:5178/other/taobao.html');
    expect(summary(genericAdapter.findFields(doc)).map(({ key, label }) => `${key}:${label}`)).toEqual(['title:宝贝标题', 'bullet-1:宝贝卖点']);
  });
});
