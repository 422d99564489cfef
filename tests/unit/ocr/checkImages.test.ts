// `listinglint check-images` as a user runs it: the real model, real files, bad input of every kind.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';

import { makeScenes, renderScenes } from '../../support/ocr/scenes';

const dir = mkdtempSync(path.join(tmpdir(), 'll-images-'));
let scene = '';

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['lib/cli/listinglint.mjs', 'check-images', ...args], { encoding: 'utf8', cwd: process.cwd(), timeout: 170_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonl(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A PNG whose header claims width×height with one row of pixel data: a decompression bomb as far as the header goes. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(1 + width * 3))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

beforeAll(async () => {
  scene = (await renderScenes(makeScenes(1)))[0]!;
  const png = readFileSync(scene);
  mkdirSync(path.join(dir, 'nested'));
  copyFileSync(scene, path.join(dir, 'nested', 'banner.png'));
  writeFileSync(path.join(dir, 'nested', 'notes.txt'), 'not looked at: not an image extension');
  writeFileSync(path.join(dir, 'truncated.png'), png.subarray(0, Math.floor(png.length / 3)));
  writeFileSync(path.join(dir, 'text.png'), '全网第一 — a text file named .png');
  writeFileSync(path.join(dir, 'bomb.png'), pngHeader(20_000, 20_000));
  // Animated GIF: the banner as frame 1, a plain frame 2.
  const plain = await sharp({ create: { width: 750, height: 1000, channels: 4, background: '#ffffff' } })
    .png()
    .toBuffer();
  writeFileSync(
    path.join(dir, 'animated.gif'),
    await sharp([png, plain], { join: { animated: true } })
      .gif()
      .toBuffer(),
  );
  // 3× the banner: 2250×3000 = 6.75 megapixels, downscaled for recognition.
  writeFileSync(path.join(dir, 'large.jpg'), await sharp(png).resize(2250, 3000).jpeg({ quality: 90 }).toBuffer());
}, 60_000);

// Each case loads the model in a fresh process: minutes on a loaded 2-core machine.
describe('listinglint check-images', { timeout: 180_000 }, () => {
  it('prints per image the recognised text and findings with boxes, and exits 1 on error findings', () => {
    const r = cli(['--jsonl', path.join(dir, 'nested')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const [row] = jsonl(r.stdout) as Array<{
      file: string;
      text: string;
      findings: Array<{ match: string; severity: string; ruleId: string; start: number; end: number; box: number[] }>;
    }>;
    expect(row!.file).toBe(path.join(dir, 'nested', 'banner.png'));
    expect(row!.text).toContain('全网第一');
    const hit = row!.findings.find((f) => f.match === '全网第一');
    expect(hit).toMatchObject({ severity: 'error', ruleId: 'absolute-term' });
    expect(row!.text.slice(hit!.start, hit!.end)).toBe('全网第一');
    expect(hit!.box).toHaveLength(4);
    expect(hit!.box[2]).toBeGreaterThan(50);
  });

  it('reports bad input per file with a reason, keeps checking the rest, and exits 2', () => {
    const files = ['truncated.png', 'text.png', 'bomb.png', 'missing.png', 'animated.gif', 'large.jpg'].map((f) => path.join(dir, f));
    const r = cli(['--jsonl', ...files]);
    expect(r.code).toBe(2);
    const rows = new Map(jsonl(r.stdout).map((row) => [path.basename(String(row.file)), row]));
    expect(rows.get('truncated.png')?.error).toMatch(/^corrupt image/);
    expect(rows.get('text.png')?.error).toMatch(/^not an image/);
    expect(rows.get('bomb.png')?.error).toBe('image too large (20000×20000, limit 100 megapixels)');
    expect(rows.get('missing.png')?.error).toBe('no such file or directory');
    const gif = rows.get('animated.gif') as { notes: string[]; text: string };
    expect(gif.notes).toEqual(['animated gif (2 frames): first frame checked']);
    expect(gif.text).toContain('最好');
    const large = rows.get('large.jpg') as { width: number; notes: string[]; findings: Array<{ match: string; box: number[] }> };
    expect(large.width).toBe(2250);
    expect(large.notes[0]).toMatch(/^downscaled from 2250×3000 to \d+×\d+ for recognition$/);
    // Boxes are in the original pixels: 全网第一 sits near (46, 320) in the 750×1000 scene, so near (138, 960) here.
    const box = large.findings.find((f) => f.match === '全网第一')!.box;
    expect(Math.abs(box[0]! - 138)).toBeLessThan(30);
    expect(Math.abs(box[1]! - 960)).toBeLessThan(30);
  });

  it('prints readable text without --jsonl and refuses bad flags', () => {
    const r = cli([scene]);
    expect(r.stdout).toContain('(750×1000)');
    expect(r.stdout).toMatch(/error {3}“全网第一” .*\[absolute-term\] box \d+,\d+,\d+,\d+/);
    expect(cli([]).code).toBe(2);
    const bad = cli(['--platform', 'nope', scene]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--platform must be one of');
  });
});
