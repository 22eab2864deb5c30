/**
 * What a raw HTTP request's JSON body says: model, stream flag, output-token limit, reasoning
 * effort and prompt, whichever wire format it is (OpenAI, Anthropic, Gemini, Bedrock).
 */
import type { Node } from 'web-tree-sitter';
import type { VisiblePrompt } from '../../model';
import { PROMPT_KEYS } from './callFacts';
import type { FileIndex } from './fileIndex';
import { requestPrompt } from './prompt';
import { maxTokensFrom, modelFrom, reasoningFrom, streamFlag } from './requestOptions';
import { objectProps, resolveValue } from './resolve';
import { unwrapAwait } from './syntax';

export interface BodyFacts {
  readonly model: string | null;
  readonly stream: boolean;
  readonly maxTokens: number | null;
  readonly reasoningEffort: string | null;
  readonly prompt: VisiblePrompt;
}

/** Reads a request body's properties (null when the body is not visible). */
export function bodyFacts(ix: FileIndex, body: Map<string, Node> | null): BodyFacts {
  return {
    model: modelFrom(ix, body, ['model', 'modelId']),
    stream: streamFlag(ix, body),
    maxTokens: maxTokensFrom(ix, body),
    reasoningEffort: reasoningFrom(ix, body),
    prompt: requestPrompt(ix, body, PROMPT_KEYS.body),
  };
}

/**
 * The properties of a request body: an object literal, the object inside `JSON.stringify(…)`,
 * also wrapped in `new TextEncoder().encode(…)` / `Buffer.from(…)`; null when not visible.
 */
export function requestBody(ix: FileIndex, node: Node, depth = 0): Map<string, Node> | null {
  if (depth > 4) return null;
  const value = unwrapAwait(resolveValue(ix, node));
  if (value.type === 'object') return objectProps(ix, value);
  if (value.type !== 'call_expression') return null;
  const first = value.childForFieldName('arguments')?.namedChild(0);
  if (!first) return null;
  const fn = value.childForFieldName('function')?.text ?? '';
  return /(^|\.)stringify$/.test(fn) ? objectProps(ix, first) : requestBody(ix, first, depth + 1);
}
