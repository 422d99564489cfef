import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { adapterForUrl } from '../../../lib/sites';
import { amazonAdapter } from '../../../lib/sites/amazon';
import { douyinAdapter } from '../../../lib/sites/douyin';
import { jdAdapter } from '../../../lib/sites/jd';
import { pddAdapter } from '../../../lib/sites/pdd';
import { taobaoAdapter, tmallAdapter } from '../../../lib/sites/taobao';
import { loadPage } from './page';

/** The pages of tests/fixtures/realSites (reconstructed from public evidence, cited in each file), at their real URLs. */
const realPage = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/realSites', file), 'utf8');
const roles = (fields: ReturnType<typeof taobaoAdapter.findFields>) => fields.map(({ key, role, label }) => `${key}:${role}:${label}`);

describe('real back-office structures', () => {
  it('the real URLs pick the platform adapter', () => {
    const picked = (url: string) => adapterForUrl(new URL(url), [])?.id ?? null;
    expect(picked('https://item.upload.taobao.com/sell/v2/publish.htm?catId=1')).toBe('taobao');
    expect(picked('https://sell.xiangqing.taobao.com/editor/pc')).toBe('taobao');
    expect(picked('https://sell.publish.tmall.com/tmall/publish.htm?catId=50011674')).toBe('tmall');
    expect(picked('https://ware-jdm.jd.com/productLauchNew/productLauchNew?source=1')).toBe('jd');
    expect(picked('https://mms.pinduoduo.com/goods/goods_add/index?goods_id=123')).toBe('pdd');
    expect(picked('https://fxg.jinritemai.com/ffa/g/create')).toBe('douyin');
    for (const host of ['sellercentral.amazon.com.tr', 'sellercentral.amazon.ae', 'sellercentral-japan.amazon.com', 'vendorcentral.amazon.com']) {
      expect(picked(`https://${host}/abis/listing/create`)).toBe('amazon');
    }
    expect(picked('https://www.taobao.com/')).toBeNull();
  });

  it('Taobao sell-field rows: labels far above the control, 导购标题 as ad copy, the price row ignored', () => {
    const doc = loadPage(realPage('taobao-publish-v2.html'), 'https://item.upload.taobao.com/sell/v2/publish.htm');
    // happy-dom has no layout: give boxes like Chromium does for this page (the ghost duplicate is 0×0).
    const prototype = (doc.defaultView as unknown as { HTMLElement: typeof HTMLElement }).HTMLElement.prototype;
    prototype.getBoundingClientRect = function (this: HTMLElement) {
      const empty = this.closest('.sell-o-ghost') !== null;
      return {
        x: 0,
        y: 0,
        top: 0,
        left: 0,
        right: empty ? 0 : 100,
        bottom: empty ? 0 : 20,
        width: empty ? 0 : 100,
        height: empty ? 0 : 20,
        toJSON: () => ({}),
      } as DOMRect;
    };
    const fields = taobaoAdapter.findFields(doc);
    expect(roles(fields)).toEqual(['title:title:宝贝标题', 'shopping-title:ad-copy:导购标题', 'selling-point:bullet:宝贝卖点']);
    expect(fields[0]?.element.id).toBe('rc-title-7');
  });

  it('Tmall 商品卖点 is tmSubTitle, a selling point', () => {
    const doc = loadPage(realPage('tmall-publish.html'), 'https://sell.publish.tmall.com/tmall/publish.htm');
    expect(roles(tmallAdapter.findFields(doc))).toEqual(['title:title:商品标题', 'selling-point:bullet:商品卖点']);
  });

  it('JD ware-jdm rcd-form-item rows with generated ids', () => {
    const doc = loadPage(realPage('jd-product-launch.html'), 'https://ware-jdm.jd.com/productLauchNew/productLauchNew?source=1');
    expect(roles(jdAdapter.findFields(doc))).toEqual(['title:title:商品标题', 'selling-point-1:bullet:卖点', 'ad-word:ad-copy:广告词']);
  });

  it('Pinduoduo beast-core rows: title by its tracking attribute, 商品描述 by its row label, 商品货号 not listing text', () => {
    const doc = loadPage(realPage('pdd-goods-add.html'), 'https://mms.pinduoduo.com/goods/goods_add/index?goods_id=1');
    const fields = pddAdapter.findFields(doc);
    expect(roles(fields)).toEqual(['title:title:商品标题', 'description:description:商品描述']);
    expect(fields[0]?.element.getAttribute('data-tracking-click-viewid')).toBe('title_input_area');
  });

  it('nested rows: a field takes the label of its nearest row, not of the row around it', () => {
    const doc = loadPage(
      `<div data-testid="beast-core-form-item"><label>商品规格</label>
         <div data-testid="beast-core-form-item"><label>商品标题</label><input type="text" id="inner"></div></div>`,
      'https://mms.pinduoduo.com/goods/goods_add/index',
    );
    expect(roles(pddAdapter.findFields(doc))).toEqual(['title:title:商品标题']);
  });

  it('Douyin attr-field-id rows: #pg-title-input, 推荐语', () => {
    const doc = loadPage(realPage('douyin-spa.html'), 'https://fxg.jinritemai.com/ffa/g/create');
    // Scripts do not run here: render the create route the way the page's router does.
    const row = (name: string, id?: string) => {
      const container = doc.createElement('div');
      container.setAttribute('attr-field-id', name);
      const label = doc.createElement('div');
      label.className = 'label';
      label.textContent = name;
      const wrap = doc.createElement('div');
      const input = doc.createElement('input');
      input.type = 'text';
      if (id) input.id = id;
      wrap.append(doc.createElement('span'));
      wrap.firstElementChild!.append(input);
      container.append(label, wrap);
      return container;
    };
    doc.getElementById('root')!.replaceChildren(row('商品标题', 'pg-title-input'), row('推荐语'));
    expect(roles(douyinAdapter.findFields(doc))).toEqual(['title:title:商品标题', 'recommendation:ad-copy:推荐语']);
  });

  it('Amazon KAT hosts: native controls in open shadow roots, named by the host label, keyed by -<n>-value', () => {
    const doc = loadPage('<div id="form"></div>', 'https://sellercentral.amazon.fr/abis/listing/create');
    const form = doc.getElementById('form')!;
    for (const [tag, name, label, control] of [
      ['kat-input', 'item_name-0-value', 'Item Name', 'input'],
      ['kat-input', 'brand-0-value', 'Brand Name', 'input'],
      ['kat-textarea', 'bullet_point-1-value', 'Bullet Point', 'textarea'],
      ['kat-textarea', 'bullet_point-0-value', 'Bullet Point', 'textarea'],
      ['kat-textarea', 'rtip_product_description-0-value', 'Product Description', 'textarea'],
      ['kat-input', 'generic_keyword-0-value', 'Search Terms', 'input'],
    ] as const) {
      const host = doc.createElement(tag);
      host.setAttribute('name', name);
      host.setAttribute('label', label);
      host.attachShadow({ mode: 'open' }).append(doc.createElement(control));
      form.append(host);
    }
    const fields = amazonAdapter.findFields(doc);
    expect(roles(fields)).toEqual([
      'title:title:Item Name',
      'bullet-2:bullet:Bullet Point',
      'bullet-1:bullet:Bullet Point',
      'description:description:Product Description',
      'search-terms:search-terms:Search Terms',
    ]);
    expect(fields.every((field) => field.element.getRootNode() !== doc)).toBe(true);
  });
});
