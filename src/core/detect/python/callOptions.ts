/**
 * Reads the call options every family shares from an ArgBag: model, max tokens, streaming and
 * reasoning effort, looking into the nested option objects each SDK uses.
 */
import type { ArgBag } from './argBag';

const MAX_TOKEN_KEYS = [
  'max_tokens', 'max_completion_tokens', 'max_output_tokens', 'maxTokens', 'max_tokens_to_sample',
  'maxTokenCount', 'max_gen_len', 'max_new_tokens', 'maxOutputTokens', 'num_predict',
];
const OPTION_OBJECTS = ['config', 'generation_config', 'inferenceConfig', 'textGenerationConfig', 'generationConfig', 'options', 'model_kwargs', 'extra_body', 'parameters'];

/** The model named by the first of `keys`, fully known, or null. */
export function modelOption(bag: ArgBag, keys: readonly string[] = ['model']): string | null {
  for (const k of keys) {
    const v = bag.string(k);
    if (v !== null && v.trim().length > 0) return v;
  }
  return null;
}

/** max_tokens and its aliases, directly or inside option objects. */
export function maxTokensOption(bag: ArgBag, depth = 0): number | null {
  for (const k of MAX_TOKEN_KEYS) {
    const v = bag.int(k);
    if (v !== null && v > 0) return v;
  }
  if (depth > 1) return null;
  for (const k of OPTION_OBJECTS) {
    const inner = bag.nested(k);
    const v = inner ? maxTokensOption(inner, depth + 1) : null;
    if (v !== null) return v;
  }
  return null;
}

/** `stream=True` (or `"stream": True` in a body). */
export function streamOption(bag: ArgBag): boolean {
  return bag.bool('stream') === true || bag.bool('streaming') === true;
}

/** reasoning_effort / reasoning={"effort"} / thinking budgets as `budget:N`, or null. */
export function reasoningOption(bag: ArgBag, depth = 0): string | null {
  const effort = bag.string('reasoning_effort') ?? bag.string('reasoningEffort');
  if (effort) return effort;
  const reasoning = bag.nested('reasoning');
  const nestedEffort = reasoning?.string('effort');
  if (nestedEffort) return nestedEffort;
  if (bag.has('reasoning') && reasoning === null) {
    const flat = bag.string('reasoning');
    if (flat) return flat;
  }
  const thinking = bag.nested('thinking') ?? bag.nested('thinking_config') ?? bag.nested('reasoning_config');
  if (thinking) {
    const budget = thinking.int('budget_tokens') ?? thinking.int('thinking_budget') ?? thinking.int('budgetTokens');
    if (budget !== null) return `budget:${budget}`;
    const level = thinking.string('thinking_level') ?? thinking.string('effort');
    if (level) return level;
  }
  if (depth > 1) return null;
  for (const k of [...OPTION_OBJECTS, 'additionalModelRequestFields']) {
    const inner = bag.nested(k);
    const v = inner ? reasoningOption(inner, depth + 1) : null;
    if (v !== null) return v;
  }
  return null;
}
