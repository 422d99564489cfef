import type { DraftVariant } from '../schema';
import { turn, type VariantPlan } from './plan';
import { capitalize, fitHeadline, fitLength, uniqueKeywords } from './shared';

/**
 * English copy: Amazon bullets with capitalised lead-ins and a short description, or a
 * Shopify description. Natural sentences; the name once in the description.
 */

const sentence = (text: string): string => {
  const trimmed = capitalize(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
};

const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const titleCase = (text: string): string =>
  text.replace(/(^|[\s-])([a-z]+)/g, (m, sep: string, word: string) => (sep && SMALL_WORDS.has(word) ? m : sep + word.charAt(0).toUpperCase() + word.slice(1)));

function headlineFor(plan: VariantPlan): string {
  const { request, spec, beats, scene, index } = plan;
  const name = request.product.name;
  const order = (point: string) => request.product.sellingPoints.findIndex((p) => p.toLowerCase().includes(point.toLowerCase()));
  const leads = [...beats].sort((a, b) => order(a.point) - order(b.point)).map((b) => titleCase(b.attribute.leadEn));
  const rotated = leads.length ? [...leads.slice(index % leads.length), ...leads.slice(0, index % leads.length)] : [];
  const keywords = uniqueKeywords(request.keywords, name).map(titleCase);
  const features = spec.id === 'shopify-description' ? rotated.slice(0, 1 + (index >= leads.length ? 1 : 0)) : rotated.slice(0, index >= leads.length ? 2 : 3);
  // Brand + product, keywords, then features, then the use: how Amazon titles read.
  let title = [name, ...keywords].join(', ');
  if (title.length > spec.headlineMax) title = name;
  for (const [k, feature] of features.entries()) {
    const next = `${title}${k === 0 ? ' – ' : ', '}${feature}`;
    if (next.length <= spec.headlineMax) title = next;
  }
  const withScene = `${title}, for ${titleCase(scene.en.replace(/^the /, ''))}`;
  return fitHeadline(withScene.length <= spec.headlineMax ? withScene : title, name, spec.headlineMax);
}

export function englishVariant(plan: VariantPlan): DraftVariant {
  const { request, spec, rng, beats, scene } = plan;
  const name = request.product.name;
  const lead = beats[0];
  const pain = lead
    ? lead.pain.specific
      ? sentence(lead.pain.en)
      : sentence(`${rng.pick(['picture', 'think of'])} ${plan.moment.en}: ${lead.pain.en}`)
    : sentence(`Think of ${plan.moment.en}`);
  const intro = turn(plan, [`${name} changes that:`, `That is where ${name} comes in:`, `${name} was made for exactly this:`]);
  const answer1 = lead ? sentence(lead.answer.en) : sentence(request.product.sellingPoints.join(', '));
  const answer2 = beats[1] ? sentence(beats[1].answer.en) : '';
  const show = sentence((beats[2] ?? lead)?.showcase.en ?? `From ${plan.moment.en} to ${plan.laterMoment.en}, ${plan.nounEn} fits right in`);
  const extras = [...beats.slice(3).map((b) => b.point), ...plan.plainPoints];
  const extraLine = extras.length ? sentence(`Also: ${extras.join('; ')}`) : '';
  const closing = plan.segment
    ? sentence(rng.pick(plan.segment.ctaEn))
    : rng.pick(['Check the size and colour options before you order.', 'See the product details for sizes and specifications.']);
  const solution = `${intro} ${answer1}${answer2 ? ` ${answer2}` : ''}`;
  const showcase = `${show}${extraLine ? ` ${extraLine}` : ''}`;
  const body = [pain, solution, showcase, closing].join(spec.id === 'shopify-description' ? '\n\n' : ' ');

  const bullets: string[] = beats.map((b) => `${b.attribute.leadEn.toUpperCase()}: ${sentence(b.answer.en)}`);
  for (const point of plan.plainPoints) bullets.push(`THOUGHTFUL DETAIL: ${sentence(point)}`);
  const keywords = uniqueKeywords(request.keywords, `${name} ${bullets.join(' ')} ${spec.id === 'amazon-bullets' ? headlineFor(plan) : ''}`);
  const what = keywords.length ? keywords.join(', ') : request.product.category;
  bullets.splice(
    Math.min(bullets.length, spec.bulletCount - 1),
    0,
    `WHERE IT FITS: ${sentence(`${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what} for ${request.product.audience}`)}`,
  );
  if (bullets.length < spec.bulletCount)
    bullets.push(
      `MADE FOR ${scene.en.replace(/^the /, '').toUpperCase()}: ${sentence(`from ${plan.moment.en} to ${plan.laterMoment.en}, ${plan.nounEn} fits right in`)}`,
    );
  if (bullets.length < spec.bulletCount && plan.segment) bullets.push(`A CONSIDERED CHOICE: ${sentence(plan.segment.ctaEn[0]!)}`);
  // Honest filler rather than an invented claim when the seller gave few points.
  if (bullets.length < spec.bulletCount) bullets.push('GOOD TO KNOW: See the product details for sizes, colours and specifications.');

  return {
    headline: headlineFor(plan),
    painPoint: pain,
    solution,
    showcase,
    body: fitLength(body, spec.bodyMax),
    bullets: bullets.slice(0, spec.bulletCount).map((b) => fitLength(b, spec.bulletMax)),
    hashtags: [],
    scene: request.scene,
    framework: request.framework,
  };
}
