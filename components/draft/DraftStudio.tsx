import { useState } from 'react';
import type { Locale, Translate } from '@/lib/i18n';
import { COPY_PLATFORMS, FRAMEWORKS } from '@/lib/draft/vocabulary';
import { useDraftPort } from './useDraftPort';
import { VariantCard, type InsertIntoField, type InsertTarget } from './VariantCard';

export interface DraftPrefill {
  name?: string;
  sellingPoints?: string[];
  platform?: (typeof COPY_PLATFORMS)[number];
  keywords?: string[];
}

const SCENES = ['通勤', '考研图书馆', '露营', '租房改造', '居家办公', '健身房', '送礼', '出差旅行'];

/** Product facts + scene, platform, tone, structure → streamed, audited variants. Form input survives errors. */
export function DraftStudio({ t, locale, prefill, targets, onInsert }: { t: Translate; locale: Locale; prefill?: DraftPrefill; targets?: InsertTarget[]; onInsert?: InsertIntoField }) {
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
  });
  const port = useDraftPort();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: event.target.value }));

  const request = () => ({
    product: {
      name: form.name,
      category: form.category || form.name,
      sellingPoints: form.sellingPoints.split('\n').map((line) => line.trim()).filter(Boolean),
      audience: form.audience || (locale === 'en' ? 'everyday shoppers' : '大众消费者'),
    },
    scene: form.scene,
    platform: form.platform,
    tone: form.tone,
    framework: form.framework,
    variants: Number(form.variants),
    keywords: form.keywords.split(/[,，、\s]+/).map((word) => word.trim()).filter(Boolean),
    lengthTarget: form.lengthTarget ? Number(form.lengthTarget) : null,
  });

  return (
    <div className="draft-studio" data-testid="draft-studio">
      <form
        className="draft-form"
        onSubmit={(event) => {
          event.preventDefault();
          port.start(request(), { regenerate: false, locale });
        }}
      >
        <label>{t('draft.product')}<input data-testid="draft-name" required value={form.name} onChange={set('name')} /></label>
        <label>{t('draft.category')}<input value={form.category} onChange={set('category')} /></label>
        <label className="wide">{t('draft.sellingPoints')}<textarea data-testid="draft-selling-points" required value={form.sellingPoints} onChange={set('sellingPoints')} /></label>
        <label>{t('draft.audience')}<input value={form.audience} onChange={set('audience')} /></label>
        <label>
          {t('draft.scene')}
          <input list="ll-scenes" data-testid="draft-scene" value={form.scene} onChange={set('scene')} />
          <datalist id="ll-scenes">{SCENES.map((scene) => <option key={scene} value={scene} />)}</datalist>
        </label>
        <label>
          {t('draft.platform')}
          <select data-testid="draft-platform" value={form.platform} onChange={set('platform')}>
            {COPY_PLATFORMS.map((platform) => <option key={platform} value={platform}>{t(`draft.platform.${platform}`)}</option>)}
          </select>
        </label>
        <label>{t('draft.tone')}<input value={form.tone} onChange={set('tone')} /></label>
        <label>
          {t('draft.framework')}
          <select value={form.framework} onChange={set('framework')}>
            {FRAMEWORKS.map((framework) => <option key={framework} value={framework}>{t(`draft.framework.${framework}`)}</option>)}
          </select>
        </label>
        <label>{t('draft.variants')}<input type="number" min={1} max={5} value={form.variants} onChange={set('variants')} /></label>
        <label>{t('draft.keywords')}<input data-testid="draft-keywords" value={form.keywords} onChange={set('keywords')} /></label>
        <label>{t('draft.lengthTarget')}<input type="number" min={20} max={5000} value={form.lengthTarget} onChange={set('lengthTarget')} /></label>
        <div className="draft-buttons wide">
          <button type="submit" data-testid="draft-generate" disabled={port.running}>{t('draft.generate')}</button>
          <button type="button" disabled={port.running} onClick={() => port.start(request(), { regenerate: true, locale })}>{t('draft.regenerate')}</button>
          {port.running && <button type="button" data-testid="draft-stop" onClick={port.stop}>{t('draft.stop')}</button>}
        </div>
      </form>
      {port.running && (
        <div className="draft-stream" aria-live="polite">
          <span>{t('draft.streaming')}</span>
          <pre data-testid="draft-stream">{port.streamed.slice(-600)}</pre>
        </div>
      )}
      {port.error && <p role="alert" className="draft-error" data-testid="draft-error">{port.error}</p>}
      {port.result && (
        <section data-testid="draft-results">
          <p className="draft-meta">
            {port.result.source === 'offline' ? t('draft.offline') : t('draft.model', { model: port.result.model ?? '' })}
            {port.result.cached && <span data-testid="draft-cached"> · {t('draft.cached')}</span>}
            {port.result.revisions > 0 && <span> · {t('draft.revisions', { count: port.result.revisions })}</span>}
          </p>
          {port.result.variants.map((variant, index) => (
            <VariantCard key={index} variant={variant} index={index} t={t} targets={targets} onInsert={onInsert} />
          ))}
        </section>
      )}
    </div>
  );
}
