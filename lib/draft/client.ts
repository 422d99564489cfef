import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions/completions';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { DraftError, toDraftError, type AbortCause } from './errors';
import { readAnswer } from './answer';
import { buildMissingMessages, buildRepairMessages } from './prompt';
import { resolveProvider, type ResolvedProvider, type StructuredOutput } from './providers';
import { abortableSleep, DEFAULT_RETRY, retryDelay, type RetryPolicy, type Sleep } from './retry';
import { draftResultSchema, type DraftResult } from './schema';

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
  /** Characters of one answer read at most (default DEFAULT_MAX_ANSWER_CHARS); the rest is not downloaded. */
  maxAnswerChars?: number;
}

/** Builds the conversation for a given output mode (the JSON-mode prompt also describes the schema). */
export type MessagesFor = (mode: StructuredOutput) => ChatCompletionMessageParam[];

export interface Generation {
  result: DraftResult;
  /** The raw JSON text the model sent, for follow-up turns. */
  raw: string;
  /** Number of repair turns needed (0 or 1). */
  repairs: number;
  /** Variants asked for; `result.variants` may hold fewer when the model kept falling short. */
  expected: number;
  /** The answer hit the size cap or the token limit and was cut; only whole variants were kept. */
  truncated: boolean;
}

/** One answer's text; `truncated` when it was cut at the size cap or the token limit. */
export interface Answer {
  text: string;
  truncated: boolean;
}

const DEFAULT_TIMEOUT_MS = 90_000;
/** Characters of one answer we read at most: five long variants are ~20 000; a runaway answer stops here. */
export const DEFAULT_MAX_ANSWER_CHARS = 60_000;
/** Output tokens asked for per variant (a CJK character is ~1–2 tokens), plus room for the JSON frame. */
const TOKENS_PER_VARIANT = 1500;
const MAX_TOKENS_CAP = 8000;
const RESULT_FORMAT = zodResponseFormat(draftResultSchema, 'draft_result');

/** One drafting conversation with a provider; remembers which fallbacks the server needed. */
export class DraftSession {
  private readonly client: OpenAI;
  mode: StructuredOutput;
  streaming: boolean;
  /** HTTP requests sent, for tests and telemetry. */
  requests = 0;
  private maxTokens = MAX_TOKENS_CAP;

  constructor(
    readonly provider: ResolvedProvider,
    private readonly options: CallOptions = {},
  ) {
    this.client = createClient(provider, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    this.mode = provider.structuredOutput;
    this.streaming = options.stream ?? true;
  }

  /**
   * Asks for `expected` variants. Keeps every valid variant of an answer: a malformed
   * answer with none is repaired once; a short one is topped up once by asking only for
   * the missing variants. Throws DraftError when no valid variant comes back at all.
   */
  async generate(messagesFor: MessagesFor, expected: number): Promise<Generation> {
    this.maxTokens = Math.min(MAX_TOKENS_CAP, 400 + TOKENS_PER_VARIANT * expected);
    let answer = await this.complete(messagesFor);
    let read = readAnswer(answer.text, { truncated: answer.truncated });
    let repairs = 0;
    if (read.variants.length === 0) {
      if (answer.truncated) throw tooLarge(answer);
      const problem = read.problems[0] ?? 'no variants';
      const repairFor: MessagesFor = (mode) => [...messagesFor(mode), ...buildRepairMessages(answer.text, problem, expected)];
      answer = await this.complete(repairFor);
      read = readAnswer(answer.text, { truncated: answer.truncated });
      repairs = 1;
      if (read.variants.length === 0) throw answer.truncated ? tooLarge(answer) : new DraftError('malformed', read.problems[0] ?? 'no variants');
    }
    const variants = read.variants.slice(0, expected);
    const raw = answer.text;
    let truncated = answer.truncated;
    // A runaway answer is not asked again; a short or partly invalid one is topped up once.
    if (variants.length < expected && !truncated) {
      const missing = expected - variants.length;
      try {
        const more = await this.complete((mode) => [...messagesFor(mode), ...buildMissingMessages(variants, missing, read.problems)]);
        const extra = readAnswer(more.text, { truncated: more.truncated });
        variants.push(...extra.variants.slice(0, missing));
        truncated = more.truncated;
      } catch (error) {
        const draftError = toDraftError(error, this.options.signal?.aborted ? 'caller' : null);
        if (draftError.kind === 'aborted') throw draftError;
        // The variants already in hand are kept; the caller sees fewer than asked.
      }
    }
    return { result: { variants }, raw, repairs, expected, truncated };
  }

  /** One answer's text, through format/stream fallbacks and rate-limit retries. */
  async complete(messagesFor: MessagesFor): Promise<Answer> {
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
  private async send(messages: ChatCompletionMessageParam[]): Promise<Answer | null> {
    const deadline = withDeadline(this.options.signal, this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const body: ChatCompletionCreateParamsBase = {
      model: this.provider.model,
      messages,
      response_format: this.mode === 'json_schema' ? RESULT_FORMAT : { type: 'json_object' },
      temperature: this.options.temperature ?? 0.8,
      max_tokens: this.maxTokens,
    };
    const cap = this.options.maxAnswerChars ?? DEFAULT_MAX_ANSWER_CHARS;
    this.requests += 1;
    try {
      if (!this.streaming) {
        const completion = await this.client.chat.completions.create({ ...body, stream: false }, { signal: deadline.signal });
        const choice = completion.choices[0];
        const content = choice?.message.content ?? '';
        const text = content.slice(0, cap);
        this.options.onDelta?.(text, text);
        return { text, truncated: content.length > cap || choice?.finish_reason === 'length' };
      }
      const stream = await this.client.chat.completions.create({ ...body, stream: true }, { signal: deadline.signal });
      let text = '';
      let events = 0;
      let truncated = false;
      for await (const chunk of stream) {
        events += 1;
        const choice = chunk.choices[0];
        let delta = choice?.delta?.content;
        if (delta) {
          if (text.length + delta.length > cap) {
            delta = delta.slice(0, cap - text.length);
            truncated = true;
          }
          text += delta;
          if (delta) this.options.onDelta?.(delta, text);
        }
        if (choice?.finish_reason === 'length') truncated = true;
        // Leaving the loop makes the SDK abort the request: nothing more is downloaded.
        if (truncated) break;
      }
      // The SDK ends the iteration quietly when the signal fires mid-stream.
      if (deadline.signal.aborted) throw new DraftError(deadline.cause() === 'deadline' ? 'timeout' : 'aborted');
      return events === 0 ? null : { text, truncated };
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

/** Strict reading of a whole answer: exactly `expected` valid variants (used where a partial answer is no use). */
export function parseDraftResult(text: string, expected: number): ParsedDraft {
  const read = readAnswer(text);
  if (read.variants.length === 0)
    return {
      ok: false,
      error: read.problems[0] === 'the answer is not valid JSON' ? read.problems[0] : `schema mismatch at ${read.problems[0] ?? 'variants'}`,
    };
  if (read.variants.length < expected) return { ok: false, error: `expected ${expected} variant(s), got ${read.variants.length}` };
  return { ok: true, result: { variants: read.variants.slice(0, expected) } };
}

function tooLarge(answer: Answer): DraftError {
  return new DraftError('too-large', `cut at ${answer.text.length} characters with no complete variant`);
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
