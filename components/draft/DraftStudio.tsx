import { useState, type ReactNode } from 'react';
import type { Locale, Translate } from '@/lib/i18n';
import { parseKeywords } from '@/lib/draft/offline/shared';
import { COPY_PLATFORMS, FRAMEWORKS, SEGMENTS } from '@/lib/draft/vocabulary';
import type { DraftedVariantMessage } from '@/lib/draftPort';
import { StreamingPreview } from './StreamingPreview';
import { useDraftPort } from './useDraftPort';
import { VariantCard, type InsertIntoField, type InsertTarget } from './VariantCard';

export interface DraftPrefill {
  name?: string;
  sellingPoints?: string[];
  platform?: (typeof COPY_PLATFORMS)[number];
  keywords?: string[];
}

const SCENES = [
  '通勤',
  '办公室',
  '考研图书馆',
  '宿舍',
  '露营',
  '徒步登山',
  '租房改造',
  '居家办公',
  '厨房做饭',
  '健身房',
  '带娃出门',
  '夏日高温',
  '寒冬',
  '送礼',
  '出差',
  '旅行',
];

export interface DraftStudioProps {
  t: Translate;
  locale: Locale;
  prefill?: DraftPrefill;
  targets?: InsertTarget[];
  onInsert?: InsertIntoField;
  /** On a provider failure, draft offline with a notice. Default: on in the page drawer (it has insert targets), offered as a button elsewhere. */
  offlineFallback?: boolean;
  /** Extra actions under a finished draft (the dashboard's A/B set save/export). */
  resultActions?: (variants: DraftedVariantMessage[], productName: string) => ReactNode;
}

/** Product facts + scene, platform, audience, tone, structure → streamed, audited variants. Form input survives errors. */
export function DraftStudio({ t, locale, prefill, targets, onInsert, offlineFallback, resultActions }: DraftStudioProps) {
  const [form, setForm] = useState({
    name: prefill?.name ?? '',
    category: '',
    sellingPoints: (prefill?.sellingPoints ?? []).join('\n'),
    audience: '',
    scene: SCENES[0]!,
    platform: prefill?.platform ?? 'taobao-detail',
    tone: '亲切自然',
    framework: FRAMEWORKS[0] as string,
    variants: 3,
    keywords: (prefill?.keywords ?? []).join('，'),
    lengthTarget: '',
    segment: '',
  });
  const [seed, setSeed] = useState(0);
  const fallback = offlineFallback ?? targets !== undefined;
  const port = useDraftPort();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));

  const request = (withSeed = seed) => ({
    product: {
      name: form.name,
      category: form.category || form.name,
      sellingPoints: form.sellingPoints
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
      audience: form.audience || (locale === 'en' ? 'everyday shoppers' : '大众消费者'),
    },
    scene: form.scene,
    platform: form.platform,
    tone: form.tone,
    framework: form.framework,
    variants: Number(form.variants),
    // Commas, 、 and new lines separate keywords; a space does not ("water bottle" is one keyword).
    keywords: parseKeywords(form.keywords),
    lengthTarget: form.lengthTarget ? Number(form.lengthTarget) : null,
    segment: form.segment || null,
    seed: withSeed,
  });
  const regenerate = () => {
    const next = seed + 1;
    setSeed(next);
    port.start(request(next), { regenerate: true, locale, fallback });
  };

  return (
    <div className="draft-studio" data-testid="draft-studio">
      <form
        className="draft-form"
        onSubmit={(event) => {
          event.preventDefault();
          port.start(request(), { regenerate: false, locale, fallback });
        }}
      >
        <label>
          {t('draft.product')}
          <input data-testid="draft-name" required value={form.name} onChange={set('name')} />
        </label>
        <label>
          {t('draft.category')}
          <input value={form.category} onChange={set('category')} />
        </label>
        <label className="wide">
          {t('draft.sellingPoints')}
          <textarea data-testid="draft-selling-points" required value={form.sellingPoints} onChange={set('sellingPoints')} />
        </label>
        <label>
          {t('draft.audience')}
          <input value={form.audience} onChange={set('audience')} />
        </label>
        <label>
          {t('draft.segment')}
          <select data-testid="draft-segment" value={form.segment} onChange={set('segment')}>
            <option value="">{t('draft.segment.auto')}</option>
            {SEGMENTS.map((segment) => (
              <option key={segment} value={segment}>
                {t(`draft.segment.${segment}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('draft.scene')}
          <input list="ll-scenes" data-testid="draft-scene" value={form.scene} onChange={set('scene')} />
          <datalist id="ll-scenes">
            {SCENES.map((scene) => (
              <option key={scene} value={scene} />
            ))}
          </datalist>
        </label>
        <label>
          {t('draft.platform')}
          <select data-testid="draft-platform" value={form.platform} onChange={set('platform')}>
            {COPY_PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {t(`draft.platform.${platform}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('draft.tone')}
          <input value={form.tone} onChange={set('tone')} />
        </label>
        <label>
          {t('draft.framework')}
          <select value={form.framework} onChange={set('framework')}>
            {FRAMEWORKS.map((framework) => (
              <option key={framework} value={framework}>
                {t(`draft.framework.${framework}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('draft.variants')}
          <input type="number" min={1} max={5} value={form.variants} onChange={set('variants')} />
        </label>
        <label>
          {t('draft.keywords')}
          <input data-testid="draft-keywords" value={form.keywords} onChange={set('keywords')} />
        </label>
        <label>
          {t('draft.lengthTarget')}
          <input type="number" min={20} max={5000} value={form.lengthTarget} onChange={set('lengthTarget')} />
        </label>
        <div className="draft-buttons wide">
          <button type="submit" data-testid="draft-generate" disabled={port.running}>
            {t('draft.generate')}
          </button>
          <button type="button" data-testid="draft-regenerate" disabled={port.running} onClick={regenerate}>
            {t('draft.regenerate')}
          </button>
          {port.running && (
            <button type="button" data-testid="draft-stop" onClick={port.stop}>
              {t('draft.stop')}
            </button>
          )}
        </div>
      </form>
      {port.running && (
        <div className="draft-stream" aria-live="polite">
          <span>{t('draft.streaming')}</span>
          <StreamingPreview t={t} variants={port.streaming} />
        </div>
      )}
      {port.error && (
        <div role="alert" className="draft-error" data-testid="draft-error">
          <p>{port.error}</p>
          {port.offlineAvailable && (
            <button
              type="button"
              data-testid="draft-use-offline"
              onClick={() => port.start(request(), { regenerate: false, locale, fallback: false, offline: true })}
            >
              {t('draft.useOffline')}
            </button>
          )}
        </div>
      )}
      {port.result && (
        <section data-testid="draft-results">
          <p className="draft-meta">
            {port.result.source === 'offline' ? t('draft.offline') : t('draft.model', { model: port.result.model ?? '' })}
            {port.result.cached && <span data-testid="draft-cached"> · {t('draft.cached')}</span>}
            {port.result.revisions > 0 && <span> · {t('draft.revisions', { count: port.result.revisions })}</span>}
          </p>
          {port.result.notices.map((notice, i) => (
            <p key={i} role="status" className={`draft-notice ${notice.kind}`} data-testid="draft-notice" data-kind={notice.kind}>
              {notice.message}
            </p>
          ))}
          {port.result.variants.map((variant, index) => (
            <VariantCard key={index} variant={variant} index={index} t={t} targets={targets} onInsert={onInsert} />
          ))}
          {resultActions?.(port.result.variants, form.name)}
        </section>
      )}
    </div>
  );
}
