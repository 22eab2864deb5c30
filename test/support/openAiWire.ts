/**
 * Responders that speak the OpenAI-compatible streaming wire format as DeepSeek, OpenAI, Azure and
 * SiliconFlow send it: `data: {chunk}` events, reasoning in `reasoning_content`, a usage chunk with
 * `choices: []`, then `data: [DONE]`. Every way a stream can go wrong is a script option.
 */
import type http from 'node:http';
import type { Responder } from './fakeHttpServer';
import { delay } from './fakeHttpServer';

export interface SseScript {
  readonly reasoning?: readonly string[];
  readonly content?: readonly string[];
  /** Field name for reasoning deltas (DeepSeek: reasoning_content; vLLM/Ollama: reasoning). */
  readonly reasoningField?: 'reasoning_content' | 'reasoning';
  /** null: never send a finish_reason. */
  readonly finishReason?: string | null;
  /** The usage object of the final chunk; null: no usage chunk. */
  readonly usage?: Record<string, unknown> | null;
  /** Send `data: [DONE]` (default true). */
  readonly done?: boolean;
  /** After the events: close cleanly, destroy the socket, or go silent with the response open. */
  readonly end?: 'close' | 'destroy' | 'stall';
  /** Raw SSE text written after the content deltas (e.g. a malformed event). */
  readonly raw?: string;
  /** SSE keep-alive comments written before the first event, one per `delayMs`. */
  readonly keepAlives?: number;
  readonly delayMs?: number;
  readonly model?: string;
}

/** DeepSeek's usage object: prompt_tokens = hit + miss; completion_tokens includes reasoning. */
export function deepseekUsage(hit: number, miss: number, completion: number, reasoning: number): Record<string, unknown> {
  return {
    prompt_tokens: hit + miss,
    completion_tokens: completion,
    total_tokens: hit + miss + completion,
    prompt_tokens_details: { cached_tokens: hit },
    completion_tokens_details: { reasoning_tokens: reasoning },
    prompt_cache_hit_tokens: hit,
    prompt_cache_miss_tokens: miss,
  };
}

/** OpenAI's usage object with cached and reasoning details. */
export function openAiUsage(prompt: number, cached: number, completion: number, reasoning: number): Record<string, unknown> {
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: { cached_tokens: cached, audio_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: reasoning, audio_tokens: 0 },
  };
}

/** Streams a chat completion per `script`. */
export function sseResponder(script: SseScript): Responder {
  return async (_req, res) => {
    const model = script.model ?? 'deepseek-flash';
    const pause = (): Promise<void> => (script.delayMs ? delay(script.delayMs) : Promise.resolve());
    const chunk = (choices: unknown[], usage?: unknown): string =>
      `data: ${JSON.stringify({ id: 'chatcmpl-test', object: 'chat.completion.chunk', created: 1764400000, model, choices, ...(usage !== undefined ? { usage } : {}) })}\n\n`;
    const field = script.reasoningField ?? 'reasoning_content';
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', 'x-request-id': 'req-test-1' });
    for (let i = 0; i < (script.keepAlives ?? 0); i++) {
      res.write(': keep-alive\n\n');
      await pause();
    }
    res.write(chunk([{ index: 0, delta: { role: 'assistant', content: null, [field]: '' }, finish_reason: null }]));
    for (const text of script.reasoning ?? []) {
      await pause();
      res.write(chunk([{ index: 0, delta: { content: null, [field]: text }, finish_reason: null }]));
    }
    for (const text of script.content ?? []) {
      await pause();
      res.write(chunk([{ index: 0, delta: { content: text, [field]: null }, finish_reason: null }]));
    }
    if (script.raw) res.write(script.raw);
    const finish = script.finishReason === undefined ? 'stop' : script.finishReason;
    if (finish !== null) res.write(chunk([{ index: 0, delta: { content: '' }, finish_reason: finish }]));
    if (script.usage) res.write(chunk([], script.usage));
    if (script.done ?? true) res.write('data: [DONE]\n\n');
    finishResponse(res, script.end ?? 'close');
  };
}

/** An HTTP error with an OpenAI-style JSON body. */
export function errorResponder(status: number, message: string, headers: Record<string, string> = {}, code: string | null = null): Responder {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req-err-1', ...headers });
    res.end(JSON.stringify({ error: { message, type: 'api_error', param: null, code } }));
  };
}

/** Accepts the request and never answers (header timeout). */
export function silentResponder(): Responder {
  return () => undefined;
}

function finishResponse(res: http.ServerResponse, end: 'close' | 'destroy' | 'stall'): void {
  if (end === 'close') res.end();
  // Flush what was written before killing the socket, so the client sees the partial stream.
  else if (end === 'destroy') setTimeout(() => res.socket?.destroy(), 20);
}
