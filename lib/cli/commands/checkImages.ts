import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import type { Command, CliIO } from '../command';
import { PLATFORMS, type Platform } from '../../types';
import { PRODUCT_CATEGORIES } from '../../compliance/productCategory';
import { auditImageText } from '../../ocr/imageFindings';
import { ImageInputError } from '../../ocr/limits';
import { scaleLines } from '../../ocr/scaleLines';
import type { ImageFinding, OcrEngine } from '../../ocr/types';

const HELP = `usage: listinglint check-images [options] FILE|DIR…

Recognise the text in images (offline PP-OCRv4 model, Chinese and English) and check it for
banned and restricted terms. A DIR is searched recursively for .png .jpg .jpeg .webp .gif .avif .tif .tiff.
Animated GIF/WebP: the first frame is checked. Images over 4 megapixels are downscaled for recognition
(boxes are still in the original pixels); over 100 megapixels or 50 MB they are refused.

options:
  --platform P     ${PLATFORMS.join('|')} (default generic)
  --category C     product category (default general), as for 'check'
  --locale L       zh-CN|en, language of messages (default zh-CN)
  --jsonl          one line per image: {"file","text","width","height","findings":[{"start","end","match",
                   "severity","ruleId","message","basis","box":[x,y,w,h]}],"notes":[…]}, or {"file","error"}

exit codes: 0 no errors, 1 findings of error severity, 2 usage or input error (any unreadable image)`;

const IMAGE_EXT = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif', '.tif', '.tiff']);

async function expand(inputs: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  async function walk(dir: string): Promise<void> {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (IMAGE_EXT.has(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  }
  for (const input of inputs) {
    try {
      if ((await stat(input)).isDirectory()) await walk(input);
      else files.push(input);
    } catch {
      missing.push(input);
    }
  }
  return { files, missing };
}

function formatFinding(f: ImageFinding): string {
  const box = f.box.map((n) => Math.round(n)).join(',');
  return `  ${f.severity.padEnd(7)} “${f.match}” ${f.message}  [${f.ruleId}] box ${box}${f.basis ? `\n    依据: ${f.basis}` : ''}`;
}

export const checkImagesCommand: Command = async (args, io: CliIO) => {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        platform: { type: 'string' },
        category: { type: 'string' },
        locale: { type: 'string' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.stderr.write(`listinglint check-images: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const usage = (message: string) => {
    io.stderr.write(`listinglint check-images: ${message}\n`);
    return 2;
  };
  if (positionals.length === 0) return usage('expected at least one FILE or DIR');
  if (values.platform !== undefined && !(PLATFORMS as readonly string[]).includes(values.platform))
    return usage(`--platform must be one of ${PLATFORMS.join('|')} (got '${values.platform}')`);
  if (values.category !== undefined && !(PRODUCT_CATEGORIES as readonly string[]).includes(values.category))
    return usage(`--category must be one of ${PRODUCT_CATEGORIES.join('|')} (got '${values.category}')`);
  if (values.locale !== undefined && values.locale !== 'zh-CN' && values.locale !== 'en')
    return usage(`--locale must be one of zh-CN|en (got '${values.locale}')`);
  const platform = (values.platform ?? 'generic') as Platform;
  const locale = (values.locale ?? 'zh-CN') as 'zh-CN' | 'en';

  const { files, missing } = await expand(positionals);
  let inputErrors = missing.length > 0;
  for (const file of missing) report(io, values.jsonl, { file, error: 'no such file or directory' });
  if (files.length === 0) return missing.length ? 2 : usage('no images found');

  // Loaded only here: the model and the native runtime are heavy, and the other commands never need them.
  const { decodeImage } = await import('../../ocr/node/decode');
  let engine: OcrEngine;
  try {
    engine = await (await import('../../ocr/node/paddleEngine')).createPaddleEngine();
  } catch (e) {
    return usage(`cannot load the OCR model: ${e instanceof Error ? e.message : String(e)}`);
  }
  let errors = false;
  for (const file of files) {
    try {
      const prepared = await decodeImage(await readFile(file));
      const lines = scaleLines(await engine.recognize(prepared.image), prepared.width / prepared.image.width, prepared.height / prepared.image.height);
      const audit = auditImageText({ width: prepared.width, height: prepared.height, lines }, { platform, locale, category: values.category });
      if (audit.findings.some((f) => f.severity === 'error')) errors = true;
      report(io, values.jsonl, { file, ...audit, notes: prepared.notes });
    } catch (e) {
      inputErrors = true;
      const message = e instanceof ImageInputError ? e.message : `cannot check: ${e instanceof Error ? e.message : String(e)}`;
      report(io, values.jsonl, { file, error: message });
    }
  }
  return inputErrors ? 2 : errors ? 1 : 0;
};

type Row = { file: string; error: string } | { file: string; text: string; width: number; height: number; findings: ImageFinding[]; notes: string[] };

function report(io: CliIO, jsonl: boolean | undefined, row: Row): void {
  if (jsonl) {
    io.stdout.write(JSON.stringify(row) + '\n');
    return;
  }
  if ('error' in row) {
    io.stderr.write(`${row.file}: ${row.error}\n`);
    return;
  }
  const out = [`${row.file} (${row.width}×${row.height})`, ...row.notes.map((n) => `  note: ${n}`)];
  out.push(
    row.text
      ? row.text
          .split('\n')
          .map((l) => `  | ${l}`)
          .join('\n')
      : '  (no text recognised)',
  );
  out.push(...(row.findings.length ? row.findings.map(formatFinding) : ['  no problems']));
  io.stdout.write(out.join('\n') + '\n\n');
}
