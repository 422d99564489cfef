// Text in images (issue 20): PP-OCRv4 (the shipped engine) against tesseract.js chi_sim (the baseline
// candidate) on the same Chromium-rendered 750×1000 marketing images, in the same run: time per image,
// recall/precision of banned-term detection, engine load time and peak RSS (each engine in its own
// process). Worst cases: a 750×4000 detail strip with 16 lines and a 3000×3000 image (downscaled).
// Each time is min/median/max over three passes.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

import { ocrScale } from '../../lib/ocr/limits';
import { scaleLines } from '../../lib/ocr/scaleLines';
import type { OcrEngine } from '../../lib/ocr/types';
import { evaluate, summarize } from '../support/ocr/evaluate';
import { makeScenes, renderScenes, type Scene } from '../support/ocr/scenes';

const PASSES = 3;
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0] ?? 0, median: s[Math.floor(s.length / 2)] ?? 0, max: s[s.length - 1] ?? 0 };
};
const fmt = (xs: number[], unit: string) => {
  const { min, median, max } = stats(xs);
  return `min ${min.toFixed(0)} / median ${median.toFixed(0)} / max ${max.toFixed(0)} ${unit}`;
};

type Engine = 'paddle' | 'tesseract';
interface EngineReport {
  name: string;
  loadMs: number;
  /** Median ms per 750×1000 image, one value per pass. */
  perImage: number[];
  strip: number[];
  large: number[];
  recall: number;
  precision: number;
  expected: number;
  stripRecall: number;
  peakRssMb: number;
}

async function load(files: string[]) {
  return Promise.all(
    files.map(async (file) => {
      const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
      return { data: new Uint8Array(data), width: info.width, height: info.height };
    }),
  );
}

/** Recognition of a big image as the CLI does it: downscale under the OCR limit, then map boxes back. */
async function recognizeLarge(engine: OcrEngine, image: { data: Uint8Array; width: number; height: number }): Promise<number> {
  const scale = ocrScale(image.width, image.height);
  const t = performance.now();
  const w = Math.round(image.width * scale);
  const h = Math.round(image.height * scale);
  const { data } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
    .resize(w, h, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  scaleLines(await engine.recognize({ data, width: w, height: h }), image.width / w, image.height / h);
  return performance.now() - t;
}

async function measure(kind: Engine, scenes: Scene[], strip: Scene[]): Promise<EngineReport> {
  const images = await load(await renderScenes(scenes));
  const stripImages = await load(await renderScenes(strip));
  const t0 = performance.now();
  const engine: OcrEngine & { close?: () => Promise<void> } =
    kind === 'paddle'
      ? await (await import('../../lib/ocr/node/paddleEngine')).createPaddleEngine()
      : await (await import('../../lib/ocr/node/tesseractEngine')).createTesseractEngine();
  const loadMs = performance.now() - t0;
  const large = {
    data: new Uint8Array(
      await sharp(images[0]!.data, { raw: { width: 750, height: 1000, channels: 4 } })
        .resize(3000, 3000, { fit: 'fill' })
        .raw()
        .toBuffer(),
    ),
    width: 3000,
    height: 3000,
  };
  const report: EngineReport = {
    name: engine.name,
    loadMs,
    perImage: [],
    strip: [],
    large: [],
    recall: 0,
    precision: 0,
    expected: 0,
    stripRecall: 0,
    peakRssMb: 0,
  };
  for (let pass = 0; pass < PASSES; pass++) {
    const scores = await evaluate(engine, scenes, images);
    report.perImage.push(stats(scores.map((s) => s.ms)).median);
    if (pass === 0) {
      const score = summarize(scores);
      Object.assign(report, { recall: score.recall, precision: score.precision, expected: score.expected });
    }
    const stripScores = await evaluate(engine, strip, stripImages);
    report.strip.push(stripScores[0]!.ms);
    if (pass === 0) report.stripRecall = summarize(stripScores).recall;
    report.large.push(await recognizeLarge(engine, large));
  }
  await engine.close?.();
  report.peakRssMb = process.resourceUsage().maxRSS / 1024;
  return report;
}

function child(kind: Engine): EngineReport {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--engine', kind], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('{"name"'));
  if (!line) throw new Error(`${kind} bench failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as EngineReport;
}

export async function run(): Promise<void> {
  // Render once in this process so both children read the same cached PNGs.
  await renderScenes(makeScenes(8));
  await renderScenes(makeScenes(1, 750, 4000, 16));
  const reports = [child('paddle'), child('tesseract')];
  for (const r of reports) {
    const label = r === reports[0] ? r.name : `${r.name} [baseline]`;
    console.log(`\n${label}`);
    console.log(`  load                     ${r.loadMs.toFixed(0)} ms, peak RSS ${r.peakRssMb.toFixed(0)} MB`);
    console.log(`  750×1000, 4 lines        ${fmt(r.perImage, 'ms per image')} (median of 8 images per pass, ${PASSES} passes)`);
    console.log(`  recall / precision       ${r.recall.toFixed(2)} / ${r.precision.toFixed(2)} over ${r.expected} banned terms in 8 images`);
    console.log(`  worst: 750×4000, 16 ln   ${fmt(r.strip, 'ms')}, recall ${r.stripRecall.toFixed(2)}`);
    console.log(`  worst: 3000×3000 (↓4 Mpx) ${fmt(r.large, 'ms')}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kind = process.argv[process.argv.indexOf('--engine') + 1] as Engine;
  const report = await measure(kind, makeScenes(8), makeScenes(1, 750, 4000, 16));
  console.log(JSON.stringify(report));
}
