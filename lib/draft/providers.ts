import { z } from 'zod';

/**
 * OpenAI-compatible providers Chinese sellers use. `structuredOutput` records
 * whether the server honours `response_format: {type: 'json_schema'}`; the ones
 * that do not get JSON mode plus our own zod validation.
 */
export type StructuredOutput = 'json_schema' | 'json_object';

export interface ProviderPreset {
  id: string;
  label: string;
  baseURL: string;
  model: string;
  structuredOutput: StructuredOutput;
  requiresKey: boolean;
  /** Where the numbers come from. */
  docs: string;
}

export const PROVIDER_PRESETS = {
  openai: {
    id: 'openai',
    label: 'OpenAI',
    baseURL: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    structuredOutput: 'json_schema',
    requiresKey: true,
    docs: 'https://platform.openai.com/docs/guides/structured-outputs',
  },
  deepseek: {
    id: 'deepseek',
    label: 'DeepSeek',
    baseURL: 'https://api.deepseek.com',
    model: 'deepseek-chat',
    structuredOutput: 'json_object',
    requiresKey: true,
    docs: 'https://api-docs.deepseek.com/guides/json_mode',
  },
  qwen: {
    id: 'qwen',
    label: '通义千问 (DashScope compatible mode)',
    baseURL: 'https://dashscope.aliyuncs.com/compatible-mode/v1',
    model: 'qwen-plus',
    structuredOutput: 'json_schema',
    requiresKey: true,
    docs: 'https://help.aliyun.com/zh/model-studio/json-mode',
  },
  moonshot: {
    id: 'moonshot',
    label: 'Moonshot (Kimi)',
    baseURL: 'https://api.moonshot.cn/v1',
    model: 'moonshot-v1-8k',
    structuredOutput: 'json_object',
    requiresKey: true,
    docs: 'https://platform.moonshot.cn/docs/guide/use-json-mode-feature-of-kimi-api',
  },
  ollama: {
    id: 'ollama',
    label: 'Ollama (local)',
    baseURL: 'http://localhost:11434/v1',
    model: 'qwen2.5:7b',
    structuredOutput: 'json_schema',
    requiresKey: false,
    docs: 'https://ollama.com/blog/structured-outputs',
  },
  custom: {
    id: 'custom',
    label: 'Custom OpenAI-compatible',
    baseURL: '',
    model: '',
    structuredOutput: 'json_object',
    requiresKey: false,
    docs: 'https://platform.openai.com/docs/api-reference/chat',
  },
} as const satisfies Record<string, ProviderPreset>;

export type PresetId = keyof typeof PROVIDER_PRESETS;
export const PRESET_IDS = Object.keys(PROVIDER_PRESETS) as PresetId[];

export const providerConfigSchema = z.object({
  presetId: z.enum(PRESET_IDS as [PresetId, ...PresetId[]]),
  baseURL: z.url({ protocol: /^https?$/ }),
  model: z.string().trim().min(1).max(200),
  apiKey: z.string().trim().min(1).max(500).optional(),
  /** Overrides the preset's capability, e.g. for a custom server known to accept json_schema. */
  structuredOutput: z.enum(['json_schema', 'json_object']).optional(),
});
export type ProviderConfig = z.infer<typeof providerConfigSchema>;

/** A config ready to call: capability decided, key placeholder filled for key-less servers. */
export interface ResolvedProvider {
  presetId: PresetId;
  baseURL: string;
  model: string;
  apiKey: string | null;
  requiresKey: boolean;
  structuredOutput: StructuredOutput;
}

export type ProviderParse = { ok: true; provider: ResolvedProvider } | { ok: false; error: string };

/** Validates a stored or typed provider config; the error names the field. */
export function resolveProvider(raw: unknown): ProviderParse {
  const parsed = providerConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `ProviderConfig: field "${issue?.path.join('.') || '(root)'}": ${issue?.message ?? 'invalid'}` };
  }
  const config = parsed.data;
  const preset: ProviderPreset = PROVIDER_PRESETS[config.presetId];
  return {
    ok: true,
    provider: {
      presetId: config.presetId,
      baseURL: config.baseURL.replace(/\/+$/, ''),
      model: config.model,
      apiKey: config.apiKey ?? null,
      requiresKey: preset.requiresKey,
      structuredOutput: config.structuredOutput ?? preset.structuredOutput,
    },
  };
}

/** A config for a preset with its default base URL and model. */
export function presetConfig(presetId: Exclude<PresetId, 'custom'>, apiKey?: string): ProviderConfig {
  const preset = PROVIDER_PRESETS[presetId];
  return { presetId, baseURL: preset.baseURL, model: preset.model, ...(apiKey ? { apiKey } : {}) };
}
