/**
 * LangChain chat model constructors (`ChatOpenAI(...)`, `ChatDeepSeek(...)`, `init_chat_model(...)`,
 * any `Chat*` / `*LLM` class imported from a `langchain*` package) and what they say: model,
 * provider (class, base URL, API-key env vars, `model_provider=`), limits and streaming.
 */
import type { Node } from 'web-tree-sitter';
import type { ProviderId } from '../../model';
import { LANGCHAIN_CLASS_NAMES, providerFromLangChainClass, providerFromLiteLlmModel, providerFromModelName } from '../providerHints';
import { ArgBag } from './argBag';
import { maxTokensOption, modelOption, reasoningOption } from './callOptions';
import type { FileIndex } from './fileIndex';
import type { ProviderChoice, PyContext } from './pyContext';
import { calleePath } from './syntax';

const KNOWN_CLASSES = new Set(LANGCHAIN_CLASS_NAMES);
/** Names reused by other SDKs: LangChain's only when imported from a langchain package. */
const AMBIGUOUS = new Set(['OpenAI', 'AzureOpenAI']);
/**
 * Names shaped like `Chat*` that are not models: prompt templates, messages, results, histories,
 * loaders, agents and chains (`ChatPromptTemplate`, `ChatMessage`, `ChatPromptValue`, `ChatResult`).
 */
const NOT_A_MODEL = /Prompt|Template|Message|History|Session|Loader|Parser|Callback|Handler|Memory|Retriever|Adapter|(Value|Values|Result|Generation|Chunk|Chain|Agent|Store|Input|Output|Config|Params|Request|Response|Event|Info|Error|Type|Schema)$/;
/** LangChain modules that hold no model classes (their `Chat*` names are messages, prompts, results …). */
const NON_MODEL_MODULE = /\.(prompts?|messages|prompt_values|outputs|output_parsers|schema|chat_history|chat_message_histories|chat_sessions|chat_loaders|memory|callbacks|agents|chains|tools|runnables|retrievers|vectorstores|document_loaders|adapters|utils)(\.|$)/;
const MODEL_KEYS = ['model', 'model_name', 'model_id', 'azure_deployment', 'deployment_name', 'deployment_id', 'repo_id'];
const INIT_PROVIDERS: Readonly<Record<string, ProviderId>> = {
  openai: 'openai', anthropic: 'anthropic', azure_openai: 'azure-foundry', azure_ai: 'azure-foundry',
  google_genai: 'google', google_vertexai: 'google', google_anthropic_vertex: 'google', bedrock: 'aws-bedrock',
  bedrock_converse: 'aws-bedrock', deepseek: 'deepseek',
};

/** What a LangChain model constructor says. */
export interface LangChainModel {
  readonly call: Node;
  readonly className: string;
  readonly model: string | null;
  readonly choice: ProviderChoice;
  readonly maxTokens: number | null;
  readonly reasoningEffort: string | null;
  readonly streaming: boolean;
}

/** Whether a callee name could be a LangChain model class (cheap pre-check, before imports are known). */
export function mayBeLangChainClass(name: string): boolean {
  if (name === 'init_chat_model' || KNOWN_CLASSES.has(name)) return true;
  return /^Chat[A-Z]|Chat$|LLM$/.test(name) && !NOT_A_MODEL.test(name);
}

/** Whether a constructor call builds a LangChain chat/LLM model. */
export function isLangChainConstructor(index: FileIndex, call: Node): boolean {
  const fn = call.childForFieldName('function');
  if (!fn) return false;
  const path = calleePath(fn);
  const name = path.names[path.names.length - 1] ?? '';
  const q = index.qualifiedImport(path.names[0] ?? '') ?? '';
  const fromLangChain = q.startsWith('langchain');
  if (!mayBeLangChainClass(name)) return fromLangChain && isLangChainModelModule(q);
  if (name === 'init_chat_model') return fromLangChain || q === '';
  if (AMBIGUOUS.has(name)) return fromLangChain;
  if (KNOWN_CLASSES.has(name)) return true;
  if (fromLangChain) return !NON_MODEL_MODULE.test([q, ...path.names.slice(1)].join('.'));
  return q === '' && /^Chat[A-Z]/.test(name) && index.importsModule('langchain');
}

/** `langchain_community.llms.Ollama`, `langchain.chat_models.X`: any class of a model module. */
export function isLangChainModelModule(qualified: string): boolean {
  return /^langchain[a-z_]*\.(.*\.)?(llms|chat_models)\./.test(qualified);
}

/** Reads model, provider and options of a LangChain constructor call. */
export function langChainModel(ctx: PyContext, call: Node): LangChainModel {
  const fn = call.childForFieldName('function');
  const path = fn ? calleePath(fn) : { names: [] as string[] };
  const className = path.names[path.names.length - 1] ?? 'ChatModel';
  const bag = ArgBag.ofCall(ctx.r, call);
  let model = modelOption(bag, MODEL_KEYS) ?? (bag.positional[0] ? ctx.r.exactString(bag.positional[0]) : null);
  let initProvider: ProviderId | null = null;
  let initKey: string | null = null;
  if (className === 'init_chat_model') {
    const explicit = bag.string('model_provider');
    const colon = model ? model.indexOf(':') : -1;
    const prefix = model && colon > 0 ? model.slice(0, colon) : null;
    if (prefix && INIT_PROVIDERS[prefix] && model) model = model.slice(colon + 1);
    const key = explicit ?? prefix;
    initKey = key ? `provider ${key}` : null;
    initProvider = key ? INIT_PROVIDERS[key] ?? 'custom' : model ? providerFromModelName(model) : null;
  }
  return {
    call,
    className,
    model,
    choice: providerOf(ctx, bag, className, model, initProvider, initKey),
    maxTokens: maxTokensOption(bag),
    reasoningEffort: reasoningOption(bag),
    streaming: bag.bool('streaming') === true || bag.bool('stream') === true,
  };
}

function providerOf(ctx: PyContext, bag: ArgBag, className: string, model: string | null, initProvider: ProviderId | null, initKey: string | null): ProviderChoice {
  const url = ctx.clients.keywordEvidence(withOpenAiBase(bag));
  if (url && url.fromUrl) return { provider: url.provider, providerEvidence: url.evidence, baseUrl: url.baseUrl };
  if (initProvider) return { provider: initProvider, providerEvidence: `init_chat_model ${initKey ?? `model ${model ?? ''}`}`, baseUrl: null };
  if (className === 'ChatLiteLLM' && model) {
    const routed = providerFromLiteLlmModel(model);
    if (routed) return { provider: routed.provider, providerEvidence: `LiteLLM model ${model}`, baseUrl: null };
  }
  const byClass = providerFromLangChainClass(className);
  if (url && url.provider !== 'openai') return { provider: url.provider, providerEvidence: url.evidence, baseUrl: null };
  if (byClass) return { provider: byClass, providerEvidence: `${className} class`, baseUrl: null };
  if (url) return { provider: url.provider, providerEvidence: url.evidence, baseUrl: null };
  return { provider: 'custom', providerEvidence: `${className} class`, baseUrl: null };
}

/** Keyword arguments with LangChain's own URL / key names mapped onto the client ones. */
function withOpenAiBase(bag: ArgBag): ReadonlyMap<string, Node> {
  const map = new Map<string, Node>();
  const pairs: Array<[string, string]> = [
    ['base_url', 'base_url'], ['openai_api_base', 'base_url'], ['api_base', 'base_url'], ['azure_endpoint', 'azure_endpoint'],
    ['endpoint', 'endpoint'], ['endpoint_url', 'endpoint'], ['api_key', 'api_key'], ['openai_api_key', 'api_key'],
    ['anthropic_api_key', 'anthropic_api_key'], ['google_api_key', 'google_api_key'], ['deepseek_api_key', 'deepseek_api_key'],
  ];
  for (const [from, to] of pairs) {
    const v = bag.get(from);
    if (v && !map.has(to)) map.set(to, v);
  }
  return map;
}
