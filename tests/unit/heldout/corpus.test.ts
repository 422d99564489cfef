// Validates the blind held-out compliance corpus (tests/fixtures/heldout). Does not call the engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const dir = resolve(__dirname, '../../fixtures/heldout');

const violationSchema = z.strictObject({
  match: z.string().min(1),
  class: z.enum([
    'absolute',
    'ranking',
    'authority',
    'medical',
    'superstition',
    'disparagement',
    'urgency',
    'guarantee',
    'testimonial',
    'amazon_claim',
    'trademark',
  ]),
  basis: z.string().min(4),
});

const rowSchema = z.strictObject({
  id: z.string().regex(/^ho-\d{4}$/),
  platform: z.enum(['taobao', 'jd', 'pdd', 'douyin', 'xiaohongshu', 'amazon', 'shopify']),
  category: z.enum(['general', 'food', 'health_food', 'cosmetics', 'special_cosmetics', 'medical_device', 'apparel', 'electronics', 'baby', 'home']),
  kind: z.enum(['title', 'selling_point', 'detail', 'live_script', 'note', 'amazon_title', 'amazon_bullet']),
  text: z.string().min(1).max(400),
  violations: z.array(violationSchema),
});
type Row = z.infer<typeof rowSchema>;

const lines = readFileSync(resolve(dir, 'corpus.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const rows: Row[] = lines.map((line, i) => {
  const parsed = rowSchema.safeParse(JSON.parse(line));
  if (!parsed.success) throw new Error(`corpus.jsonl line ${i + 1}: ${parsed.error.message}`);
  return parsed.data;
});

function tally(key: (r: Row) => string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) for (const k of key(r)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

describe('held-out compliance corpus', () => {
  it('has at least 600 schema-valid rows with unique ids and unique texts', () => {
    expect(rows.length).toBeGreaterThanOrEqual(600);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.text)).size).toBe(rows.length);
  });

  it('locates every match as a substring, with spans that do not overlap', () => {
    for (const r of rows) {
      const spans = r.violations.map((v) => {
        const at = r.text.indexOf(v.match);
        expect(at, `${r.id}: "${v.match}"`).toBeGreaterThanOrEqual(0);
        expect(v.match, `${r.id}: untrimmed span`).toBe(v.match.trim());
        return [at, at + v.match.length] as const;
      });
      spans.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) expect(spans[i]![0], `${r.id}: overlapping spans`).toBeGreaterThanOrEqual(spans[i - 1]![1]);
    }
  });

  it('keeps roughly 45% clean rows and 55% rows with violations', () => {
    const clean = rows.filter((r) => r.violations.length === 0).length / rows.length;
    expect(clean).toBeGreaterThan(0.38);
    expect(clean).toBeLessThan(0.52);
  });

  it('covers every class, platform and category', () => {
    const classes = tally((r) => r.violations.map((v) => v.class));
    for (const c of violationSchema.shape.class.options) expect(classes.get(c) ?? 0, c).toBeGreaterThanOrEqual(8);
    const platforms = tally((r) => [r.platform]);
    for (const p of rowSchema.shape.platform.options) expect(platforms.get(p) ?? 0, p).toBeGreaterThanOrEqual(15);
    const categories = tally((r) => [r.category]);
    for (const c of rowSchema.shape.category.options) expect(categories.get(c) ?? 0, c).toBeGreaterThanOrEqual(15);
  });

  it('matches the counts published in README.md', () => {
    const readme = readFileSync(resolve(dir, 'README.md'), 'utf8');
    const block = /<!-- counts:start -->\n([\s\S]*?)<!-- counts:end -->/.exec(readme);
    expect(block, 'README counts block').not.toBeNull();
    const published = new Map<string, number>();
    for (const m of block![1]!.matchAll(/^\| (\w+):(\w+) \| (\d+) \|$/gm)) published.set(`${m[1]}:${m[2]}`, Number(m[3]));
    const computed = new Map<string, number>([['total:rows', rows.length]]);
    computed.set('total:clean', rows.filter((r) => r.violations.length === 0).length);
    for (const [k, n] of tally((r) => r.violations.map((v) => v.class))) computed.set(`class:${k}`, n);
    for (const [k, n] of tally((r) => [r.category])) computed.set(`category:${k}`, n);
    for (const [k, n] of tally((r) => [r.platform])) computed.set(`platform:${k}`, n);
    for (const [k, n] of tally((r) => [r.kind])) computed.set(`kind:${k}`, n);
    expect(Object.fromEntries(published)).toEqual(Object.fromEntries(computed));
  });
});
