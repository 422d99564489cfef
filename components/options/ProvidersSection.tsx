import { useEffect, useState } from 'react';
import { providerConfig } from '@/components/secretStorage';
import type { Translate } from '@/lib/i18n';
import { PRESET_IDS, PROVIDER_PRESETS, resolveProvider, type PresetId } from '@/lib/draft/providers';

interface Form {
  presetId: PresetId;
  baseURL: string;
  model: string;
  apiKey: string;
}

const fromPreset = (presetId: PresetId, apiKey = ''): Form => ({
  presetId,
  baseURL: PROVIDER_PRESETS[presetId].baseURL,
  model: PROVIDER_PRESETS[presetId].model,
  apiKey,
});

/** Model provider and key. Saving asks for host access to that one API origin (none is granted at install). */
export function ProvidersSection({ t }: { t: Translate }) {
  const [form, setForm] = useState<Form>(fromPreset('deepseek'));
  const [configured, setConfigured] = useState(false);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();

  useEffect(() => {
    void providerConfig.getValue().then((stored) => {
      const resolved = resolveProvider(stored);
      if (!resolved.ok) return;
      const { presetId, baseURL, model, apiKey } = resolved.provider;
      setForm({ presetId, baseURL, model, apiKey: apiKey ?? '' });
      setConfigured(true);
    });
  }, []);

  const config = () => ({
    presetId: form.presetId,
    baseURL: form.baseURL.trim(),
    model: form.model.trim(),
    ...(form.apiKey.trim() ? { apiKey: form.apiKey.trim() } : {}),
  });

  const save = async () => {
    const resolved = resolveProvider(config());
    if (!resolved.ok) {
      setStatus({ kind: 'error', text: resolved.error });
      return;
    }
    const url = new URL(resolved.provider.baseURL);
    const granted = await browser.permissions.request({ origins: [`${url.protocol}//${url.hostname}/*`] }).catch(() => false);
    if (!granted) {
      setStatus({ kind: 'error', text: t('providers.permissionDenied') });
      return;
    }
    await providerConfig.setValue(config());
    setConfigured(true);
    setStatus({ kind: 'ok', text: t('providers.saved') });
  };

  const test = async () => {
    setStatus({ kind: 'ok', text: t('providers.testing') });
    const response = (await browser.runtime.sendMessage({ type: 'testConnection' })) as { ok: boolean; model?: string; latencyMs?: number; error?: string };
    setStatus(
      response.ok
        ? { kind: 'ok', text: t('providers.testOk', { model: response.model ?? '', ms: response.latencyMs ?? 0 }) }
        : { kind: 'error', text: response.error ?? 'error' },
    );
  };

  return (
    <div className="providers" data-testid="providers-section">
      {!configured && <p>{t('providers.none')}</p>}
      <form
        className="grid-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label>
          {t('providers.preset')}
          <select data-testid="provider-preset" value={form.presetId} onChange={(event) => setForm(fromPreset(event.target.value as PresetId, form.apiKey))}>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {PROVIDER_PRESETS[id].label}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('providers.baseURL')}
          <input data-testid="provider-base-url" value={form.baseURL} onChange={(event) => setForm({ ...form, baseURL: event.target.value })} />
        </label>
        <label>
          {t('providers.model')}
          <input data-testid="provider-model" value={form.model} onChange={(event) => setForm({ ...form, model: event.target.value })} />
        </label>
        <label>
          {t('providers.apiKey')}
          <input
            data-testid="provider-api-key"
            type="password"
            autoComplete="off"
            value={form.apiKey}
            onChange={(event) => setForm({ ...form, apiKey: event.target.value })}
          />
        </label>
        <p className="hint">{t('providers.apiKeyHint')}</p>
        <div className="buttons">
          <button type="submit" data-testid="provider-save">
            {t('providers.save')}
          </button>
          <button type="button" data-testid="provider-test" disabled={!configured} onClick={() => void test()}>
            {t('providers.test')}
          </button>
          <button
            type="button"
            disabled={!configured}
            onClick={() =>
              void providerConfig.setValue(null).then(() => {
                setConfigured(false);
                setStatus(undefined);
              })
            }
          >
            {t('providers.clear')}
          </button>
        </div>
      </form>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} data-testid="provider-status" className={status.kind}>
          {status.text}
        </p>
      )}
    </div>
  );
}
