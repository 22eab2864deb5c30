/**
 * Builds the `openai` package client for a host and the request body it is sent. Azure has three
 * shapes: the v1 API (`https://<resource>.openai.azure.com/openai/v1`, plain client), the
 * deployments API with an api-version (`AzureOpenAI`, `api-key` header) and the AI model inference
 * API (`https://<resource>.services.ai.azure.com/models?api-version=…`).
 */
import OpenAI, { AzureOpenAI } from 'openai';
import type { ProviderId } from '../core/model';
import type { RunRequest } from './llmProvider';

/** Everything needed to reach one OpenAI-compatible host. */
export interface OpenAiClientConfig {
  readonly id: ProviderId;
  readonly baseUrl: string;
  /** Omitted for local servers that take no key. */
  readonly apiKey?: string;
  /** Azure only: selects the deployments API (or the model inference API for a `/models` endpoint). */
  readonly apiVersion?: string;
}

/** The api-version Azure documents for DeepSeek on the model inference API (provider facts, Nov 2026). */
const AZURE_MODELS_API_VERSION = '2024-05-01-preview';

const silentLogger = { error: () => undefined, warn: () => undefined, info: () => undefined, debug: () => undefined };

/** Creates the client. `fetch` is the observing fetch of this run; retries are ours, so the SDK's are off. */
export function createOpenAiClient(config: OpenAiClientConfig, fetchImpl: typeof fetch, headerTimeoutMs: number): OpenAI {
  const key = config.apiKey ?? 'none';
  const common = {
    // The SDK insists on a key; local servers ignore this placeholder.
    apiKey: key,
    maxRetries: 0,
    // Our watchdog aborts first; this is only a backstop.
    timeout: headerTimeoutMs * 2,
    fetch: fetchImpl,
    // The SDK would print unparsable events (and, at debug level, requests) to the console.
    logLevel: 'off' as const,
    logger: silentLogger,
    // Never pick up OPENAI_ORG_ID / OPENAI_PROJECT_ID from the environment for another host.
    organization: null,
    project: null,
  };
  const base = config.baseUrl.replace(/\/+$/, '');
  if (config.id !== 'azure-foundry') return new OpenAI({ ...common, baseURL: base });

  const path = new URL(base).pathname.replace(/\/+$/, '');
  if (path.endsWith('/models')) {
    // The model inference API refuses requests without an api-version.
    const apiVersion = config.apiVersion ?? AZURE_MODELS_API_VERSION;
    return new OpenAI({ ...common, baseURL: base, defaultQuery: { 'api-version': apiVersion }, defaultHeaders: { 'api-key': key } });
  }
  if (config.apiVersion) {
    const resource = base.replace(/\/openai(\/v1)?$/, '');
    return new AzureOpenAI({ ...common, baseURL: `${resource}/openai`, apiVersion: config.apiVersion });
  }
  const v1 = /\/(openai\/)?v1$/.test(path) ? base : `${base}/openai/v1`;
  // Azure's v1 API takes the key as a Bearer token; `api-key` is also accepted and kept for gateways.
  return new OpenAI({ ...common, baseURL: v1, defaultHeaders: { 'api-key': key } });
}

/** The streaming chat request, with each host's reasoning switches, and notes on what was not sent. */
export function chatRequestBody(id: ProviderId, request: RunRequest): { body: OpenAI.ChatCompletionCreateParamsStreaming; notes: string[] } {
  const notes: string[] = [];
  const messages: OpenAI.ChatCompletionMessageParam[] = [];
  if (request.system) messages.push({ role: 'system', content: request.system });
  messages.push({ role: 'user', content: request.prompt });
  const body: OpenAI.ChatCompletionCreateParamsStreaming & Record<string, unknown> = {
    model: request.model,
    messages,
    stream: true,
    stream_options: { include_usage: true },
  };
  if (request.maxTokens !== undefined) {
    // OpenAI's reasoning models refuse max_tokens; every other host documents max_tokens.
    if (id === 'openai') body.max_completion_tokens = request.maxTokens;
    else body.max_tokens = request.maxTokens;
  }
  if (request.temperature !== undefined) body.temperature = request.temperature;
  if (request.reasoningEffort) body.reasoning_effort = request.reasoningEffort as OpenAI.ReasoningEffort;
  if (request.thinking !== undefined) {
    if (id === 'deepseek') body.thinking = { type: request.thinking ? 'enabled' : 'disabled' };
    else if (id === 'siliconflow-cn' || id === 'siliconflow-com') body.enable_thinking = request.thinking;
    else notes.push(`the thinking switch is not sent to ${id} (only DeepSeek and SiliconFlow document one)`);
  }
  return { body, notes };
}
