import { describe, expect, it } from 'vitest';
import { frameReportSchema } from '../../../lib/sites/frameSurfaces';

describe('frame report messages', () => {
  it('accepts counts only', () => {
    expect(frameReportSchema.safeParse({ source: 'listinglint', type: 'frame-report', fields: 1, findings: 3 }).success).toBe(true);
  });

  it.each([
    ['page text riding along', { source: 'listinglint', type: 'frame-report', fields: 1, findings: 3, text: '全网第一' }],
    ['another sender', { source: 'page', type: 'frame-report', fields: 1, findings: 3 }],
    ['a negative count', { source: 'listinglint', type: 'frame-report', fields: -1, findings: 3 }],
    ['a fractional count', { source: 'listinglint', type: 'frame-report', fields: 1, findings: 2.5 }],
    ['a string', 'frame-report'],
  ])('rejects %s', (_, message) => {
    expect(frameReportSchema.safeParse(message).success).toBe(false);
  });
});
