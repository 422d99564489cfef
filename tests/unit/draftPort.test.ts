import { describe, expect, it } from 'vitest';
import { draftClientMessageSchema, draftServerMessageSchema, variantText } from '@/lib/draftPort';

describe('draft port messages', () => {
  it('fills defaults on start and rejects unknown client messages', () => {
    expect(draftClientMessageSchema.parse({ type: 'start', request: {} })).toEqual({
      type: 'start',
      request: {},
      regenerate: false,
      locale: 'zh-CN',
      fallback: false,
      offline: false,
    });
    expect(draftClientMessageSchema.safeParse({ type: 'setKey', key: 'sk-x' }).success).toBe(false);
  });

  it('rejects a done message whose variants miss fields', () => {
    const done = { type: 'done', variants: [{ headline: 'x' }], revisions: 0, cached: false, source: 'offline', model: null };
    expect(draftServerMessageSchema.safeParse(done).success).toBe(false);
  });

  it('inserts the body, or the three framework parts when the body is empty', () => {
    expect(variantText({ painPoint: 'a', solution: 'b', showcase: 'c', body: ' 正文 ' })).toBe('正文');
    expect(variantText({ painPoint: 'a', solution: '', showcase: 'c', body: '' })).toBe('a\nc');
  });
});
