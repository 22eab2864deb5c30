/**
 * Vercel AI SDK model expressions: `openai('gpt-4o')`, `openai.chat('gpt-4o')`, `deepseek(…)`,
 * `createOpenAI({baseURL})('m')`, a const holding one, `wrapLanguageModel({model})`,
 * `registry.languageModel('openai:gpt-4o')` and gateway strings (`'openai/gpt-4o'`). The provider
 * comes from the provider package the instance is imported from or created with.
 */
import type { Node } from 'web-tree-sitter';
import type { ProviderId } from '../../model';
import { providerFromVercelPackage } from '../providerHints';
import { clientEvidence } from './clientEvidence';
import { calleeOrigin } from './clients';
import { evalString } from './evaluate';
import type { FileIndex } from './fileIndex';
import type { ProviderEvidence } from './providerDecision';
import { objectProps, resolveValue } from './resolve';
import { unwrapAwait } from './syntax';

/** Community provider packages (their hosts are not among the known providers). */
const COMMUNITY = /^(@openrouter\/ai-sdk-provider|ollama-ai-provider|@ai-sdk\/gateway|workers-ai-provider|@portkey-ai\/vercel-provider|qwen-ai-provider|zhipu-ai-provider)/;

/** Gateway / registry prefixes (`openai/gpt-4o`, `openai:gpt-4o`). */
const PREFIXES: Readonly<Record<string, ProviderId>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'google',
  vertex: 'google',
  gemini: 'google',
  deepseek: 'deepseek',
  azure: 'azure-foundry',
  bedrock: 'aws-bedrock',
  'amazon-bedrock': 'aws-bedrock',
  siliconflow: 'siliconflow-com',
};

/** The provider of a package that exports AI SDK providers, or null for any other package. */
export function vercelPackageProvider(module: string): ProviderId | null {
  return providerFromVercelPackage(module) ?? (/^@ai-sdk\//.test(module) || COMMUNITY.test(module) ? 'custom' : null);
}

/** What the `model:` of an AI SDK call says. */
export interface VercelModel {
  readonly model: string | null;
  readonly evidence: Omit<ProviderEvidence, 'model' | 'family'>;
}

/** Reads a `model:` expression of generateText & co. */
export function vercelModel(ix: FileIndex, node: Node | null, depth = 0): VercelModel {
  if (!node || depth > 6) return { model: null, evidence: {} };
  const value = unwrapAwait(resolveValue(ix, node));
  const asString = evalString(ix, value);
  if (asString !== null) return { model: asString, evidence: prefixEvidence(asString) };
  if (value.type !== 'call_expression') return { model: null, evidence: {} };
  const fn = value.childForFieldName('function');
  const firstArg = value.childForFieldName('arguments')?.namedChild(0) ?? null;
  if (!fn) return { model: null, evidence: {} };
  const fnName = fn.type === 'member_expression' ? fn.childForFieldName('property')?.text : fn.text;
  if (fnName === 'wrapLanguageModel' || fnName === 'extractReasoningMiddleware') {
    return vercelModel(ix, firstArg ? (objectProps(ix, firstArg)?.get('model') ?? null) : null, depth + 1);
  }
  const modelId = firstArg ? evalString(ix, firstArg) : null;
  // openai.chat('m') / azure.responses('m'): the instance is the member's object.
  const instance = fn.type === 'member_expression' ? fn.childForFieldName('object') : fn;
  if (instance && instance !== fn && modelId !== null && /^(languageModel|textEmbeddingModel|embeddingModel)$/.test(fnName ?? '')) {
    const registered = registeredModel(ix, instance, modelId, fnName === 'languageModel' ? 'languageModels' : 'textEmbeddingModels', depth);
    if (registered) return registered;
  }
  const fromInstance = instance ? providerInstance(ix, instance) : null;
  if (fromInstance) return { model: modelId, evidence: fromInstance };
  if (modelId && /languageModel|textEmbeddingModel|embeddingModel/.test(fnName ?? '')) return { model: modelId, evidence: prefixEvidence(modelId) };
  return { model: modelId, evidence: {} };
}

/**
 * A model looked up in the file's own registry: `createProviderRegistry({ sf: createOpenAICompatible(…) })`
 * then `registry.languageModel('sf:Qwen/Qwen3-32B')` is model `Qwen/Qwen3-32B` of that provider, and
 * `customProvider({ languageModels: { fast: anthropic('claude-3-5-haiku-latest') } })` then
 * `.languageModel('fast')` is the model the alias stands for. Null when the lookup is not visible.
 */
function registeredModel(ix: FileIndex, instance: Node, id: string, kind: 'languageModels' | 'textEmbeddingModels', depth: number): VercelModel | null {
  const value = unwrapAwait(resolveValue(ix, instance));
  if (value.type !== 'call_expression') return null;
  const factory = value.childForFieldName('function');
  const origin = factory ? calleeOrigin(ix, factory) : null;
  const options = value.childForFieldName('arguments')?.namedChild(0);
  const props = options ? objectProps(ix, options) : null;
  if (!props || (origin?.module !== null && origin?.module !== 'ai')) return null;
  if (origin?.name === 'createProviderRegistry') {
    const separator = id.indexOf(':');
    const provider = separator > 0 ? props.get(id.slice(0, separator)) : undefined;
    const evidence = provider ? providerInstance(ix, provider) : null;
    return evidence ? { model: id.slice(separator + 1), evidence } : null;
  }
  if (origin?.name === 'customProvider') {
    const models = props.get(kind);
    const aliased = models ? objectProps(ix, models)?.get(id) : undefined;
    return aliased ? vercelModel(ix, aliased, depth + 1) : null;
  }
  return null;
}

/** Evidence from a provider instance: an import from a provider package, or a `createX({...})` of one. */
function providerInstance(ix: FileIndex, instance: Node): Omit<ProviderEvidence, 'model' | 'family'> | null {
  const value = unwrapAwait(resolveValue(ix, instance));
  const direct = calleeOrigin(ix, value);
  if (direct?.module) {
    const provider = vercelPackageProvider(direct.module);
    if (provider) return packageEvidence(provider, direct.module);
  }
  // A snippet without its imports: `openai('gpt-4o')`, `anthropic(...)` name the provider package.
  if (direct && direct.module === null && value.type === 'identifier' && PREFIXES[direct.name]) {
    const provider = PREFIXES[direct.name];
    const clue = { provider, evidence: `${direct.name}() provider` };
    return provider === 'openai' ? { weak: clue } : { strong: clue };
  }
  if (value.type !== 'call_expression') return null;
  const factory = value.childForFieldName('function');
  const origin = factory ? calleeOrigin(ix, factory) : null;
  const provider = origin?.module ? vercelPackageProvider(origin.module) : null;
  if (!origin?.module || !provider) return null;
  const fromOptions = clientEvidence(ix, { sdk: null, module: origin.module, args: value.childForFieldName('arguments')?.namedChildren.filter((n): n is Node => !!n) ?? [], node: value }, 'vercel-ai');
  return { ...packageEvidence(provider, origin.module), url: fromOptions.url, envVars: fromOptions.envVars };
}

function packageEvidence(provider: ProviderId, module: string): Omit<ProviderEvidence, 'model' | 'family'> {
  const clue = { provider, evidence: `${module} import` };
  // The OpenAI-compatible packages say little by themselves: env vars and model names may say more.
  return provider === 'openai' || provider === 'custom' ? { weak: clue } : { strong: clue };
}

function prefixEvidence(model: string): Omit<ProviderEvidence, 'model' | 'family'> {
  const m = /^([a-z-]+)[/:]/i.exec(model);
  if (!m) return {};
  const provider = PREFIXES[m[1].toLowerCase()];
  return provider ? { strong: { provider, evidence: `model prefix ${m[1]}/` } } : { strong: { provider: 'custom', evidence: `model prefix ${m[1]}/` } };
}

/** The provider packages the file imports (for calls whose model is not visible). */
export function importedProviderPackages(ix: FileIndex): string[] {
  return [...new Set(ix.imports().map((b) => b.module).filter((m) => vercelPackageProvider(m) !== null))];
}
