import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

import { auditImageText, MIN_LINE_CONFIDENCE } from '../../../lib/ocr/imageFindings';
import { fromPaddleLines } from '../../../lib/ocr/paddleLines';
import { scaleLines } from '../../../lib/ocr/scaleLines';
import { planarInput } from '../../../lib/ocr/planarInput';
import { imageAuditSchema } from '../../../lib/ocr/types';

describe('auditImageText', () => {
  it('reports banned terms of recognised lines with the part of the line box they cover', () => {
    const audit = auditImageText(
      {
        width: 750,
        height: 1000,
        lines: [
          { text: '精选好物', confidence: 0.99, box: [10, 10, 200, 50] },
          { text: '全网第一销量领先', confidence: 0.97, box: [40, 300, 400, 50] },
        ],
      },
      { platform: 'taobao' },
    );
    expect(audit.text).toBe('精选好物\n全网第一销量领先');
    const first = audit.findings.find((f) => f.match === '全网第一');
    expect(first).toMatchObject({ ruleId: 'absolute-term', severity: 'error', start: 5, end: 9, box: [40, 300, 200, 50] });
    expect(first?.basis).toContain('广告法');
    expect(audit.findings.find((f) => f.match === '销量领先')?.box).toEqual([240, 300, 200, 50]);
    expect(imageAuditSchema.safeParse(audit).success).toBe(true);
  });

  it('weighs Latin letters and digits as half a CJK character when locating a term', () => {
    const audit = auditImageText({ width: 500, height: 100, lines: [{ text: 'ab最好', confidence: 0.9, box: [0, 0, 310, 40] }] }, { platform: 'generic' });
    // a and b advance 0.55 each, 最 and 好 1 each: 最好 starts at 1.1/3.1 of the width.
    expect(audit.findings[0]).toMatchObject({ match: '最好', box: [110, 0, 200, 40] });
  });

  it('skips low-confidence lines and stays silent on clean copy and near misses', () => {
    const audit = auditImageText(
      {
        width: 750,
        height: 1000,
        lines: [
          { text: '最近上新 欢迎选购', confidence: 0.95, box: [0, 0, 300, 40] },
          { text: '第一次使用请先清洗', confidence: 0.95, box: [0, 50, 300, 40] },
          { text: '最好', confidence: MIN_LINE_CONFIDENCE - 0.1, box: [0, 100, 80, 40] },
        ],
      },
      { platform: 'taobao' },
    );
    expect(audit.text).toBe('最近上新 欢迎选购\n第一次使用请先清洗');
    expect(audit.findings).toEqual([]);
  });

  it('keeps lines apart: a line break ends a term, as in a text field', () => {
    const audit = auditImageText(
      {
        width: 750,
        height: 1000,
        lines: [
          { text: '全网', confidence: 0.9, box: [100, 100, 100, 50] },
          { text: '第一', confidence: 0.9, box: [100, 160, 100, 50] },
        ],
      },
      { platform: 'taobao' },
    );
    expect(audit.findings.map((f) => [f.match, f.start, f.box])).toEqual([['第一', 3, [100, 160, 100, 50]]]);
  });
});

describe('engine output mapping', () => {
  it('turns PP-OCR corner points into axis-aligned boxes in original pixels, clamped to the image', () => {
    const lines = fromPaddleLines(
      [
        {
          text: '最好',
          mean: 0.9,
          box: [
            [10, 20],
            [110, 18],
            [112, 60],
            [8, 62],
          ],
        },
        {
          text: '',
          mean: 0.9,
          box: [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 1],
          ],
        },
        {
          text: 'edge',
          mean: Number.NaN,
          box: [
            [700, 990],
            [800, 990],
            [800, 1010],
            [700, 1010],
          ],
        },
      ],
      2,
      0.5,
      750,
      1000,
    );
    expect(lines).toEqual([
      { text: '最好', confidence: 0.9, box: [16, 9, 208, 22] },
      { text: 'edge', confidence: 0, box: [750, 495, 0, 10] },
    ]);
  });

  it('scales lines from a downscaled copy back to the original size', () => {
    expect(scaleLines([{ text: 'x', confidence: 1, box: [10, 20, 30, 40] }], 2, 3)).toEqual([{ text: 'x', confidence: 1, box: [20, 60, 60, 120] }]);
  });
});

describe('planarInput', () => {
  it('computes exactly what @gutenye/ocr-common computes (planar B, G, R of (v/255 - mean) / std)', async () => {
    const entry = createRequire(import.meta.url).resolve('@gutenye/ocr-common');
    const { ModelBase } = (await import(pathToFileURL(path.join(path.dirname(entry), 'models', 'ModelBase.js')).href)) as {
      ModelBase: { prototype: { imageToInput: (image: unknown, options: unknown) => { data: number[] } } };
    };
    const data = new Uint8Array(4 * 6 * 5).map((_, i) => (i * 37) % 256);
    const image = { data, width: 6, height: 5 };
    for (const options of [{}, { mean: [0.485, 0.456, 0.406], std: [0.229, 0.224, 0.225] }]) {
      const reference = Float32Array.from(ModelBase.prototype.imageToInput.call({}, image, options).data);
      expect(planarInput(image, options).data).toEqual(reference);
    }
  });
});
