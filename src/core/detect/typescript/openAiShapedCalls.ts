/**
 * OpenAI- and Anthropic-SDK calls recognised by their method path: `<client>.chat.completions
 * .create|parse|stream`, `.responses.*`, `.completions.create`, `.embeddings.create`,
 * `.messages.create|stream` (not `threads.messages`), the v3 `createChatCompletion` family and the
 * `@azure/openai` `getChatCompletions` family. Paths that other SDKs share (messages, responses,
 * completions, embeddings) need evidence that the client is an LLM client.
 */
import type { Family } from '../../model';
import type { CallFacts } from './callFacts';
import { PROMPT_KEYS, requestFacts } from './callFacts';
import type { Node } from 'web-tree-sitter';
import type { CallShape } from './callShape';
import { clientExpression } from './callShape';
import { clientEvidence } from './clientEvidence';
import { isOwnObject, resolveClient, soleClient } from './clients';
import type { ClientInfo } from './clients';
import { evalString } from './evaluate';
import type { FileIndex } from './fileIndex';
import { requestPrompt } from './prompt';
import type { ProviderEvidence } from './providerDecision';
import { objectProps } from './resolve';
import { LLM_CLIENT_NAME } from './names';
import { isSdkModule } from './sdkClasses';
import type { SdkKind } from './sdkClasses';

interface MethodMatch {
  readonly family: Family;
  /** True when the path alone is proof (chat.completions); false when other SDKs share it. */
  readonly certain: boolean;
  readonly stream: boolean;
  readonly kinds: readonly SdkKind[];
  readonly promptKeys: ReadonlyArray<readonly [string, string]>;
  /** How many trailing path names are the SDK's method path (`chat.completions` → 2). */
  readonly consumed: number;
  /** Positional Azure form: (deployment, messages|prompts|input, options). */
  readonly positional?: boolean;
}

const OPENAI: readonly SdkKind[] = ['openai'];

/** Method names this matcher looks at (callers use them to find candidate calls). */
export const OPENAI_SHAPED_METHODS: readonly string[] = [
  'create', 'parse', 'stream', 'runTools', 'runFunctions',
  'createChatCompletion', 'createCompletion', 'createEmbedding',
  'getChatCompletions', 'streamChatCompletions', 'getCompletions', 'getEmbeddings',
];

function methodMatch(path: readonly string[], name: string): MethodMatch | null {
  const last = path[path.length - 1];
  const before = path[path.length - 2];
  if (last === 'completions' && before === 'chat' && ['create', 'parse', 'stream', 'runTools', 'runFunctions'].includes(name)) {
    return { family: 'openai-chat', certain: true, stream: name === 'stream', kinds: OPENAI, promptKeys: PROMPT_KEYS.chat, consumed: 2 };
  }
  if (last === 'responses' && ['create', 'parse', 'stream'].includes(name)) {
    return { family: 'openai-responses', certain: false, stream: name === 'stream', kinds: OPENAI, promptKeys: PROMPT_KEYS.responses, consumed: 1 };
  }
  if (last === 'completions' && name === 'create') return { family: 'openai-completions', certain: false, stream: false, kinds: OPENAI, promptKeys: PROMPT_KEYS.completions, consumed: 1 };
  if (last === 'embeddings' && name === 'create') return { family: 'openai-embeddings', certain: false, stream: false, kinds: OPENAI, promptKeys: PROMPT_KEYS.embeddings, consumed: 1 };
  if (last === 'messages' && (name === 'create' || name === 'stream') && before !== 'threads' && before !== 'conversations') {
    return { family: 'anthropic-messages', certain: false, stream: name === 'stream', kinds: ['anthropic'], promptKeys: PROMPT_KEYS.anthropic, consumed: 1 };
  }
  switch (name) {
    case 'createChatCompletion':
      return { family: 'openai-chat', certain: false, stream: false, kinds: OPENAI, promptKeys: PROMPT_KEYS.chat, consumed: 0 };
    case 'createCompletion':
      return { family: 'openai-completions', certain: false, stream: false, kinds: OPENAI, promptKeys: PROMPT_KEYS.completions, consumed: 0 };
    case 'createEmbedding':
      return { family: 'openai-embeddings', certain: false, stream: false, kinds: OPENAI, promptKeys: PROMPT_KEYS.embeddings, consumed: 0 };
    case 'getChatCompletions':
    case 'streamChatCompletions':
      return { family: 'openai-chat', certain: false, stream: name.startsWith('stream'), kinds: ['azure-openai'], promptKeys: [], positional: true, consumed: 0 };
    case 'getCompletions':
      return { family: 'openai-completions', certain: false, stream: false, kinds: ['azure-openai'], promptKeys: [], positional: true, consumed: 0 };
    case 'getEmbeddings':
      return { family: 'openai-embeddings', certain: false, stream: false, kinds: ['azure-openai'], promptKeys: [], positional: true, consumed: 0 };
    default:
      return null;
  }
}

/** Keys an LLM request has; `{ data }`, `{ body, from, to }` belong to ORMs and messaging APIs. */
const REQUEST_KEYS = new Set(['model', 'messages', 'max_tokens', 'input', 'prompt', 'system', 'stream', 'instructions', 'tools', 'temperature']);


/** An OpenAI/Anthropic SDK call at this shape, or null. */
export function matchOpenAiShaped(ix: FileIndex, shape: CallShape): CallFacts | null {
  if (shape.isNew || !shape.root) return null;
  const byPath = methodMatch(shape.path, shape.name);
  if (!byPath) return null;
  const match = byPath.family === 'openai-completions' && byPath.consumed === 1 ? legacyAnthropic(ix, shape, byPath) : byPath;
  const beta = shape.path[shape.path.length - match.consumed - 1] === 'beta' ? 1 : 0;
  const clientNode = clientExpression(shape, match.consumed + beta);
  const resolved = clientNode ? resolveClient(ix, clientNode) : null;
  // `openai.chat.completions.create` on the app's own object (a hand-written wrapper) is not the SDK.
  if (!resolved && clientNode && isOwnObject(ix, clientNode)) return null;
  if (resolved && !(resolved.sdk && match.kinds.includes(resolved.sdk.kind)) && !match.certain) return null;
  const first = shape.args[0] ?? null;
  const props = first && !match.positional ? objectProps(ix, first) : null;
  if (!match.certain && props && props.size > 0 && ![...props.keys()].some((k) => REQUEST_KEYS.has(k))) return null;
  if (!resolved && !match.certain && !hasLlmEvidence(ix, clientNode, match, props)) return null;
  const client: ClientInfo | null = resolved ? resolved : soleClient(ix, match.kinds);
  const { deployment, ...found } = clientEvidence(ix, client?.sdk ? client : null, match.family);
  // An OpenAI-shaped SDK of some other package (a gateway's own client) goes to that host.
  const evidence = client && !client.sdk ? { ...found, strong: { provider: 'custom' as const, evidence: `${client.module} client` } } : found;
  if (match.positional) return positionalFacts(ix, shape, match, evidence);
  return requestFacts(ix, {
    family: match.family,
    nameNode: shape.nameNode,
    callee: shape.callee,
    props,
    promptKeys: match.promptKeys,
    stream: match.stream,
    evidence,
    modelFallback: deployment,
  });
}

/** `anthropic.completions.create({ prompt, max_tokens_to_sample })`: Anthropic's legacy text API. */
function legacyAnthropic(ix: FileIndex, shape: CallShape, match: MethodMatch): MethodMatch {
  const clientNode = clientExpression(shape, 1);
  const client = clientNode ? resolveClient(ix, clientNode) : null;
  return client?.sdk?.kind === 'anthropic' ? { ...match, family: 'anthropic-messages', kinds: ['anthropic'] } : match;
}

/** For shared method paths: the request names a model, the file imports the SDK, or the receiver is named like one. */
function hasLlmEvidence(ix: FileIndex, client: Node | null, match: MethodMatch, props: Map<string, unknown> | null): boolean {
  if (props?.has('model')) return true;
  if (ix.importsModule((m) => isSdkModule(m, match.kinds))) return true;
  const name = client?.type === 'member_expression' ? (client.childForFieldName('property')?.text ?? '') : (client?.text ?? '');
  return LLM_CLIENT_NAME.test(name);
}

/** `client.getChatCompletions(deployment, messages, { maxTokens })` of @azure/openai. */
function positionalFacts(ix: FileIndex, shape: CallShape, match: MethodMatch, evidence: Omit<ProviderEvidence, 'model'>): CallFacts {
  const [deploymentArg, payload, options] = shape.args;
  const facts = requestFacts(ix, {
    family: match.family,
    nameNode: shape.nameNode,
    callee: shape.callee,
    props: options ? objectProps(ix, options) : null,
    promptKeys: [],
    stream: match.stream,
    evidence: evidence.strong || evidence.weak ? evidence : { ...evidence, strong: { provider: 'azure-foundry', evidence: 'Azure OpenAIClient' } },
    modelFallback: deploymentArg ? evalString(ix, deploymentArg) : null,
  });
  return payload ? { ...facts, prompt: requestPrompt(ix, new Map([['messages', payload]]), [['messages', 'user']]) } : facts;
}
