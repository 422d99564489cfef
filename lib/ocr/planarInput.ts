/** What @gutenye/ocr-common's ModelBase.imageToInput returns. */
interface ModelData {
  data: Float32Array;
  width: number;
  height: number;
}

/**
 * RGBA pixels → planar B, G, R floats for PP-OCR, as @gutenye/ocr-common's `imageToInput` computes
 * them, in one Float32Array: the library builds three JS number arrays and spreads them, which costs
 * ~2 GB of heap for a 4-megapixel image.
 */
export function planarInput(
  image: { data: ArrayLike<number>; width: number; height: number },
  { mean = [0, 0, 0], std = [1, 1, 1] }: { mean?: number[]; std?: number[] } = {},
): ModelData {
  const n = image.width * image.height;
  const out = new Float32Array(3 * n);
  const [mr = 0, mg = 0, mb = 0] = mean;
  const [sr = 1, sg = 1, sb = 1] = std;
  const d = image.data;
  for (let p = 0, i = 0; p < n; p++, i += 4) {
    out[p] = ((d[i + 2] ?? 0) / 255 - mb) / sb;
    out[n + p] = ((d[i + 1] ?? 0) / 255 - mg) / sg;
    out[2 * n + p] = ((d[i] ?? 0) / 255 - mr) / sr;
  }
  return { data: out, width: image.width, height: image.height };
}

/** Replaces ModelBase.prototype.imageToInput (same results, see the unit test) with `planarInput`. */
export function patchModelBase(prototype: { imageToInput: unknown }): void {
  prototype.imageToInput = function (
    this: unknown,
    image: { data: ArrayLike<number>; width: number; height: number },
    options: { mean?: number[]; std?: number[] },
  ) {
    return planarInput(image, options);
  };
}
