// PP-OCRv4 in the extension: onnxruntime-web (WASM, single thread) with the models shipped in the
// package (/ocr/), pixels through OffscreenCanvas, text boxes from lib/ocr/lineBoxes (no OpenCV).
import BaseOcr, { FileUtilsBase, ImageRawBase, registerBackend, type ImageRawData, type SizeOption } from '@gutenye/ocr-common';
import * as ort from 'onnxruntime-web/wasm';
import ortMjsUrl from 'onnxruntime-web/ort-wasm-simd-threaded.mjs?url';
import ortWasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';

import { splitIntoLineImages } from '@/lib/ocr/lineBoxes';
import { detectorSize, fromPaddleLines, type PaddleLine } from '@/lib/ocr/paddleLines';
import type { DecodedImage, OcrLine } from '@/lib/ocr/types';

const pending = new Map<string, ImageRawData>();

function canvasOf(raw: ImageRawData): OffscreenCanvas {
  const canvas = new OffscreenCanvas(raw.width, raw.height);
  const context = canvas.getContext('2d')!;
  context.putImageData(new ImageData(Uint8ClampedArray.from(raw.data), raw.width, raw.height), 0, 0);
  return canvas;
}

class CanvasImageRaw extends ImageRawBase {
  static async open(key: string): Promise<CanvasImageRaw> {
    const raw = pending.get(key);
    if (!raw) throw new Error(`no pending image ${key}`);
    return new CanvasImageRaw(raw);
  }

  async resize({ width, height }: SizeOption): Promise<this> {
    const w = width ?? Math.max(1, Math.round((this.width / this.height) * (height ?? this.height)));
    const h = height ?? Math.max(1, Math.round((this.height / this.width) * w));
    const target = new OffscreenCanvas(w, h);
    const context = target.getContext('2d', { willReadFrequently: true })!;
    context.drawImage(canvasOf(this), 0, 0, w, h);
    const data = context.getImageData(0, 0, w, h);
    this.data = data.data;
    this.width = w;
    this.height = h;
    return this;
  }

  async write(): Promise<void> {}
  async drawBox(): Promise<this> {
    return this;
  }
}

class FetchFileUtils extends FileUtilsBase {
  static override async read(url: string): Promise<string> {
    return (await fetch(url)).text();
  }
}

let counter = 0;

export interface BrowserEngine {
  recognize(image: DecodedImage): Promise<OcrLine[]>;
}

export async function createBrowserEngine(assetUrl: (path: string) => string): Promise<BrowserEngine> {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.wasm.wasmPaths = { mjs: ortMjsUrl, wasm: ortWasmUrl };
  registerBackend({
    FileUtils: FetchFileUtils,
    ImageRaw: CanvasImageRaw,
    InferenceSession: ort.InferenceSession,
    splitIntoLineImages: splitIntoLineImages as never,
    defaultModels: {
      detectionPath: assetUrl('/ocr/ch_PP-OCRv4_det_infer.onnx'),
      recognitionPath: assetUrl('/ocr/ch_PP-OCRv4_rec_infer.onnx'),
      dictionaryPath: assetUrl('/ocr/ppocr_keys_v1.txt'),
    },
  });
  const ocr = await BaseOcr.create({ onnxOptions: { executionProviders: ['wasm'] } as never });
  return {
    async recognize(image) {
      const size = detectorSize(image.width, image.height);
      const canvas = new OffscreenCanvas(size.width, size.height);
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(canvasOf(image), 0, 0, size.width, size.height);
      const key = `image-${++counter}`;
      pending.set(key, { data: context.getImageData(0, 0, size.width, size.height).data, ...size });
      try {
        const lines = (await ocr.detect(key)) as PaddleLine[];
        return fromPaddleLines(lines, image.width / size.width, image.height / size.height, image.width, image.height);
      } finally {
        pending.delete(key);
      }
    },
  };
}
