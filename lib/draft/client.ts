import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions/completions';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { DraftError, toDraftError, type AbortCause } from './errors';
import { buildRepairMessages } from './prompt';
import { resolveProvider, type ResolvedProvider, type StructuredOutput } from './providers';
import { abortableSleep, DEFAULT_RETRY, retryDelay, type RetryPolicy, type Sleep } from './retry';
import { describeZodError, draftResultSchema, type DraftResult } from './schema';

/**
 * Chat Completions against any OpenAI-compatible server, degrading step by step:
 * json_schema → json_object on a 400, streaming → one plain request when the
 * server refuses or ignores `stream`, 429/5xx/network retried with backoff, a
 * malformed answer repaired once. Every step is bounded.
 */

export interface CallOptions {
  signal?: AbortSignal;
  /** Streamed text as it arrives; `soFar` restarts from '' on every new request. */
  onDelta?: (delta: string, soFar: string) => void;
  /** Default true. */
  stream?: boolean;
  /** Per HTTP request, until its last byte. Default 90 s. */
  timeoutMs?: number;
  retry?: RetryPolicy;
  sleep?: Sleep;
  temperature?: number;
}

/** Builds the conversation for a given output mode (the JSON-mode prompt also describes the schema). */
export type MessagesFor = (mode: StructuredOutput) => ChatCompletionMessageParam[];

export interface Generation {
  result: DraftResult;
  /** The raw JSON text the model sent, for follow-up turns. */
  raw: string;
  /** Number of repair turns needed (0 or 1). */
  repairs: number;
}

const DEFAULT_TIMEOUT_MS = 90_000;
const RESULT_FORMAT = zodResponseFormat(draftResultSchema, 'draft_result');

/** One drafting conversation with a provider; remembers which fallbacks the server needed. */
export class DraftSession {
  private readonly client: OpenAI;
  mode: StructuredOutput;
  streaming: boolean;
  /** HTTP requests sent, for tests and telemetry. */
  requests = 0;

  constructor(readonly provider: ResolvedProvider, private readonly options: CallOptions = {}) {
    this.client = createClient(provider, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.mode = provider.structuredOutput;
    this.streaming = options.stream ?? true;
  }

  /** Asks for a DraftResult with `expected` variants; repairs a malformed answer once. Throws DraftError. */
  async generate(messagesFor: MessagesFor, expected: number): Promise<Generation> {
    const first = await this.complete(messagesFor);
    const parsed = parseDraftResult(first, expected);
    if (parsed.ok) return { result: parsed.result, raw: first, repairs: 0 };
    const repairFor: MessagesFor = (mode) => [...messagesFor(mode), ...buildRepairMessages(first, parsed.error, expected)];
    const second = await this.complete(repairFor);
    const reparsed = parseDraftResult(second, expected);
    if (reparsed.ok) return { result: reparsed.result, raw: second, repairs: 1 };
    throw new DraftError('malformed', reparsed.error);
  }

  /** One answer's text, through format/stream fallbacks and rate-limit retries. */
  async complete(messagesFor: MessagesFor): Promise<string> {
    let formatFallbackUsed = false;
    let streamFallbackUsed = false;
    let attempt = 1;
    for (;;) {
      try {
        const text = await this.send(messagesFor(this.mode));
        if (text === null) {
          // The server ignored `stream` (no SSE events): ask once more without it.
          if (streamFallbackUsed || !this.streaming) throw new DraftError('malformed', 'empty answer');
          this.streaming = false;
          streamFallbackUsed = true;
          continue;
        }
        return text;
      } catch (raw) {
        const error = raw instanceof DraftError ? raw : toDraftError(raw, null);
        if (error.kind === 'aborted' || error.kind === 'timeout') throw error;
        if (isRejection(error)) {
          if (this.mode === 'json_schema' && !formatFallbackUsed && !/stream/i.test(error.detail)) {
            this.mode = 'json_object';
            formatFallbackUsed = true;
            continue;
          }
          if (this.streaming && !streamFallbackUsed) {
            this.streaming = false;
            streamFallbackUsed = true;
            continue;
          }
        }
        const wait = retryDelay(error, attempt, this.options.retry ?? DEFAULT_RETRY);
        if (wait === null) throw error;
        await (this.options.sleep ?? abortableSleep)(wait, this.options.signal);
        attempt += 1;
      }
    }
  }

  /** Sends one request. Returns the content, or null when a stream carried no events at all. */
  private async send(messages: ChatCompletionMessageParam[]): Promise<string | null> {
    const deadline = withDeadline(this.options.signal, this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const body: ChatCompletionCreateParamsBase = {
      model: this.provider.model,
      messages,
      response_format: this.mode === 'json_schema' ? RESULT_FORMAT : { type: 'json_object' },
      temperature: this.options.temperature ?? 0.8,
    };
    this.requests += 1;
    try {
      if (!this.streaming) {
        const completion = await this.client.chat.completions.create({ ...body, stream: false }, { signal: deadline.signal });
        const choice = completion.choices[0];
        if (choice?.finish_reason === 'length') throw new DraftError('malformed', 'answer cut off at the token limit');
        const content = choice?.message.content ?? '';
        this.options.onDelta?.(content, content);
        return content;
      }
      const stream = await this.client.chat.completions.create({ ...body, stream: true }, { signal: deadline.signal });
      let text = '';
      let events = 0;
      for await (const chunk of stream) {
        events += 1;
        const choice = chunk.choices[0];
        const delta = choice?.delta?.content;
        if (delta) {
          text += delta;
          this.options.onDelta?.(delta, text);
        }
        if (choice?.finish_reason === 'length') throw new DraftError('malformed', 'answer cut off at the token limit');
      }
      // The SDK ends the iteration quietly when the signal fires mid-stream.
      if (deadline.signal.aborted) throw new DraftError(deadline.cause() === 'deadline' ? 'timeout' : 'aborted');
      return events === 0 ? null : text;
    } catch (error) {
      throw toDraftError(error, deadline.cause());
    } finally {
      deadline.dispose();
    }
  }
}

export function createClient(provider: ResolvedProvider, timeoutMs: number = DEFAULT_TIMEOUT_MS): OpenAI {
  if (provider.requiresKey && !provider.apiKey) throw new DraftError('invalid-key', 'no API key configured');
  return new OpenAI({
    baseURL: provider.baseURL,
    // Key-less servers (Ollama, a local proxy) still get a syntactically valid header.
    apiKey: provider.apiKey ?? 'no-key',
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    timeout: timeoutMs,
  });
}

/** A 4xx that means "this server does not accept that request shape". */
function isRejection(error: DraftError): boolean {
  return error.kind === 'server' && error.status !== null && [400, 404, 405, 415, 422, 501].includes(error.status);
}

export type ParsedDraft = { ok: true; result: DraftResult } | { ok: false; error: string };

/** Parses the model's text: tolerant of markdown fences and chatter around the object, strict on shape. */
export function parseDraftResult(text: string, expected: number): ParsedDraft {
  const json = extractJson(text);
  if (json === undefined) return { ok: false, error: 'the answer is not valid JSON' };
  const parsed = draftResultSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `schema mismatch at ${describeZodError(parsed.error)}` };
  const variants = parsed.data.variants;
  if (variants.length < expected) return { ok: false, error: `expected ${expected} variant(s), got ${variants.length}` };
  return { ok: true, result: { variants: variants.slice(0, expected) } };
}

function extractJson(text: string): unknown {
  const candidates = [text.trim()];
  const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(text);
  if (fenced?.[1]) candidates.push(fenced[1].trim());
  const first = text.indexOf('{');
  const last = text.lastIndexOf('}');
  if (first >= 0 && last > first) candidates.push(text.slice(first, last + 1));
  for (const candidate of candidates) {
    try {
      return JSON.parse(candidate) as unknown;
    } catch {
      // try the next reading
    }
  }
  return undefined;
}

interface Deadline {
  signal: AbortSignal;
  cause(): AbortCause;
  dispose(): void;
}

/** A signal that fires on the caller's abort or after `ms`, remembering which. */
function withDeadline(caller: AbortSignal | undefined, ms: number): Deadline {
  const controller = new AbortController();
  let cause: AbortCause = null;
  const onCallerAbort = () => {
    cause ??= 'caller';
    controller.abort(caller?.reason);
  };
  if (caller?.aborted) onCallerAbort();
  else caller?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(() => {
    cause ??= 'deadline';
    controller.abort(new DraftError('timeout'));
  }, ms);
  return {
    signal: controller.signal,
    cause: () => cause,
    dispose: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onCallerAbort);
    },
  };
}

export type ConnectionCheck = { ok: true; model: string; latencyMs: number } | { ok: false; error: DraftError };

/** One tiny completion: proves base URL, key and model name work together. */
export async function testConnection(config: unknown, options: { signal?: AbortSignal; timeoutMs?: number } = {}): Promise<ConnectionCheck> {
  const resolved = resolveProvider(config);
  if (!resolved.ok) return { ok: false, error: new DraftError('invalid-request', resolved.error) };
  const deadline = withDeadline(options.signal, options.timeoutMs ?? 15_000);
  const started = performance.now();
  try {
    const client = createClient(resolved.provider, options.timeoutMs ?? 15_000);
    const completion = await client.chat.completions.create(
      { model: resolved.provider.model, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1, stream: false },
      { signal: deadline.signal },
    );
    return { ok: true, model: completion.model || resolved.provider.model, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, error: toDraftError(error, deadline.cause()) };
  } finally {
    deadline.dispose();
  }
}
