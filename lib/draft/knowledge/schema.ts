import { z } from 'zod';
import { SEGMENTS } from '../vocabulary';

/**
 * The offline drafter's knowledge, as data: which selling-point attribute answers
 * which buyer pain in which kind of scene. Text here is the product a copywriter
 * reads, so it is written by hand and never states a fact, number, award or review:
 * numbers only ever come from the seller's own selling points ({point}).
 *
 * Placeholders: {point} the seller's selling point, {noun} the category's noun
 * (这只杯子), {moment} a moment of the scene (早高峰挤地铁).
 */

export const CONTEXTS = [
  'commute',
  'office',
  'study',
  'dorm',
  'home',
  'kitchen',
  'sleep',
  'outdoor',
  'travel',
  'sport',
  'baby',
  'pet',
  'car',
  'rain',
  'summer',
  'winter',
  'gift',
  'party',
  'clean',
] as const;
export type Context = (typeof CONTEXTS)[number];

const line = z.string().min(2).max(120);
const noDigits = line.refine((text) => !/[0-9０-９]/.test(text), 'knowledge text must not contain numbers: numbers come only from the seller');

export const painSchema = z.object({
  zh: noDigits,
  en: noDigits,
  /** Scene contexts this pain belongs to; absent = any scene (then it is prefixed with a moment of the scene). */
  in: z.array(z.enum(CONTEXTS)).optional(),
});

export const answerSchema = z.object({
  /** Must contain {point}: the seller's selling point woven into the sentence. */
  zh: noDigits.refine((text) => text.includes('{point}'), 'an answer must weave in {point}'),
  en: noDigits.refine((text) => text.includes('{point}'), 'an answer must weave in {point}'),
  /** Only used when the selling point states at least this many hours (保温12小时 → 下午还烫口). */
  minHours: z.number().positive().optional(),
});

export const attributeSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Substrings (zh or lower-case en) that mark a selling point as this attribute. */
  cues: z.array(z.string().min(1)).min(1),
  /** Short lead-in for an Amazon bullet, capitalised on output. */
  leadEn: noDigits,
  /** Short zh label for bullets and section heads (保温). */
  labelZh: noDigits,
  /** At least one pain fits any scene (no `in`), so a scene the attribute was not written for still gets a pain of this attribute. */
  pains: z
    .array(painSchema)
    .min(2)
    .refine((pains) => pains.some((p) => !p.in), 'needs at least one pain without `in`'),
  answers: z.array(answerSchema).min(2),
  /** A line for the showcase: the product in use, no claim beyond {point}. */
  showcase: z.array(answerSchema).min(1),
});
export type Attribute = z.infer<typeof attributeSchema>;

export const categorySchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  zh: z.string(),
  en: z.string(),
  cues: z.array(z.string().min(1)).min(1),
  /** How the body refers to the product after naming it once (这只杯子 / it). */
  nounZh: noDigits,
  nounEn: noDigits,
  /** Attributes a seller of this category typically lists; the coverage test drafts with them. */
  attributes: z.array(z.string()).min(2),
  /** Example selling points a seller might write, one per listed attribute at least. */
  samplePoints: z.array(z.string()).min(2),
  /** Scenes the category is usually sold into. */
  scenes: z.array(z.string()).min(1),
});
export type Category = z.infer<typeof categorySchema>;

export const sceneSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  zh: noDigits,
  en: noDigits,
  cues: z.array(z.string().min(1)).min(1),
  contexts: z.array(z.enum(CONTEXTS)).min(1),
  momentsZh: z.array(noDigits).min(3),
  momentsEn: z.array(noDigits).min(2),
  tags: z.array(noDigits).min(2),
});
export type Scene = z.infer<typeof sceneSchema>;

export { SEGMENTS, type Segment } from '../vocabulary';

export const segmentSchema = z.object({
  id: z.enum(SEGMENTS),
  zh: z.string(),
  en: z.string(),
  cues: z.array(z.string().min(1)).min(1),
  /** Contexts whose pains this audience feels first. */
  prefers: z.array(z.enum(CONTEXTS)),
  /** 你 or 您. */
  you: z.enum(['你', '您']),
  /** One line for the prompt: how to talk to this audience. */
  guide: z.string(),
  ctaZh: z.array(noDigits).min(2),
  ctaEn: z.array(noDigits).min(1),
  /** Douyin hooks addressed to this audience; {pain} is the lead pain, without end punctuation. */
  hookZh: z.array(noDigits).min(1),
});
export type SegmentEntry = z.infer<typeof segmentSchema>;
