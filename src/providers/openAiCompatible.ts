/**
 * The client for every OpenAI-compatible host: DeepSeek, SiliconFlow (.cn/.com), Huawei MaaS,
 * OpenAI, Azure AI Foundry and custom endpoints (vLLM, Ollama, gateways), through the `openai`
 * package. Splits reasoning (`reasoning_content`, `reasoning`, leading `<think>` tags) from the
 * answer, normalises usage and tells a complete stream from a truncated one.
 */
import type { ProviderId } from '../core/model';
import { safeEndpoint } from './classifyFault';
import type { LlmProvider, RunEvent, RunRequest, StreamPolicy } from './llmProvider';
import { DEFAULT_STREAM_POLICY } from './llmProvider';
import { normaliseOpenAiUsage } from './normaliseUsage';
import type { OpenAiUsageWire } from './normaliseUsage';
import { observingFetch } from './observingFetch';
import { chatRequestBody, createOpenAiClient } from './openAiClient';
import type { AttemptContext, AttemptEnd } from './streamAttempts';
import { streamWithPolicy } from './streamAttempts';
import { ThinkTagSplitter } from './thinkTagSplitter';

export interface OpenAiCompatibleConfig {
  readonly id: ProviderId;
  /** Host name for messages. */
  readonly label: string;
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer` (and `api-key` for Azure); never shown. Optional for local servers. */
  readonly apiKey?: string;
  /** Where the key comes from, for messages: an env var name or a settings command. */
  readonly keyHint: string;
  /** Azure only: an api-version selects the deployments API. */
  readonly apiVersion?: string;
  readonly policy?: Partial<StreamPolicy>;
}

/** The fields of a streamed chunk this client reads (hosts add to OpenAI's). */
interface ChunkWire {
  choices?: Array<{
    index?: number;
    delta?: { content?: string | null; reasoning_content?: string | null; reasoning?: string | null } | null;
    finish_reason?: string | null;
  }>;
  usage?: OpenAiUsageWire | null;
}

/** Finish reasons that mean the answer is cut short although the stream completed. */
const FINISH_NOTES: Readonly<Record<string, string>> = {
  length: 'the answer stopped at the max-tokens limit',
  content_filter: 'the host filtered the answer (content_filter)',
  insufficient_system_resource: 'DeepSeek stopped early for lack of server resources (insufficient_system_resource): the answer is cut short',
};

/** Creates a provider for an OpenAI-compatible host. */
export function createOpenAiCompatibleProvider(config: OpenAiCompatibleConfig): LlmProvider {
  const policy: StreamPolicy = { ...DEFAULT_STREAM_POLICY, ...config.policy };
  return {
    id: config.id,
    stream(request: RunRequest, signal: AbortSignal): AsyncIterable<RunEvent> {
      const ctx = { label: config.label, keyHint: config.keyHint, model: request.model, endpoint: safeEndpoint(config.baseUrl), secrets: config.apiKey ? [config.apiKey] : [] };
      const events = streamWithPolicy((attemptCtx) => attemptOnce(config, policy, request, attemptCtx), policy, signal, ctx);
      return plainHttpWarning(config) ? prepend({ type: 'note', text: plainHttpWarning(config)! }, events) : events;
    },
  };
}

async function* attemptOnce(config: OpenAiCompatibleConfig, policy: StreamPolicy, request: RunRequest, ctx: AttemptContext): AsyncGenerator<RunEvent, AttemptEnd> {
  let doneMarker = false;
  const fetchImpl = observingFetch({ onBytes: () => ctx.activity(), onDoneMarker: () => (doneMarker = true) });
  const client = createOpenAiClient(config, fetchImpl, policy.headerTimeoutMs);
  const { body, notes } = chatRequestBody(config.id, request);
  for (const text of notes) yield { type: 'note', text };

  const stream = await client.chat.completions.create(body, { signal: ctx.signal });
  ctx.gotHeaders();
  const splitter = new ThinkTagSplitter();
  let finishReason: string | null = null;
  let usageSeen = false;
  for await (const raw of stream) {
    ctx.activity();
    const chunk = raw as unknown as ChunkWire;
    const choice = chunk.choices?.find((c) => (c.index ?? 0) === 0);
    const reasoning = choice?.delta?.reasoning_content ?? choice?.delta?.reasoning;
    if (typeof reasoning === 'string' && reasoning) yield { type: 'reasoning', text: reasoning };
    const content = choice?.delta?.content;
    if (typeof content === 'string' && content) yield* splitter.push(content);
    if (choice?.finish_reason) finishReason = choice.finish_reason;
    // Some hosts repeat a running total in every chunk: the last one wins.
    const usage = normaliseOpenAiUsage(chunk.usage);
    if (usage) {
      usageSeen = true;
      yield { type: 'usage', usage };
    }
  }
  if (ctx.signal.aborted) return { finishReason, incompleteBecause: 'it was aborted' };
  yield* splitter.flush();
  if (finishReason === null) {
    return { finishReason, incompleteBecause: doneMarker ? 'the host sent [DONE] but no finish reason' : 'it ended without a finish reason or [DONE]' };
  }
  if (!usageSeen && !doneMarker) {
    return { finishReason, incompleteBecause: 'it ended after the finish reason without usage or [DONE] (cut off?)' };
  }
  if (!usageSeen) yield { type: 'note', text: `${config.label} returned no token usage, so the actual cost is unknown` };
  else if (!doneMarker) yield { type: 'note', text: `${config.label} did not send the [DONE] end marker (usage and finish reason were complete)` };
  const why = FINISH_NOTES[finishReason];
  if (why) yield { type: 'note', text: why };
  return { finishReason, incompleteBecause: null };
}

/** A warning when the key would travel unencrypted to another machine. */
function plainHttpWarning(config: OpenAiCompatibleConfig): string | null {
  const url = new URL(config.baseUrl);
  const local = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname);
  return url.protocol === 'http:' && !local && config.apiKey ? `the API key is sent unencrypted (plain http) to ${url.host}` : null;
}

async function* prepend(first: RunEvent, rest: AsyncIterable<RunEvent>): AsyncGenerator<RunEvent> {
  yield first;
  yield* rest;
}
