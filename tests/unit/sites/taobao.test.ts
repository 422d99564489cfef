import { describe, expect, it } from 'vitest';
import { taobaoAdapter, tmallAdapter } from '../../../lib/sites/taobao';
import { fillFrame, fixture, loadPage, summary } from './page';

const EMPTY_EDITOR_FRAME = '<html><body contenteditable="true"><p>宝贝详情</p></body></html>';

describe('taobao adapter: claims', () => {
  it.each([
    'https://item.upload.taobao.com/sell/publish.htm?catId=50012345',
    'https://item.publish.taobao.com/sell/publish.htm',
    'https://item.upload.taobao.com/sell/v2/publish.htm?itemId=123&edit=true',
    'http://127.0.0.1:5178/demo/taobao.html',
    'http://localhost:4000/demo/detail.html',
    'http://127.0.0.1:5178/demo/detail-frame.html',
  ])('claims %s', (url) => {
    expect(taobaoAdapter.claims(new URL(url))).toBe(true);
    expect(tmallAdapter.claims(new URL(url))).toBe(false);
  });

  it.each([
    'https://item.taobao.com/item.htm?id=1',
    'https://s.taobao.com/search?q=t恤',
    'https://www.taobao.com/',
    'http://127.0.0.1:5178/other/taobao.html',
    'http://127.0.0.1:5178/demo/jd.html',
    'https://evil.example.com/sell/publish.htm',
  ])('does not claim %s', (url) => {
    expect(taobaoAdapter.claims(new URL(url))).toBe(false);
  });

  it('Tmall hosts are platform tmall, its buyer pages are not claimed', () => {
    expect(tmallAdapter.platform).toBe('tmall');
    expect(tmallAdapter.claims(new URL('https://upload.tmall.com/sell/publish.htm'))).toBe(true);
    expect(taobaoAdapter.claims(new URL('https://upload.tmall.com/sell/publish.htm'))).toBe(false);
    expect(tmallAdapter.claims(new URL('https://detail.tmall.com/item.htm?id=1'))).toBe(false);
  });
});

describe('taobao adapter: fields', () => {
  it('demo page (React-rendered DOM): title with its n/60 counter and 宝贝卖点; the price is not listing text', () => {
    const doc = loadPage(fixture('taobao-demo.html'), 'http://127.0.0.1:5178/demo/taobao.html');
    expect(summary(taobaoAdapter.findFields(doc))).toEqual([
      { key: 'title', role: 'title', label: '宝贝标题', id: 'title' },
      { key: 'selling-point', role: 'bullet', label: '宝贝卖点', id: 'sellPoint' },
    ]);
  });

  it('publish page: struct blocks without ids, 导购标题 by its label (a short title: ad copy, not a second 60-unit title), the detail editor inside its iframe', () => {
    const doc = loadPage(fixture('taobao-publish.html'), 'https://item.upload.taobao.com/sell/publish.htm');
    fillFrame(doc, '#struct-descForPC iframe', EMPTY_EDITOR_FRAME);
    const fields = taobaoAdapter.findFields(doc);
    expect(fields.map(({ key, role, label }) => ({ key, role, label }))).toEqual([
      { key: 'title', role: 'title', label: '宝贝标题' },
      { key: 'shopping-title', role: 'ad-copy', label: '导购标题' },
      { key: 'selling-point', role: 'bullet', label: '宝贝卖点' },
      { key: 'description', role: 'description', label: '电脑端描述' },
    ]);
    expect(fields[0]?.element.closest('.next-input')).not.toBeNull();
    const editor = fields[3]?.element;
    expect(editor?.tagName).toBe('BODY');
    expect(editor?.ownerDocument).not.toBe(doc);
  });

  it('detail demo: the Quill root inside the same-origin iframe, not its hidden link tooltip', () => {
    const doc = loadPage(fixture('detail-demo.html'), 'http://127.0.0.1:5178/demo/detail.html');
    fillFrame(doc, '#detail-editor-frame', fixture('detail-frame-demo.html'));
    const fields = taobaoAdapter.findFields(doc);
    expect(summary(fields)).toEqual([{ key: 'description', role: 'description', label: '详情编辑器', id: '' }]);
    expect(fields[0]?.element.classList.contains('ql-editor')).toBe(true);
  });

  it('detail frame opened on its own: the Quill root, named by its placeholder', () => {
    const doc = loadPage(`<div id="editor-wrap">${fixture('detail-frame-demo.html')}</div>`, 'http://127.0.0.1:5178/demo/detail-frame.html');
    expect(summary(taobaoAdapter.findFields(doc))).toEqual([{ key: 'description', role: 'description', label: '请输入宝贝详情描述…', id: '' }]);
  });

  it('an iframe it cannot read (not loaded, or cross-origin) is skipped without error', () => {
    const doc = loadPage(fixture('detail-demo.html'), 'http://127.0.0.1:5178/demo/detail.html');
    expect(taobaoAdapter.findFields(doc)).toEqual([]);
  });
});
