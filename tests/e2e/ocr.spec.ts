// Text in images (issue 20), in the built extension: 检查图片文字 on a seller page recognises a rendered
// banner in the offscreen document, draws boxes over the findings (the image untouched), lists them,
// answers the second scan from the IndexedDB cache and names an unreadable image.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { makeScenes, renderScenes } from '../support/ocr/scenes';

const FIXTURES = path.resolve('tests/demo/dist/ocr-fixtures');
const overlay = (page: Page) => page.locator('listinglint-overlay');

test.beforeAll(async () => {
  const [banner] = await renderScenes(makeScenes(1));
  mkdirSync(FIXTURES, { recursive: true });
  copyFileSync(banner!, path.join(FIXTURES, 'banner.png'));
  writeFileSync(path.join(FIXTURES, 'broken.png'), Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
});

async function addImages(page: Page, sources: string[]) {
  await page.evaluate((list) => {
    const holder = document.createElement('div');
    holder.id = 'ocr-images';
    holder.style.cssText = 'position:absolute;top:20px;left:40px;z-index:1;background:#fff';
    for (const src of list) {
      const img = document.createElement('img');
      img.src = src;
      img.width = 375; // shown at half size: boxes must scale
      img.style.display = 'block';
      holder.append(img);
    }
    document.body.prepend(holder);
  }, sources);
  await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('#ocr-images img')].every((img) => img.complete));
}

test('检查图片文字 finds banned terms in an image, boxes them over the image and caches the result', async ({ context }) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.goto('/demo/taobao.html');
  await expect(overlay(page).getByTestId('ll-badge')).toBeVisible();
  await addImages(page, ['/demo/ocr-fixtures/banner.png', '/demo/ocr-fixtures/broken.png']);
  const before = await page
    .locator('#ocr-images img')
    .first()
    .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight, img.getAttribute('style')]);

  await overlay(page).getByTestId('ll-ocr-scan').click();
  const findings = overlay(page).getByTestId('ll-ocr-finding');
  await expect(findings.filter({ hasText: '全网第一' })).toHaveCount(1, { timeout: 150_000 });
  await expect(findings.filter({ hasText: '最好' })).toHaveCount(1);
  await expect(findings.first()).toContainText('广告法');
  await expect(findings.first()).toHaveAttribute('data-severity', 'error');
  await expect(overlay(page).getByTestId('ll-ocr-error')).toContainText('not an image or corrupt image');
  await expect(overlay(page).getByTestId('ll-ocr-summary')).toContainText('2 张图片');

  // Boxes lie over the image (shown at 375 px wide), one per finding; the image itself is unchanged.
  const image = (await page.locator('#ocr-images img').first().boundingBox())!;
  const boxes = overlay(page).getByTestId('ll-ocr-box');
  await expect(boxes).toHaveCount(await findings.count());
  for (const box of await boxes.all()) {
    const b = (await box.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(image.x - 2);
    expect(b.x + b.width).toBeLessThanOrEqual(image.x + image.width + 2);
    expect(b.y).toBeGreaterThanOrEqual(image.y - 2);
    expect(b.y + b.height).toBeLessThanOrEqual(image.y + image.height + 2);
    expect(b.width).toBeGreaterThan(10);
  }
  expect(
    await page
      .locator('#ocr-images img')
      .first()
      .evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight, img.getAttribute('style')]),
  ).toEqual(before);

  // Scanned again: answered from the cache by image hash.
  await overlay(page).getByTestId('ll-ocr-scan').click();
  await expect(overlay(page).locator('[data-testid="ll-ocr-panel"] h3').first()).toContainText('缓存', { timeout: 30_000 });
});
