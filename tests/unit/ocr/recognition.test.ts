// The real PP-OCRv4 model on images rendered by Chromium: recall, precision and where the boxes land.
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';

import { createPaddleEngine } from '../../../lib/ocr/node/paddleEngine';
import type { OcrEngine } from '../../../lib/ocr/types';
import { evaluate, summarize, type SceneScore } from '../../support/ocr/evaluate';
import { makeScenes, renderScenes, sceneBoxes } from '../../support/ocr/scenes';

const scenes = makeScenes(6);
let files: string[] = [];
let engine: OcrEngine;
let scores: SceneScore[] = [];

beforeAll(async () => {
  files = await renderScenes(scenes);
  engine = await createPaddleEngine();
  const images = await Promise.all(
    files.map(async (file) => {
      const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return { data, width: info.width, height: info.height };
    }),
  );
  scores = await evaluate(engine, scenes, images);
}, 300_000);

describe('OCR on rendered marketing images', () => {
  it('finds the banned terms (recall ≥ 0.9) with few false alarms (precision ≥ 0.9)', () => {
    const score = summarize(scores);
    const detail = scores.map((s) => `${s.id}: missed ${s.missed.join(',')} extra ${s.extra.join(',')} text ${JSON.stringify(s.audit.text)}`).join('\n');
    expect(score.expected).toBeGreaterThanOrEqual(12);
    expect(score.recall, detail).toBeGreaterThanOrEqual(0.9);
    expect(score.precision, detail).toBeGreaterThanOrEqual(0.9);
  });

  it('puts each finding box on the line that carries the term', () => {
    for (const [i, scene] of scenes.entries()) {
      const lineBoxes = sceneBoxes(files[i]!);
      for (const finding of scores[i]!.audit.findings.filter((f) => f.severity === 'error')) {
        const line = scene.lines.findIndex((l) => l.banned.some((term) => term.includes(finding.match) || finding.match.includes(term)));
        expect(line, `${scene.id}: ${finding.match}`).toBeGreaterThanOrEqual(0);
        const [x, y, w, h] = lineBoxes[line]!;
        const cx = finding.box[0] + finding.box[2] / 2;
        const cy = finding.box[1] + finding.box[3] / 2;
        const slack = 12;
        expect(cx, `${scene.id}: ${finding.match} x`).toBeGreaterThan(x - slack);
        expect(cx, `${scene.id}: ${finding.match} x`).toBeLessThan(x + w + slack);
        expect(cy, `${scene.id}: ${finding.match} y`).toBeGreaterThan(y - slack);
        expect(cy, `${scene.id}: ${finding.match} y`).toBeLessThan(y + h + slack);
        // A term's box is narrower than its line (it covers the term, not the whole line) unless the term is the line.
        if (finding.match.length < scene.lines[line]!.text.replace(/\s/g, '').length) expect(finding.box[2]).toBeLessThan(w);
      }
    }
  });
});
