import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A scripted OpenAI-compatible Chat Completions server on 127.0.0.1 (real HTTP).
 * Each request to /chat/completions takes the next scripted answer (or asks the
 * handler); it answers SSE when the request says `stream: true`, JSON otherwise.
 * Every request is recorded, including whether the client hung up early.
 */

export type MockAnswer =
  | {
      type: 'completion';
      /** Message content; objects are JSON-encoded. */
      content: string | object;
      /** Wait before the response headers. */
      delayMs?: number;
      /** Characters per SSE chunk (default 12). */
      chunkSize?: number;
      /** Wait between SSE chunks. */
      chunkDelayMs?: number;
      finishReason?: 'stop' | 'length';
      /** Answer plain JSON even when the request asked for a stream. */
      ignoreStream?: boolean;
      model?: string;
    }
  | { type: 'error'; status: number; message?: string; headers?: Record<string, string> }
  /** Sends headers and one chunk, then never finishes: for abort and timeout tests. */
  | { type: 'hang' };

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: ChatBody;
  /** True when the client closed the connection before the answer was complete. */
  closedEarly: boolean;
  /** Resolves when the connection closes (either way). */
  closed: Promise<void>;
  receivedAt: number;
}

export interface ChatBody {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content: string }[];
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: unknown } };
  max_tokens?: number;
  [key: string]: unknown;
}

export type MockHandler = (request: RecordedRequest, index: number) => MockAnswer;

export interface MockOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  /** Appends answers to the script. */
  enqueue(...answers: MockAnswer[]): void;
  /** Used when the script is empty. */
  setHandler(handler: MockHandler): void;
  close(): Promise<void>;
}

export const completion = (content: string | object, extra: Omit<Extract<MockAnswer, { type: 'completion' }>, 'type' | 'content'> = {}): MockAnswer => ({
  type: 'completion',
  content,
  ...extra,
});

export const httpError = (status: number, message = `mock error ${status}`, headers: Record<string, string> = {}): MockAnswer => ({
  type: 'error',
  status,
  message,
  headers,
});

/** A server that refuses json_schema with 400 and otherwise answers `then(request)`. */
export const rejectsJsonSchema =
  (then: MockHandler): MockHandler =>
  (request, index) =>
    request.body.response_format?.type === 'json_schema' ? httpError(400, "response_format.type 'json_schema' is not supported") : then(request, index);

export async function startMockOpenAI(options: { answers?: MockAnswer[]; handler?: MockHandler } = {}): Promise<MockOpenAI> {
  const script: MockAnswer[] = [...(options.answers ?? [])];
  let handler: MockHandler | undefined = options.handler;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import('node:net').Socket>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      let body: ChatBody;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as ChatBody;
      } catch {
        body = {};
      }
      let resolveClosed: () => void = () => undefined;
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        closedEarly: false,
        closed: new Promise<void>((resolve) => (resolveClosed = resolve)),
        receivedAt: performance.now(),
      };
      res.on('close', () => {
        if (!res.writableFinished) recorded.closedEarly = true;
        resolveClosed();
      });
      requests.push(recorded);
      const index = requests.length - 1;
      const answer = script.shift() ?? handler?.(recorded, index) ?? httpError(500, 'mock: no scripted answer left');
      void respond(answer, recorded, res);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...answers) => void script.push(...answers),
    setHandler: (next) => void (handler = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function respond(answer: MockAnswer, request: RecordedRequest, res: http.ServerResponse): Promise<void> {
  const model = request.body.model ?? 'mock-model';
  if (answer.type === 'error') {
    res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify({ error: { message: answer.message ?? 'error', type: 'mock_error', code: null } }));
    return;
  }
  if (answer.type === 'hang') {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.write(`data: ${JSON.stringify(chunk(model, '{"vari', null))}\n\n`);
    await request.closed;
    return;
  }
  if (answer.delayMs) await sleep(answer.delayMs);
  if (res.destroyed) return;
  const content = typeof answer.content === 'string' ? answer.content : JSON.stringify(answer.content);
  const finishReason = answer.finishReason ?? 'stop';
  if (!request.body.stream || answer.ignoreStream) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'chatcmpl-mock',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: answer.model ?? model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: finishReason, logprobs: null }],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const size = answer.chunkSize ?? 12;
  const pieces = Array.from(content);
  for (let i = 0; i < pieces.length; i += size) {
    if (res.destroyed) return;
    res.write(`data: ${JSON.stringify(chunk(model, pieces.slice(i, i + size).join(''), null))}\n\n`);
    if (answer.chunkDelayMs) await sleep(answer.chunkDelayMs);
  }
  res.write(`data: ${JSON.stringify(chunk(model, '', finishReason))}\n\n`);
  res.end('data: [DONE]\n\n');
}

function chunk(model: string, content: string, finishReason: string | null) {
  return {
    id: 'chatcmpl-mock',
    object: 'chat.completion.chunk',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta: content ? { role: 'assistant', content } : {}, finish_reason: finishReason, logprobs: null }],
  };
}
