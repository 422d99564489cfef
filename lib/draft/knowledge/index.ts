import { z } from 'zod';
import { ATTRIBUTES } from './attributes';
import { CATEGORIES } from './categories';
import { SCENES } from './scenes';
import { SEGMENT_ENTRIES } from './segments';
import {
  attributeSchema,
  categorySchema,
  sceneSchema,
  segmentSchema,
  type Attribute,
  type Category,
  type Scene,
  type Segment,
  type SegmentEntry,
} from './schema';

export type { Attribute, Category, Context, Scene, Segment, SegmentEntry } from './schema';
export { CONTEXTS, SEGMENTS } from './schema';

export interface Knowledge {
  attributes: readonly Attribute[];
  categories: readonly Category[];
  scenes: readonly Scene[];
  segments: readonly SegmentEntry[];
}

/** Validates the shipped data and its cross-references; throws a readable error naming the entry. */
export function validateKnowledge(data: Knowledge = { attributes: ATTRIBUTES, categories: CATEGORIES, scenes: SCENES, segments: SEGMENT_ENTRIES }): Knowledge {
  const check = <T>(schema: z.ZodType<T>, list: readonly unknown[], what: string): T[] =>
    list.map((entry, i) => {
      const parsed = schema.safeParse(entry);
      if (parsed.success) return parsed.data;
      const issue = parsed.error.issues[0];
      const id = entry && typeof entry === 'object' && 'id' in entry ? String(entry.id) : `#${i}`;
      throw new Error(`KnowledgeError: ${what} ${id}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
    });
  const attributes = check(attributeSchema, data.attributes, 'attribute');
  const categories = check(categorySchema, data.categories, 'category');
  const scenes = check(sceneSchema, data.scenes, 'scene');
  const segments = check(segmentSchema, data.segments, 'segment');
  const ids = (list: readonly { id: string }[], what: string) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) throw new Error(`KnowledgeError: duplicate ${what} id '${id}'`);
      seen.add(id);
    }
    return seen;
  };
  const attributeIds = ids(attributes, 'attribute');
  const sceneIds = ids(scenes, 'scene');
  ids(categories, 'category');
  for (const category of categories) {
    for (const id of category.attributes) if (!attributeIds.has(id)) throw new Error(`KnowledgeError: category ${category.id}: unknown attribute '${id}'`);
    for (const id of category.scenes) if (!sceneIds.has(id)) throw new Error(`KnowledgeError: category ${category.id}: unknown scene '${id}'`);
  }
  return { attributes, categories, scenes, segments };
}

let validated: Knowledge | null = null;
/** The shipped knowledge, validated once on first use. */
export function knowledge(): Knowledge {
  validated ??= validateKnowledge();
  return validated;
}

const ASCII = /^[\x20-\x7e]+$/;

/** Where a cue occurs in text: CJK cues anywhere, ASCII cues on word boundaries, case-insensitive. */
function cueIndex(text: string, cue: string): number {
  if (!ASCII.test(cue)) return text.toLowerCase().indexOf(cue.toLowerCase());
  const escaped = cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(^|[^a-z0-9])${escaped}`, 'i').exec(text);
  return match ? match.index + match[1]!.length : -1;
}

/** The entry whose longest cue occurs in the text (ties: earliest in the list). */
function longestCue<T extends { cues: readonly string[] }>(list: readonly T[], text: string): T | undefined {
  let best: T | undefined;
  let bestLength = 0;
  for (const entry of list) {
    for (const cue of entry.cues) {
      if (cue.length > bestLength && cueIndex(text, cue) >= 0) {
        best = entry;
        bestLength = cue.length;
      }
    }
  }
  return best;
}

export function findCategory(...texts: string[]): Category | undefined {
  for (const text of texts) {
    const hit = longestCue(knowledge().categories, text);
    if (hit) return hit;
  }
  return undefined;
}

export function findScene(text: string): Scene | undefined {
  return knowledge().scenes.find((scene) => scene.zh === text.trim() || scene.id === text.trim()) ?? longestCue(knowledge().scenes, text);
}

export function findAttribute(sellingPoint: string): Attribute | undefined {
  return longestCue(knowledge().attributes, sellingPoint);
}

export function attributeById(id: string): Attribute | undefined {
  return knowledge().attributes.find((attribute) => attribute.id === id);
}

export function segmentEntry(id: Segment): SegmentEntry {
  const entry = knowledge().segments.find((segment) => segment.id === id);
  if (!entry) throw new Error(`KnowledgeError: no segment '${id}'`);
  return entry;
}

/** The segment an audience text names (学生党 → student), if any. */
export function findSegment(audience: string): SegmentEntry | undefined {
  return longestCue(knowledge().segments, audience);
}

/** Hours a selling point states (保温12小时, 30h battery, 24 hours), or null. */
export function statedHours(point: string): number | null {
  const match = /(\d+(?:\.\d+)?)\s*(?:个)?(?:小时|h\b|hrs?\b|hours?\b)/i.exec(point);
  return match ? Number(match[1]) : null;
}
