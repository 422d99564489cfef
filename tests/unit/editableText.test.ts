// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readEditableText } from '@/lib/dom/editableText';

describe('readEditableText', () => {
  it('reads blocks and line breaks as newlines and maps offsets back to DOM ranges', () => {
    const root = document.createElement('div');
    const first = document.createElement('p');
    first.append('这款面霜是', Object.assign(document.createElement('strong'), { textContent: '最好' }), '的');
    const second = document.createElement('p');
    second.append('第二段', document.createElement('br'), '国家级');
    root.append(first, second);
    const editable = readEditableText(root);
    expect(editable.text).toBe('这款面霜是最好的\n第二段\n国家级');
    expect(editable.rangeFor(5, 7).toString()).toBe('最好');
    const start = editable.text.indexOf('国家级');
    expect(editable.rangeFor(start, start + 3).toString()).toBe('国家级');
  });

  it('handles an empty editor', () => {
    const root = document.createElement('div');
    expect(readEditableText(root).text).toBe('');
    expect(readEditableText(root).rangeFor(0, 0).toString()).toBe('');
  });

  it('reads an editor root whose document has no window of its own (frame documents are read by nodeType, not instanceof)', () => {
    const doc = document.implementation.createHTMLDocument('frame');
    expect(doc.defaultView).toBeNull();
    const root = doc.createElement('div');
    const paragraph = doc.createElement('p');
    paragraph.textContent = '这款面霜是最好的选择';
    const second = doc.createElement('p');
    second.textContent = '效果出众';
    root.append(paragraph, second);
    doc.body.append(root);
    expect(readEditableText(root).text).toBe('这款面霜是最好的选择\n效果出众');
  });

  it('skips SVG and other non-HTML elements', () => {
    const root = document.createElement('div');
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.append(document.createElementNS('http://www.w3.org/2000/svg', 'title'));
    svg.firstChild!.textContent = '图标';
    root.append('正文', svg, '结束');
    expect(readEditableText(root).text).toBe('正文结束');
  });
});
