/** Checks a TokenUsage against the token convention before it is priced. */
import type { TokenUsage } from '../model';

const FIELDS: readonly (readonly [keyof TokenUsage, string])[] = [
  ['inputTokens', 'input'],
  ['cachedInputTokens', 'cached input'],
  ['cacheWriteTokens', 'cache write'],
  ['outputTokens', 'output'],
  ['reasoningTokens', 'reasoning'],
];

/**
 * A readable problem with `usage`, or null when it is valid. Convention: input counts ALL input
 * tokens, cache hits and cache writes included; output counts ALL output tokens, reasoning included.
 */
export function usageProblem(usage: TokenUsage): string | null {
  const { inputTokens, cachedInputTokens, cacheWriteTokens, outputTokens, reasoningTokens } = usage;
  const counts = isCount(inputTokens) && isCount(cachedInputTokens) && isCount(cacheWriteTokens) && isCount(outputTokens) && isCount(reasoningTokens);
  // The usual case, checked without building anything.
  if (counts && cachedInputTokens + cacheWriteTokens <= inputTokens && reasoningTokens <= outputTokens) return null;
  for (const [key, name] of FIELDS) {
    const v = usage[key];
    if (!isCount(v)) return `The ${name} token count must be a non-negative whole number (got ${v}).`;
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

/** Throws a RangeError saying what is wrong with `usage`, if anything (see usageProblem). */
export function assertValidUsage(usage: TokenUsage): void {
  const problem = usageProblem(usage);
  if (problem) throw new RangeError(problem);
}

function isCount(v: number): boolean {
  return Number.isSafeInteger(v) && v >= 0;
}
