/**
 * Maps each host's usage object onto {@link TokenUsage}: input counts ALL input (cache hits
 * included), output counts ALL output (reasoning included).
 */
import type { TokenUsage } from '../core/model';

/**
 * The OpenAI-compatible usage object and the extra fields hosts add:
 * DeepSeek `prompt_cache_hit_tokens`/`prompt_cache_miss_tokens` (prompt_tokens = hit + miss),
 * OpenAI/Azure/SiliconFlow `prompt_tokens_details.cached_tokens` and
 * `completion_tokens_details.reasoning_tokens` (completion_tokens includes reasoning).
 */
export interface OpenAiUsageWire {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  prompt_cache_hit_tokens?: number | null;
  prompt_cache_miss_tokens?: number | null;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

/** Normalises an OpenAI-compatible usage object; null when it carries no token counts at all. */
export function normaliseOpenAiUsage(raw: OpenAiUsageWire | null | undefined): TokenUsage | null {
  if (!raw || typeof raw !== 'object') return null;
  const hit = num(raw.prompt_cache_hit_tokens);
  const miss = num(raw.prompt_cache_miss_tokens);
  const prompt = num(raw.prompt_tokens) ?? (hit !== null || miss !== null ? (hit ?? 0) + (miss ?? 0) : null);
  const completion = num(raw.completion_tokens);
  if (prompt === null && completion === null) return null;
  const cached = hit ?? num(raw.prompt_tokens_details?.cached_tokens) ?? 0;
  const reasoning = num(raw.completion_tokens_details?.reasoning_tokens) ?? 0;
  // A count larger than its total can only mean the host left it out of the total: add it back.
  const input = prompt ?? 0;
  const output = completion ?? 0;
  return {
    inputTokens: cached > input ? input + cached : input,
    cachedInputTokens: cached,
    cacheWriteTokens: 0,
    outputTokens: reasoning > output ? output + reasoning : output,
    reasoningTokens: reasoning,
  };
}

/** Bedrock Converse `metadata.usage`. */
export interface BedrockUsageWire {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  cacheReadInputTokens?: number;
  cacheWriteInputTokens?: number;
}

/**
 * Normalises Bedrock usage. Bedrock's `inputTokens` leaves out cache reads and writes (totalTokens
 * = input + output + cacheRead + cacheWrite), so they are added back; when totalTokens shows they
 * were already inside inputTokens, they are not added twice. Bedrock reports no reasoning count.
 */
export function normaliseBedrockUsage(raw: BedrockUsageWire | null | undefined): TokenUsage | null {
  if (!raw || typeof raw !== 'object') return null;
  const input = num(raw.inputTokens);
  const output = num(raw.outputTokens);
  if (input === null && output === null) return null;
  const read = num(raw.cacheReadInputTokens) ?? 0;
  const write = num(raw.cacheWriteInputTokens) ?? 0;
  const total = num(raw.totalTokens);
  const cacheInsideInput = total !== null && read + write > 0 && total === (input ?? 0) + (output ?? 0);
  return {
    inputTokens: (input ?? 0) + (cacheInsideInput ? 0 : read + write),
    cachedInputTokens: read,
    cacheWriteTokens: write,
    outputTokens: output ?? 0,
    reasoningTokens: 0,
  };
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
}
