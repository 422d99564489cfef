import type { Platform } from '../types';
import { PLATFORM_RULES, type LengthUnit, type PlatformTitleRules } from '../platforms/rules';

/**
 * What counts as what:
 *  - 'bytes' (Taobao, Tmall, Pinduoduo, Douyin, JD, generic): per UTF-16 code unit, U+0000–U+00FF
 *    counts 1 and anything else counts 2 — the `/[^\x00-\xff]/` width idiom of Chinese back-office
 *    forms. So 汉 = 2, Ａ (full-width) = 2, a = 1, é = 1, 😀 (a surrogate pair) = 4. Douyin's
 *    ceil(utf8 bytes / 2) ≤ 30 agrees with this for CJK + ASCII titles (3 UTF-8 bytes per Han ≈ 2 units).
 *  - 'chars' (Amazon, Shopify): user-perceived characters, Intl.Segmenter grapheme clusters, spaces
 *    included. So 👍🏽 and 👨‍👩‍👧 count 1 each, é written as e + U+0301 counts 1. We chose graphemes over
 *    UTF-16 length because it is what the seller sees and counts; emoji are flagged separately anyway.
 */
export interface TitleLength {
  value: number;
  unit: LengthUnit;
  limit: number;
  over: boolean;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const encoder = new TextEncoder();
/** Anything that can make one grapheme out of several code units. */
const CLUSTERING = /[\p{M}\u200d\u{10000}-\u{10ffff}\u1100-\u11ff\r]/u;

export function unitWidth(code: number): 1 | 2 {
  return code <= 0xff ? 1 : 2;
}

export function widthOf(text: string): number {
  let total = 0;
  for (let i = 0; i < text.length; i++) total += unitWidth(text.charCodeAt(i));
  return total;
}

export function graphemeCount(text: string): number {
  // Fast path: no astral chars, no combining marks or joiners → one grapheme per code unit.
  if (!CLUSTERING.test(text)) return text.length;
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}

export function measureText(text: string, unit: LengthUnit): number {
  return unit === 'bytes' ? widthOf(text) : graphemeCount(text);
}

/**
 * The UTF-16 offset where the text first exceeds `limit` units, or text.length when it fits.
 * Used to underline exactly the part that does not fit.
 */
export function overflowOffset(text: string, unit: LengthUnit, limit: number): number {
  let used = 0;
  if (unit === 'bytes') {
    for (let i = 0; i < text.length; i++) {
      used += unitWidth(text.charCodeAt(i));
      if (used > limit) {
        // Do not cut a surrogate pair in half.
        const prev = text.charCodeAt(i - 1);
        return i > 0 && prev >= 0xd800 && prev <= 0xdbff ? i - 1 : i;
      }
    }
    return text.length;
  }
  for (const { index } of graphemes.segment(text)) {
    used += 1;
    if (used > limit) return index;
  }
  return text.length;
}

export function measureWith(text: string, rules: Pick<PlatformTitleRules, 'unit' | 'limit'>): TitleLength {
  const value = measureText(text, rules.unit);
  return { value, unit: rules.unit, limit: rules.limit, over: value > rules.limit };
}

export function measureTitle(text: string, platform: Platform): TitleLength {
  return measureWith(text, PLATFORM_RULES[platform]);
}

/** UTF-8 byte length (Amazon backend search terms). */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}
