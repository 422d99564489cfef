// tesseract.js with the chi_sim traineddata from npm: the candidate PP-OCR was measured against (bench baseline).
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { createWorker, OEM } from 'tesseract.js';

import type { DecodedImage, OcrEngine, OcrLine } from '../types';

const require = createRequire(import.meta.url);

/** Tesseract spaces out CJK characters; the text a seller wrote has no such spaces. */
function joinCjk(text: string): string {
  return text.replace(/(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])/gu, '').trim();
}

export async function createTesseractEngine(): Promise<OcrEngine & { close: () => Promise<void> }> {
  const data = require('@tesseract.js-data/chi_sim') as { langPath: string; gzip: boolean };
  const worker = await createWorker('chi_sim', OEM.LSTM_ONLY, { langPath: data.langPath, gzip: data.gzip, cacheMethod: 'none' });
  return {
    name: 'tesseract.js chi_sim (LSTM)',
    async recognize(image: DecodedImage): Promise<OcrLine[]> {
      const png = await sharp(image.data, { raw: { width: image.width, height: image.height, channels: 4 } })
        .png()
        .toBuffer();
      const result = await worker.recognize(png, {}, { blocks: true });
      const lines: OcrLine[] = [];
      for (const block of result.data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const text = joinCjk(line.text);
            if (!text) continue;
            const { x0, y0, x1, y1 } = line.bbox;
            lines.push({ text, confidence: Math.max(0, Math.min(1, line.confidence / 100)), box: [x0, y0, x1 - x0, y1 - y0] });
          }
        }
      }
      return lines;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
