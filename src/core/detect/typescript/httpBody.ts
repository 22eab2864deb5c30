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
