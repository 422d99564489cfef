import {
  findAttribute,
  findCategory,
  findScene,
  findSegment,
  segmentEntry,
  statedHours,
  type Attribute,
  type Category,
  type Scene,
  type SegmentEntry,
} from '../knowledge';
import { copyPlatformSpec, type CopyPlatformSpec } from '../platforms';
import { createRng, hashString, type Rng } from '../rng';
import type { DraftRequest } from '../schema';

/**
 * What one offline variant says, before any wording per platform: the lead selling
 * point, the pain it answers in this scene, how it answers it, and the rest of the
 * points to weave in. Every pain comes from a selling point's attribute.
 */

export interface Beat {
  /** The seller's selling point, end punctuation removed. */
  point: string;
  attribute: Attribute;
  pain: { zh: string; en: string; specific: boolean };
  answer: { zh: string; en: string };
  showcase: { zh: string; en: string };
}

export interface VariantPlan {
  request: DraftRequest;
  spec: CopyPlatformSpec;
  index: number;
  rng: Rng;
  category: Category | undefined;
  scene: Scene;
  segment: SegmentEntry | undefined;
  nounZh: string;
  nounEn: string;
  /** Beats in the order the copy tells them: lead first. */
  beats: Beat[];
  /** Selling points no attribute matched: woven in as facts, not as pains. */
  plainPoints: string[];
  moment: { zh: string; en: string };
  laterMoment: { zh: string; en: string };
}

export const cleanPoint = (point: string): string => point.trim().replace(/[。．.!！；;，,、\s]+$/u, '');

/** An English point inside a sentence: 'Leakproof flip lid' → 'leakproof flip lid'; acronyms (USB-C, IPX5) stay. */
export function midSentence(point: string): string {
  return /^[A-Z][a-z]/.test(point) ? point.charAt(0).toLowerCase() + point.slice(1) : point;
}

/** The template for this variant: variants of one draft (and each seed) start at different templates. */
export function turn<T>(plan: Pick<VariantPlan, 'index' | 'request'>, list: readonly T[], salt = 0): T {
  return list[(plan.index + plan.request.seed + salt) % list.length] as T;
}

export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function customScene(text: string): Scene {
  return {
    id: 'custom',
    zh: text,
    en: text,
    cues: [text],
    contexts: ['home'],
    momentsZh: [`${text}的时候`, `每次${text}`, `${text}的日常里`],
    momentsEn: [`during ${text}`, `a typical day of ${text}`],
    tags: [text.replace(/\s+/g, '')],
  };
}

/** Higher is a better lead: a pain written for this scene (and this audience) beats a generic one. */
function painScore(attribute: Attribute, scene: Scene, segment: SegmentEntry | undefined): number {
  let best = 0;
  for (const pain of attribute.pains) {
    if (!pain.in) best = Math.max(best, 1);
    else if (pain.in.some((c) => scene.contexts.includes(c)))
      best = Math.max(best, pain.in.some((c) => scene.contexts.includes(c) && segment?.prefers.includes(c)) ? 4 : 3);
  }
  return best;
}

function choosePain(attribute: Attribute, scene: Scene, segment: SegmentEntry | undefined, rng: Rng): Beat['pain'] {
  const inScene = attribute.pains.filter((p) => p.in?.some((c) => scene.contexts.includes(c)));
  const forSegment = inScene.filter((p) => p.in?.some((c) => scene.contexts.includes(c) && segment?.prefers.includes(c)));
  const generic = attribute.pains.filter((p) => !p.in);
  const pool = forSegment.length ? forSegment : inScene.length ? inScene : generic.length ? generic : attribute.pains;
  const pain = rng.pick(pool);
  return { zh: pain.zh, en: pain.en, specific: pain.in !== undefined };
}

function chooseLine(lines: Attribute['answers'], point: string, rng: Rng): { zh: string; en: string } {
  const hours = statedHours(point);
  const usable = lines.filter((line) => line.minHours === undefined || (hours !== null && hours >= line.minHours));
  const line = rng.pick(usable.length ? usable : lines.filter((l) => l.minHours === undefined));
  return { zh: fill(line.zh, { point }), en: fill(line.en, { point: midSentence(point) }) };
}

export function planVariants(request: DraftRequest): VariantPlan[] {
  const spec = copyPlatformSpec(request.platform);
  const category = findCategory(request.product.category, request.product.name);
  const scene = findScene(request.scene) ?? customScene(request.scene.trim());
  const segment = request.segment ? segmentEntry(request.segment) : findSegment(request.product.audience);
  const points = [...new Set(request.product.sellingPoints.map(cleanPoint).filter(Boolean))];
  const matched: { point: string; attribute: Attribute; score: number }[] = [];
  const plain: string[] = [];
  const usedAttributes = new Set<string>();
  for (const point of points) {
    const attribute = findAttribute(point);
    // Two points of one attribute would tell the same pain twice: the second is a plain fact.
    if (attribute && !usedAttributes.has(attribute.id)) {
      usedAttributes.add(attribute.id);
      matched.push({ point, attribute, score: painScore(attribute, scene, segment) });
    } else plain.push(point);
  }
  const ranked = [...matched].sort((a, b) => b.score - a.score);

  return Array.from({ length: request.variants }, (_, index) => {
    const rng = createRng(hashString(`${request.seed}|${index}|${request.product.name}|${request.scene}|${request.platform}`));
    // Variants (and seeds) take turns at which point leads, best-placed first: each variant is another angle for an A/B test.
    const lead = ranked.length ? ranked[(index + request.seed) % ranked.length] : undefined;
    const others = ranked.filter((m) => m !== lead);
    const rotated = others.length ? [...others.slice((index + request.seed) % others.length), ...others.slice(0, (index + request.seed) % others.length)] : [];
    const ordered = lead ? [lead, ...rotated] : rotated;
    const beats: Beat[] = ordered.map(({ point, attribute }) => ({
      point,
      attribute,
      pain: choosePain(attribute, scene, segment, rng),
      answer: chooseLine(attribute.answers, point, rng),
      showcase: chooseLine(attribute.showcase, point, rng),
    }));
    const momentAt = rng.int(scene.momentsZh.length);
    const momentEnAt = momentAt % scene.momentsEn.length;
    return {
      request,
      spec,
      index,
      rng,
      category,
      scene,
      segment,
      beats,
      plainPoints: plain,
      nounZh: category?.nounZh ?? '它',
      nounEn: category?.nounEn ?? 'it',
      moment: { zh: scene.momentsZh[momentAt]!, en: scene.momentsEn[momentEnAt]! },
      laterMoment: { zh: scene.momentsZh[(momentAt + 1) % scene.momentsZh.length]!, en: scene.momentsEn[(momentEnAt + 1) % scene.momentsEn.length]! },
    };
  });
}
