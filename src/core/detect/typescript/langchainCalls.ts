/**
 * LangChain.js call sites: every invoke / stream / batch / call / predict / generate on a chat
 * model or on a runnable derived from it; a chat model constructed in the file and never invoked
 * there is itself the call site (it is used elsewhere).
 */
import type { Node } from 'web-tree-sitter';
import type { Family } from '../../model';
import { providerFromLangChainClass } from '../providerHints';
import type { CallFacts } from './callFacts';
import type { CallShape } from './callShape';
import { urlFromExpression } from './clientEvidence';
import { envVarName } from './envVars';
import { evalString } from './evaluate';
import type { FileIndex } from './fileIndex';
import { chatModelBehind, classProvider, constructedChatModel } from './langchainModels';
import type { ChatModel } from './langchainModels';
import type { ProviderEvidence } from './providerDecision';
import { decideProvider } from './providerDecision';
import { promptParts, visiblePrompt } from './prompt';
import type { PromptPart } from './prompt';
import { maxTokensFrom, modelFrom, reasoningFrom, streamFlag } from './requestOptions';
import { objectProps, propAt, resolveValue } from './resolve';
import { unwrapAwait } from './syntax';

const INVOCATIONS: Readonly<Record<string, boolean>> = {
  invoke: false,
  stream: true,
  batch: false,
  call: false,
  predict: false,
  predictMessages: false,
  generate: false,
  streamEvents: true,
  streamLog: true,
};

export const LANGCHAIN_INVOCATIONS: readonly string[] = Object.keys(INVOCATIONS);

const FAMILY: Family = 'langchain';
const MODEL_KEYS = ['model', 'modelName', 'model_name', 'azureOpenAIApiDeploymentName', 'deploymentName'];
const URL_PATHS = ['configuration.baseURL', 'configuration.basePath', 'baseURL', 'baseUrl', 'anthropicApiUrl', 'clientOptions.baseURL', 'azureOpenAIEndpoint', 'azureOpenAIBasePath', 'endpoint'];
const KEY_PATHS = ['apiKey', 'openAIApiKey', 'anthropicApiKey', 'deepseekApiKey', 'azureOpenAIApiKey', 'configuration.apiKey', 'googleApiKey'];

/** initChatModel provider names (`modelProvider` or the `provider:` model prefix). */
const INIT_PROVIDERS: Readonly<Record<string, ProviderEvidence['weak']>> = {
  openai: { provider: 'openai', evidence: 'initChatModel openai' },
  anthropic: { provider: 'anthropic', evidence: 'initChatModel anthropic' },
  deepseek: { provider: 'deepseek', evidence: 'initChatModel deepseek' },
  'google-genai': { provider: 'google', evidence: 'initChatModel google-genai' },
  'google-vertexai': { provider: 'google', evidence: 'initChatModel google-vertexai' },
  bedrock: { provider: 'aws-bedrock', evidence: 'initChatModel bedrock' },
  bedrock_converse: { provider: 'aws-bedrock', evidence: 'initChatModel bedrock' },
  azure_openai: { provider: 'azure-foundry', evidence: 'initChatModel azure_openai' },
};

/** Constructions seen while matching, and which of them some invocation reached. */
interface ModelRegistry {
  readonly constructed: Map<number, { model: ChatModel; shape: CallShape }>;
  readonly invoked: Set<number>;
}

function registry(ix: FileIndex): ModelRegistry {
  return ix.memo('langchain', () => ({ constructed: new Map(), invoked: new Set() }));
}

/**
 * Every chat model the detector recognises is spelled with one of these (a Chat* class, a
 * LangChain import, a base type); without them no `.call(` / `.stream(` needs a closer look.
 */
const MODEL_SPELLINGS = ['Chat', 'langchain', 'BaseLanguageModel'];

function mayHaveChatModel(ix: FileIndex): boolean {
  return ix.memo('mayHaveChatModel', () => MODEL_SPELLINGS.some((s) => ix.text.includes(s)));
}

/** Records a chat model construction at this shape (reported later if never invoked). */
export function noteChatModel(ix: FileIndex, shape: CallShape): null {
  const model = constructedChatModel(ix, shape.call);
  if (model?.node) registry(ix).constructed.set(model.node.id, { model, shape });
  return null;
}

/** An invocation of a chat model (or of a runnable built on one) at this shape, or null. */
export function matchLangChainInvocation(ix: FileIndex, shape: CallShape): CallFacts | null {
  if (shape.isNew || !shape.receiver || !(shape.name in INVOCATIONS) || !mayHaveChatModel(ix)) return null;
  const model = chatModelBehind(ix, shape.receiver);
  if (!model) return null;
  if (model.node) registry(ix).invoked.add(model.node.id);
  const direct = isDirect(ix, shape.receiver, model);
  const input = shape.args[0];
  const parts: PromptPart[] = [];
  if (input) {
    const inputProps = direct ? null : objectProps(ix, input);
    if (inputProps) {
      // A chain's input fills a prompt template this file may not show: never fully known.
      for (const value of inputProps.values()) parts.push(...promptParts(ix, value, 'user').filter((p) => p.value));
      parts.push({ role: 'template', value: null });
    } else {
      parts.push(...promptParts(ix, input, 'user'));
    }
  }
  return modelFacts(ix, model, shape, INVOCATIONS[shape.name], parts);
}

/** Whether the receiver is the model itself (its input is the prompt), not a chain around it. */
function isDirect(ix: FileIndex, receiver: Node, model: ChatModel): boolean {
  let value = unwrapAwait(resolveValue(ix, receiver));
  // withStructuredOutput / bindTools / bind keep the model's input format.
  while (value.type === 'call_expression') {
    const fn = value.childForFieldName('function');
    const method = fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text : null;
    if (!method || !/^(withStructuredOutput|bindTools|bind|withConfig|withRetry|withFallbacks)$/.test(method)) break;
    value = unwrapAwait(resolveValue(ix, fn!.childForFieldName('object')!));
  }
  return model.node ? value.id === model.node.id : true;
}

/** Call sites for chat models constructed here that no invocation in the file reached. */
export function uninvokedChatModels(ix: FileIndex): CallFacts[] {
  const reg = registry(ix);
  const out: CallFacts[] = [];
  for (const [id, { model, shape }] of reg.constructed) {
    if (!reg.invoked.has(id)) out.push(modelFacts(ix, model, shape, false, []));
  }
  return out;
}

function modelFacts(ix: FileIndex, model: ChatModel, shape: CallShape, streamMethod: boolean, parts: PromptPart[]): CallFacts {
  const args = model.node?.childForFieldName('arguments')?.namedChildren.filter((n): n is Node => !!n) ?? [];
  const isInit = model.className === 'initChatModel';
  const options = args[isInit ? 1 : 0] ?? null;
  // A class declared here passes its own settings to super(…): read the call's options first, then those.
  const layers = [options, ...(model.local?.superOptions ?? [])].map((n) => (n ? objectProps(ix, n) : null)).filter((p): p is Map<string, Node> => !!p);
  const first = <T>(read: (props: Map<string, Node>) => T | null): T | null => layers.reduce<T | null>((found, props) => found ?? read(props), null);
  const modelId = isInit && args[0] ? evalString(ix, args[0]) : first((p) => modelFrom(ix, p, MODEL_KEYS));
  return {
    family: FAMILY,
    nameNode: shape.nameNode,
    callee: shape.callee,
    model: modelId,
    provider: decideProvider({ ...modelEvidence(ix, model, layers, modelId), family: FAMILY, model: modelId }),
    stream: streamMethod || layers.some((p) => streamFlag(ix, p)),
    maxTokens: first((p) => maxTokensFrom(ix, p)),
    reasoningEffort: first((p) => reasoningFrom(ix, p)),
    prompt: visiblePrompt(parts),
  };
}

function modelEvidence(ix: FileIndex, model: ChatModel, layers: readonly Map<string, Node>[], modelId: string | null): Omit<ProviderEvidence, 'model' | 'family'> {
  const envVars: string[] = [];
  let url: ProviderEvidence['url'] = null;
  for (const props of layers) {
    for (const path of [...KEY_PATHS, ...URL_PATHS]) {
      const node = propAt(ix, props, path);
      if (!node) continue;
      const env = envVarName(ix, node);
      if (env) envVars.push(env);
      const found: string | null = URL_PATHS.includes(path) && !url ? urlFromExpression(ix, node) : null;
      if (found) url = { url: found, label: path.replace(/^.*\./, '') };
    }
  }
  if (model.className === 'initChatModel') {
    const providerNode = propAt(ix, layers[0] ?? null, 'modelProvider');
    const named = (providerNode ? evalString(ix, providerNode) : null) ?? (modelId?.includes(':') ? modelId.split(':')[0] : null);
    const clue = named ? INIT_PROVIDERS[named] : undefined;
    return { url, envVars, strong: clue && clue.provider !== 'openai' ? clue : null, weak: clue?.provider === 'openai' ? clue : null };
  }
  // A local subclass is named after its host when the name is a known class (ChatDeepSeek); else it is its base class.
  const className = model.local && !providerFromLangChainClass(model.className) ? model.local.baseClass : model.className;
  const byClass = classProvider(className);
  if (!byClass) return { url, envVars };
  const clue = { provider: byClass.provider, evidence: `${className} class` };
  return byClass.strong ? { url, envVars, strong: clue } : { url, envVars, weak: clue };
}
