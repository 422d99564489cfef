import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { UsageError, type Command, type CliIO } from '../command';
import { draft, type DraftedVariant, type DraftOptions } from '../../draft/index';
import { PRESET_IDS, PROVIDER_PRESETS, type PresetId, type ProviderConfig } from '../../draft/providers';
import { COPY_FORMAT_FOR_PLATFORM, resolveCopyFormat } from '../../draft/platforms';
import { COPY_PLATFORMS, FRAMEWORKS, SEGMENTS, describeZodError, productFactsSchema, type DraftRequestInput } from '../../draft/schema';

const HELP = `usage: listinglint draft --product FILE.json [options]

Draft scene-based copy (痛点 → 方案 → 展示) for one product, audited for banned terms.
FILE.json holds {name, category, sellingPoints[], audience} and may also set
scene, platform, tone, framework, variants, keywords[], lengthTarget; flags override it.

options:
  --scene S            通勤, 考研图书馆, 露营, 租房改造 … (required here or in the file)
  --platform P         a seller platform (${Object.keys(COPY_FORMAT_FOR_PLATFORM).join('|')}, mapped to its copy
                       format) or a copy format: ${COPY_PLATFORMS.join('|')}; xiaohongshu (default generic)
  --segment S          audience segment: ${SEGMENTS.join('|')} (default: read from "audience")
  --seed N             offline wording seed; another seed gives another draft (default 0)
  --tone T             亲切, 专业, 种草 … (default 亲切自然)
  --framework F        ${FRAMEWORKS.join('|')} (default pain-solution-showcase)
  --variants N         1–5 (default 3)
  --keywords K         comma-separated seller keywords (repeatable)
  --offline            template drafter, no network (default when no API key is set)
  --provider ID        ${PRESET_IDS.join('|')}: preset base URL, model and JSON capability
  --base-url URL       any OpenAI-compatible endpoint (DeepSeek, DashScope, Moonshot, Ollama …)
  --model M            model name (required with --base-url unless --provider gives one)
  --api-key-env NAME   read the API key from env NAME (default OPENAI_API_KEY)
  --structured-output  json_schema|json_object, overrides the preset's capability
  --timeout SECONDS    per request (default 90)
  --no-stream          do not ask for a streamed answer
  --locale L           zh-CN|en for messages (default zh-CN)
  --json               print {"variants":[{…, "findings":[…]}], "revisions": n, "cached": bool}

exit codes: 0 clean drafts, 1 a variant still has error findings, 2 usage, input or API error`;

const productFileSchema = productFactsSchema.extend({
  scene: z.string().optional(),
  platform: z.string().optional(),
  segment: z.string().optional(),
  seed: z.number().optional(),
  tone: z.string().optional(),
  framework: z.string().optional(),
  variants: z.number().optional(),
  keywords: z.array(z.string()).optional(),
  lengthTarget: z.number().nullable().optional(),
});

const OPTIONS = {
  product: { type: 'string' },
  scene: { type: 'string' },
  platform: { type: 'string' },
  segment: { type: 'string' },
  seed: { type: 'string' },
  tone: { type: 'string' },
  framework: { type: 'string' },
  variants: { type: 'string' },
  keywords: { type: 'string', multiple: true },
  offline: { type: 'boolean' },
  provider: { type: 'string' },
  'base-url': { type: 'string' },
  model: { type: 'string' },
  'api-key-env': { type: 'string' },
  'structured-output': { type: 'string' },
  timeout: { type: 'string' },
  'no-stream': { type: 'boolean' },
  locale: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>>['values'];

export const draftCommand: Command = async (args, io) => {
  let values: Values;
  try {
    values = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }).values;
  } catch (error) {
    return fail(io, error instanceof Error ? error.message : String(error));
  }
  if (values.help) {
    io.stdout.write(HELP + '\n');
    return 0;
  }
  const locale = values.locale === 'en' ? 'en' : 'zh-CN';
  let request: DraftRequestInput;
  let provider: ProviderConfig | null;
  try {
    if (values.locale !== undefined && !['zh-CN', 'en'].includes(values.locale)) throw new UsageError(`--locale must be zh-CN|en (got '${values.locale}')`);
    request = await buildRequest(values);
    provider = buildProvider(values, io.env);
  } catch (error) {
    return fail(io, error instanceof Error ? error.message : String(error));
  }

  const timeoutSeconds = values.timeout === undefined ? 90 : Number(values.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) return fail(io, `--timeout must be a positive number of seconds (got '${values.timeout}')`);
  const options: DraftOptions = { provider, call: { timeoutMs: timeoutSeconds * 1000, stream: !values['no-stream'] } };
  const outcome = await draft(request, options);
  if (!outcome.ok) {
    io.stderr.write(`listinglint draft: ${outcome.error.kind}: ${outcome.error.localized(locale)}\n`);
    return 2;
  }
  if (values.json) {
    const variants = outcome.variants.map(({ findings, flagged, missingKeywords, revised, ...fields }) => ({
      ...fields,
      findings,
      flagged,
      revised,
      missingKeywords,
    }));
    io.stdout.write(JSON.stringify({ variants, revisions: outcome.revisions, cached: outcome.cached, source: outcome.source, model: outcome.model }) + '\n');
  } else {
    io.stdout.write(outcome.variants.map((v, i) => formatVariant(v, i, locale)).join('\n') + '\n');
    if (outcome.revisionError) io.stderr.write(`listinglint draft: revision failed: ${outcome.revisionError.localized(locale)}\n`);
  }
  return outcome.variants.some((v) => v.flagged) ? 1 : 0;
};

function fail(io: CliIO, message: string): number {
  io.stderr.write(`listinglint draft: ${message}\n`);
  return 2;
}

async function buildRequest(values: Values): Promise<DraftRequestInput> {
  if (!values.product) throw new UsageError('--product FILE.json is required');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(values.product, 'utf8'));
  } catch (error) {
    const reason =
      error instanceof SyntaxError ? `not valid JSON (${error.message})` : error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    throw new UsageError(`${values.product}: ${reason}`);
  }
  const parsed = productFileSchema.safeParse(raw);
  if (!parsed.success) throw new UsageError(`${values.product}: ${describeZodError(parsed.error)}`);
  const { name, category, sellingPoints, audience, ...fromFile } = parsed.data;
  const variants = values.variants === undefined ? fromFile.variants : Number(values.variants);
  if (variants !== undefined && !(Number.isInteger(variants) && variants >= 1 && variants <= 5))
    throw new UsageError(`--variants must be an integer 1–5 (got '${values.variants ?? variants}')`);
  const platformText = values.platform ?? fromFile.platform;
  const platform = platformText === undefined ? undefined : resolveCopyFormat(platformText);
  if (platformText !== undefined && !platform) {
    throw new UsageError(
      `--platform must be a seller platform (${Object.keys(COPY_FORMAT_FOR_PLATFORM).join('|')}) or a copy format (${COPY_PLATFORMS.join('|')}) (got '${platformText}')`,
    );
  }
  const segment = values.segment ?? fromFile.segment;
  if (segment !== undefined && !(SEGMENTS as readonly string[]).includes(segment))
    throw new UsageError(`--segment must be one of ${SEGMENTS.join('|')} (got '${segment}')`);
  const seed = values.seed === undefined ? fromFile.seed : Number(values.seed);
  if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 31))
    throw new UsageError(`--seed must be a non-negative integer (got '${values.seed ?? seed}')`);
  const framework = values.framework ?? fromFile.framework;
  if (framework !== undefined && !(FRAMEWORKS as readonly string[]).includes(framework))
    throw new UsageError(`--framework must be one of ${FRAMEWORKS.join('|')} (got '${framework}')`);
  const scene = values.scene ?? fromFile.scene;
  if (!scene?.trim()) throw new UsageError('--scene is required (or "scene" in the product file)');
  const keywords = values.keywords
    ? values.keywords
        .flatMap((k) => k.split(/[,，]/))
        .map((k) => k.trim())
        .filter(Boolean)
    : fromFile.keywords;
  return {
    product: { name, category, sellingPoints, audience },
    scene,
    ...(platform ? { platform } : {}),
    ...(segment ? { segment: segment as DraftRequestInput['segment'] } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(framework ? { framework: framework as DraftRequestInput['framework'] } : {}),
    ...((values.tone ?? fromFile.tone) ? { tone: values.tone ?? fromFile.tone } : {}),
    ...(variants !== undefined ? { variants } : {}),
    ...(keywords ? { keywords } : {}),
    ...(fromFile.lengthTarget !== undefined ? { lengthTarget: fromFile.lengthTarget } : {}),
  };
}

function buildProvider(values: Values, env: NodeJS.ProcessEnv): ProviderConfig | null {
  const remote = values['base-url'] !== undefined || values.provider !== undefined || values.model !== undefined;
  if (values.offline && remote) throw new UsageError('--offline cannot be combined with --provider, --base-url or --model');
  if (values.offline) return null;
  const keyEnv = values['api-key-env'];
  const apiKey = (keyEnv ? env[keyEnv] : env.OPENAI_API_KEY)?.trim() || undefined;
  if (keyEnv && !apiKey) throw new UsageError(`environment variable ${keyEnv} (from --api-key-env) is not set`);
  if (!remote && !apiKey) return null; // no key, no endpoint: offline templates
  const presetId = values.provider ?? (values['base-url'] ? 'custom' : 'openai');
  if (!(PRESET_IDS as readonly string[]).includes(presetId)) throw new UsageError(`--provider must be one of ${PRESET_IDS.join('|')} (got '${presetId}')`);
  const preset = PROVIDER_PRESETS[presetId as PresetId];
  const baseURL = values['base-url'] ?? preset.baseURL;
  const model = values.model ?? preset.model;
  if (!baseURL) throw new UsageError('--base-url is required for --provider custom');
  if (!model) throw new UsageError('--model is required with --base-url');
  const structured = values['structured-output'];
  if (structured !== undefined && structured !== 'json_schema' && structured !== 'json_object')
    throw new UsageError(`--structured-output must be json_schema|json_object (got '${structured}')`);
  if (preset.requiresKey && !apiKey) throw new UsageError(`--provider ${presetId} needs an API key: set OPENAI_API_KEY or use --api-key-env NAME`);
  try {
    new URL(baseURL);
  } catch {
    throw new UsageError(`--base-url is not a URL (got '${baseURL}')`);
  }
  return { presetId: presetId as PresetId, baseURL, model, ...(apiKey ? { apiKey } : {}), ...(structured ? { structuredOutput: structured } : {}) };
}

const SEVERITY_MARK = { error: '✖', warning: '⚠', info: 'ℹ' } as const;

function formatVariant(v: DraftedVariant, index: number, locale: 'zh-CN' | 'en'): string {
  const zh = locale === 'zh-CN';
  const status = v.flagged ? (zh ? '［未通过审核］' : '[FLAGGED]') : v.revised ? (zh ? '［已修订］' : '[revised]') : '';
  const lines = [
    `── ${zh ? '方案' : 'Variant'} ${index + 1} ${status}`.trimEnd(),
    `${zh ? '标题' : 'Headline'}: ${v.headline}`,
    `${zh ? '痛点' : 'Pain point'}: ${v.painPoint}`,
    `${zh ? '方案' : 'Solution'}: ${v.solution}`,
    `${zh ? '展示' : 'Showcase'}: ${v.showcase}`,
    '',
    v.body,
  ];
  if (v.bullets.length) lines.push('', ...v.bullets.map((b) => `• ${b}`));
  if (v.hashtags.length) lines.push('', v.hashtags.join(' '));
  if (v.missingKeywords.length) lines.push('', `${zh ? '未覆盖关键词' : 'Missing keywords'}: ${v.missingKeywords.join(', ')}`);
  for (const f of v.findings) {
    lines.push(`  ${SEVERITY_MARK[f.severity]} ${f.severity} ${f.field} ${f.start}-${f.end} 「${f.match}」 ${f.message}${f.basis ? ` (${f.basis})` : ''}`);
  }
  return lines.join('\n');
}
