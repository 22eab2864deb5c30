/**
 * Request options every family shares: model, stream flag, output-token limit and reasoning
 * effort / thinking budget, read from a request object's properties (through constants).
 */
import type { Node } from 'web-tree-sitter';
import { evalBoolean, evalNumber, evalString } from './evaluate';
import type { FileIndex } from './fileIndex';
import { objectProps, propAt } from './resolve';

/** Output-token limits, by SDK spelling; the first present wins. */
export const MAX_TOKEN_PATHS: readonly string[] = [
  'max_tokens',
  'max_completion_tokens',
  'max_output_tokens',
  'maxTokens',
  'maxOutputTokens',
  'maxCompletionTokens',
  'max_tokens_to_sample',
  'max_new_tokens',
  'max_gen_len',
  'maxTokenCount',
  'inferenceConfig.maxTokens',
  'inferenceConfig.max_new_tokens',
  'generationConfig.maxOutputTokens',
  'generationConfig.max_output_tokens',
  'config.maxOutputTokens',
  'textGenerationConfig.maxTokenCount',
  'parameters.max_new_tokens',
];

/** Reasoning effort spellings (a string value). */
export const EFFORT_PATHS: readonly string[] = ['reasoning_effort', 'reasoningEffort', 'reasoning.effort', 'config.reasoningEffort'];
/** Thinking budget spellings (a number of tokens). */
export const BUDGET_PATHS: readonly string[] = [
  'thinking.budget_tokens',
  'thinking.budgetTokens',
  'config.thinkingConfig.thinkingBudget',
  'generationConfig.thinkingConfig.thinkingBudget',
  'thinkingConfig.thinkingBudget',
  'additionalModelRequestFields.thinking.budget_tokens',
  'additionalModelRequestFields.reasoning_config.budget_tokens',
];

/** The model id a property names, when it is a constant string. */
export function modelFrom(ix: FileIndex, props: Map<string, Node> | null, keys: readonly string[] = ['model']): string | null {
  for (const key of keys) {
    const node = propAt(ix, props, key);
    if (!node) continue;
    const value = evalString(ix, node);
    if (value !== null && value.trim() !== '') return value;
  }
  return null;
}

/** The first output-token limit that is an integer constant. */
export function maxTokensFrom(ix: FileIndex, props: Map<string, Node> | null): number | null {
  for (const path of MAX_TOKEN_PATHS) {
    const node = propAt(ix, props, path);
    const n = node ? evalNumber(ix, node) : null;
    if (n !== null && Number.isInteger(n) && n > 0) return n;
  }
  return null;
}

/** Whether the request asks for a stream (`stream: true`). */
export function streamFlag(ix: FileIndex, props: Map<string, Node> | null): boolean {
  const node = propAt(ix, props, 'stream') ?? propAt(ix, props, 'streaming');
  return node ? evalBoolean(ix, node) === true : false;
}

/** Reasoning effort (`high`) or thinking budget (`budget:2048`), also inside providerOptions. */
export function reasoningFrom(ix: FileIndex, props: Map<string, Node> | null): string | null {
  if (!props) return null;
  const direct = effortOrBudget(ix, props);
  if (direct) return direct;
  for (const key of ['providerOptions', 'providerMetadata', 'modelKwargs', 'extra_body', 'extraBody']) {
    const nested = props.get(key);
    const nestedProps = nested ? objectProps(ix, nested) : null;
    if (!nestedProps) continue;
    const inNested = effortOrBudget(ix, nestedProps);
    if (inNested) return inNested;
    for (const value of nestedProps.values()) {
      const providerProps = objectProps(ix, value);
      const found = providerProps ? effortOrBudget(ix, providerProps) : null;
      if (found) return found;
    }
  }
  return null;
}

function effortOrBudget(ix: FileIndex, props: Map<string, Node>): string | null {
  for (const path of EFFORT_PATHS) {
    const node = propAt(ix, props, path);
    const value = node ? evalString(ix, node) : null;
    if (value) return value;
  }
  for (const path of BUDGET_PATHS) {
    const node = propAt(ix, props, path);
    const n = node ? evalNumber(ix, node) : null;
    if (n !== null) return `budget:${n}`;
  }
  return null;
}
