// Chinese marketing images with known banned terms, rendered by headless Chromium (fonts-noto-cjk).
// Each scene is deterministic (seeded), so its ground truth is known and a cached PNG stays valid.
import { chromium, type Browser } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface SceneLine {
  text: string;
  /** Banned terms this line contains, as the checker should report them (empty for clean copy). */
  banned: string[];
}

export interface Scene {
  id: string;
  width: number;
  height: number;
  lines: SceneLine[];
}

/** Lines with a known banned term (PRC Advertising Law art. 9 absolute terms, medical claims). */
const BANNED_LINES: SceneLine[] = [
  { text: '全网第一 销量领先', banned: ['全网第一', '销量领先'] },
  { text: '最好的保温杯', banned: ['最好'] },
  { text: '国家级品质认证', banned: ['国家级'] },
  { text: '有效治疗失眠', banned: ['治疗'] },
  { text: '行业第一品牌', banned: ['第一'] },
  { text: '全球最佳口感', banned: ['最佳'] },
  { text: '顶级工艺 匠心打造', banned: ['顶级'] },
  { text: '根治脱发', banned: ['根治'] },
  { text: '史上最低价', banned: ['最低价'] },
  { text: '万能神器 一用就好', banned: ['万能'] },
];

/** Clean copy: must stay silent (including near misses such as 最近 and 第一次). */
const CLEAN_LINES: SceneLine[] = [
  { text: '精选好物 舒适透气', banned: [] },
  { text: '买二送一 全场包邮', banned: [] },
  { text: '316不锈钢内胆', banned: [] },
  { text: '最近上新 欢迎选购', banned: [] },
  { text: '第一次使用请先清洗', banned: [] },
  { text: '容量500毫升', banned: [] },
  { text: '轻巧便携 出行必备', banned: [] },
  { text: '七天无理由退换', banned: [] },
];

const FONTS = ['Noto Sans CJK SC', 'Noto Serif CJK SC', 'Noto Sans Mono CJK SC'];
const WEIGHTS = [400, 700, 900];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` scenes of width×height (750×1000 by default), each with `lines` lines, half banned and half clean. */
export function makeScenes(count: number, width = 750, height = 1000, lines = 4): Scene[] {
  const scenes: Scene[] = [];
  for (let i = 0; i < count; i++) {
    const picked: SceneLine[] = [];
    for (let k = 0; k < lines; k++) {
      const n = Math.floor(k / 2) + i * Math.ceil(lines / 2);
      const banned = BANNED_LINES[n % BANNED_LINES.length]!;
      const clean = CLEAN_LINES[n % CLEAN_LINES.length]!;
      picked.push((k + i) % 2 ? banned : clean);
    }
    const suffix = lines === 4 ? '' : `-${lines}l`;
    scenes.push({ id: `scene-${String(i).padStart(2, '0')}-${width}x${height}${suffix}`, width, height, lines: picked });
  }
  return scenes;
}

/** The page that draws one scene: gradient + photo-like noise on a canvas, then rotated text in varied fonts. */
function sceneHtml(scene: Scene, seed: number): string {
  const r = rng(seed);
  const hue = Math.floor(r() * 360);
  const lines = scene.lines.map((line, i) => {
    const size = 34 + Math.floor(r() * 40);
    const font = FONTS[Math.floor(r() * FONTS.length)]!;
    const weight = WEIGHTS[Math.floor(r() * WEIGHTS.length)]!;
    const angle = (r() * 6 - 3).toFixed(2);
    const dark = r() < 0.5;
    const colour = dark ? `hsl(${(hue + 180) % 360} 70% 12%)` : `hsl(${(hue + 40) % 360} 90% 96%)`;
    const shadow = dark ? '0 0 6px rgba(255,255,255,.8)' : '0 2px 4px rgba(0,0,0,.8)';
    const top = 90 + i * ((scene.height - 200) / scene.lines.length) + Math.floor(r() * 40);
    const left = 30 + Math.floor(r() * 60);
    return {
      text: line.text,
      style: `top:${top}px;left:${left}px;font-family:'${font}';font-weight:${weight};font-size:${size}px;color:${colour};text-shadow:${shadow};transform:rotate(${angle}deg)`,
    };
  });
  return `<!doctype html><meta charset="utf-8"><style>
html,body{margin:0;width:${scene.width}px;height:${scene.height}px;overflow:hidden}
canvas{position:absolute;inset:0}
p{position:absolute;margin:0;white-space:nowrap;transform-origin:left center}
</style><canvas id="c" width="${scene.width}" height="${scene.height}"></canvas>
${lines.map((l) => `<p style="${l.style}"></p>`).join('\n')}
<script>
(() => {
const texts = ${JSON.stringify(lines.map((l) => l.text))};
document.querySelectorAll('p').forEach((p, i) => { p.textContent = texts[i]; });
let s = ${seed};
const rnd = () => { s = (s * 1103515245 + 12345) & 0x7fffffff; return s / 0x7fffffff; };
const c = document.getElementById('c'), g = c.getContext('2d'), W = c.width, H = c.height;
const grad = g.createLinearGradient(0, 0, W, H);
grad.addColorStop(0, 'hsl(${hue} 60% 55%)'); grad.addColorStop(1, 'hsl(${(hue + 90) % 360} 50% 35%)');
g.fillStyle = grad; g.fillRect(0, 0, W, H);
for (let k = 0; k < 40; k++) { // soft blobs, like an out-of-focus product photo
  const x = rnd() * W, y = rnd() * H, rad = 30 + rnd() * 160;
  const b = g.createRadialGradient(x, y, 0, x, y, rad);
  b.addColorStop(0, 'hsla(' + Math.floor(rnd() * 360) + ',60%,' + Math.floor(30 + rnd() * 50) + '%,0.55)'); b.addColorStop(1, 'hsla(0,0%,50%,0)');
  g.fillStyle = b; g.fillRect(x - rad, y - rad, rad * 2, rad * 2);
}
const img = g.getImageData(0, 0, W, H), d = img.data;
for (let p = 0; p < d.length; p += 4) { const n = (rnd() - 0.5) * 36; d[p] += n; d[p + 1] += n; d[p + 2] += n; }
g.putImageData(img, 0, 0);
document.body.dataset.ready = '1';
})();
</script>`;
}

export const SCENE_CACHE = path.resolve('.cache/ocr-scenes');

/** Renders the scenes to PNG files (cached by id under .cache/), returns their paths in order. */
export async function renderScenes(scenes: Scene[], dir = SCENE_CACHE): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files = scenes.map((scene) => path.join(dir, `${scene.id}.png`));
  const missing = scenes.filter((_, i) => !existsSync(files[i]!) || !existsSync(files[i]!.replace(/\.png$/, '.json')));
  if (missing.length === 0) return files;
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const scene of missing) {
      await page.setViewportSize({ width: scene.width, height: scene.height });
      await page.setContent(sceneHtml(scene, seedOf(scene.id)));
      await page.waitForSelector('body[data-ready="1"]', { state: 'attached', timeout: 10_000 }).catch((error: unknown) => {
        throw new Error(`scene ${scene.id} did not render: ${errors.join('; ') || String(error)}`);
      });
      await page.evaluate(() => document.fonts.ready);
      writeFileSync(path.join(dir, `${scene.id}.png`), await page.screenshot({ type: 'png' }));
      const boxes = await page.$$eval('p', (ps) =>
        ps.map((p) => {
          const r = p.getBoundingClientRect();
          return [r.x, r.y, r.width, r.height];
        }),
      );
      writeFileSync(path.join(dir, `${scene.id}.json`), JSON.stringify(boxes));
    }
  } finally {
    await browser?.close();
  }
  return files;
}

function seedOf(id: string): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return h & 0x7fffffff;
}

/** Where each line of a rendered scene is (the DOM's bounding rect, rotation included): [x, y, w, h] per line. */
export function sceneBoxes(file: string): [number, number, number, number][] {
  return JSON.parse(readFileSync(file.replace(/\.png$/, '.json'), 'utf8')) as [number, number, number, number][];
}
