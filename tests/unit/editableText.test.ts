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
});
