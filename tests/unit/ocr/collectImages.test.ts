// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { collectImages, MAX_SCAN_IMAGES } from '@/lib/dom/ocr/collectImages';

/** happy-dom loads no pixels: give an image the natural size (and completeness) a browser would report. */
function image(src: string, natural: [number, number], complete = true): HTMLImageElement {
  const img = document.createElement('img');
  img.src = src;
  Object.defineProperty(img, 'naturalWidth', { value: natural[0] });
  Object.defineProperty(img, 'naturalHeight', { value: natural[1] });
  Object.defineProperty(img, 'complete', { value: complete });
  return img;
}

describe('collectImages', () => {
  it('takes the images of the fields, each src once, skips icons and non-http sources, keeps broken images', () => {
    document.body.replaceChildren();
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.append(
      image('https://img.example.com/banner.png', [750, 1000]),
      image('https://img.example.com/banner.png', [750, 1000]),
      image('https://img.example.com/icon.png', [24, 24]),
      image('blob:https://seller.example.com/1', [750, 1000]),
      image('https://img.example.com/broken.png', [0, 0]),
      image('https://img.example.com/loading.png', [0, 0], false),
    );
    document.body.append(editor);
    expect(collectImages(document, [editor]).map((img) => img.src)).toEqual(['https://img.example.com/banner.png', 'https://img.example.com/broken.png']);
  });

  it(`stops at ${MAX_SCAN_IMAGES} images on a page with more`, () => {
    document.body.replaceChildren();
    const editor = document.createElement('div');
    for (let i = 0; i < 150; i++) editor.append(image(`https://img.example.com/${i}.jpg`, [750, 1000]));
    document.body.append(editor);
    const found = collectImages(document, [editor]);
    expect(found).toHaveLength(MAX_SCAN_IMAGES);
    expect(found[99]!.src).toBe('https://img.example.com/99.jpg');
  });
});
