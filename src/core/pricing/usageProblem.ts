/** Checks a TokenUsage against the token convention before it is priced. */
import type { TokenUsage } from '../model';

/**
 * A readable problem with `usage`, or null when it is valid. Convention: input counts ALL input
 * tokens, cache hits and cache writes included; output counts ALL output tokens, reasoning included.
 */
export function usageProblem(usage: TokenUsage): string | null {
  const fields: [keyof TokenUsage, string][] = [
    ['inputTokens', 'input'],
    ['cachedInputTokens', 'cached input'],
    ['cacheWriteTokens', 'cache write'],
    ['outputTokens', 'output'],
    ['reasoningTokens', 'reasoning'],
  ];
  for (const [key, name] of fields) {
    const v = usage[key];
    if (!Number.isSafeInteger(v) || v < 0) return `The ${name} token count must be a non-negative whole number (got ${v}).`;
  }
  if (usage.cachedInputTokens + usage.cacheWriteTokens > usage.inputTokens) {
    return (
      `Cached input (${usage.cachedInputTokens}) plus cache-write (${usage.cacheWriteTokens}) tokens exceed the input tokens ` +
      `(${usage.inputTokens}): input counts ALL input tokens, cache hits and cache writes included.`
    );
  }
  if (usage.reasoningTokens > usage.outputTokens) {
    return (
      `Reasoning tokens (${usage.reasoningTokens}) exceed the output tokens (${usage.outputTokens}): output counts ALL ` +
      'output tokens, reasoning included (the OpenAI/DeepSeek usage convention), so pass output >= reasoning.'
    );
  }
  return null;
}
