/**
 * What a family matcher reports for one call site, before file/line/directive are added, and the
 * request-object reading most SDK families share.
 */
import type { Node } from 'web-tree-sitter';
import type { Family, VisiblePrompt } from '../../model';
import type { FileIndex } from './fileIndex';
import type { ProviderDecision, ProviderEvidence } from './providerDecision';
import { decideProvider } from './providerDecision';
import { requestPrompt } from './prompt';
import { maxTokensFrom, modelFrom, reasoningFrom, streamFlag } from './requestOptions';

export interface CallFacts {
  readonly family: Family;
  /** The callee-name token: the call site's position. */
  readonly nameNode: Node;
  /** The callee expression, for `DetectedCall.callee`. */
  readonly callee: Node;
  readonly model: string | null;
  readonly provider: ProviderDecision;
  readonly stream: boolean;
  readonly maxTokens: number | null;
  readonly reasoningEffort: string | null;
  readonly prompt: VisiblePrompt;
}

/** Prompt keys (and the role each implies) per family's request object. */
export const PROMPT_KEYS: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>> = {
  chat: [['messages', 'user']],
  responses: [['instructions', 'system'], ['input', 'user']],
  completions: [['prompt', 'user']],
  embeddings: [['input', 'input']],
  anthropic: [['system', 'system'], ['messages', 'user']],
  google: [['config.systemInstruction', 'system'], ['systemInstruction', 'system'], ['contents', 'user']],
  converse: [['system', 'system'], ['messages', 'user']],
  vercel: [['system', 'system'], ['prompt', 'user'], ['messages', 'user'], ['value', 'input'], ['values', 'input']],
  body: [['system', 'system'], ['instructions', 'system'], ['systemInstruction', 'system'], ['messages', 'user'], ['contents', 'user'], ['input', 'user'], ['prompt', 'user'], ['inputText', 'user']],
};

/** Facts of a call whose request is one options object (most SDK calls). */
export function requestFacts(
  ix: FileIndex,
  args: {
    family: Family;
    nameNode: Node;
    callee: Node;
    props: Map<string, Node> | null;
    promptKeys: ReadonlyArray<readonly [string, string]>;
    stream: boolean;
    evidence: Omit<ProviderEvidence, 'model' | 'family'>;
    modelKeys?: readonly string[];
    modelFallback?: string | null;
  },
): CallFacts {
  const model = modelFrom(ix, args.props, args.modelKeys) ?? args.modelFallback ?? null;
  return {
    family: args.family,
    nameNode: args.nameNode,
    callee: args.callee,
    model,
    provider: decideProvider({ ...args.evidence, family: args.family, model }),
    stream: args.stream || streamFlag(ix, args.props),
    maxTokens: maxTokensFrom(ix, args.props),
    reasoningEffort: reasoningFrom(ix, args.props),
    prompt: requestPrompt(ix, args.props, args.promptKeys),
  };
}
