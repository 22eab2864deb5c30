/**
 * LiteLLM calls: `litellm.completion(...)` and friends, the same functions imported by name
 * (`from litellm import completion`), and `Router(...).completion(...)`. The provider comes from
 * `api_base`, `custom_llm_provider`, the model prefix (`deepseek/deepseek-chat`) or a Router's
 * model_list; the model is reported exactly as written.
 */
import type { Node } from 'web-tree-sitter';
import { providerFromLiteLlmModel } from '../providerHints';
import { ArgBag } from './argBag';
import { maxTokensOption, modelOption, reasoningOption, streamOption } from './callOptions';
import type { Hit, ProviderChoice, PyContext } from './pyContext';
import { PromptCollector } from './promptCollector';
import { calleePath } from './syntax';

/** LiteLLM entry points. */
export const LITELLM_FUNCTIONS: ReadonlySet<string> = new Set([
  'completion', 'acompletion', 'text_completion', 'atext_completion', 'embedding', 'aembedding',
  'completion_with_retries', 'acompletion_with_retries', 'responses', 'aresponses',
]);

/** Matches a LiteLLM call; null when the function does not come from litellm. */
export function matchLiteLlmCall(ctx: PyContext, call: Node, nameNode: Node): Hit | null {
  const fn = call.childForFieldName('function');
  if (!fn) return null;
  const written = nameNode.text;
  const name = fn.type === 'identifier' ? ctx.index.importOf(written)?.name ?? written : written;
  if (!LITELLM_FUNCTIONS.has(name)) return null;
  const router = fn.type === 'attribute' ? routerOf(ctx, fn) : null;
  if (!router && !isLiteLlmFunction(ctx, fn, written)) return null;
  const bag = ArgBag.ofCall(ctx.r, call);
  const model = modelOption(bag) ?? (bag.positional[0] ? ctx.r.exactString(bag.positional[0]) : null);
  return {
    family: 'litellm',
    call,
    nameNode,
    model,
    ...providerOf(ctx, bag, model, router),
    stream: streamOption(bag),
    maxTokens: maxTokensOption(bag),
    reasoningEffort: reasoningOption(bag),
    prompt: promptOf(ctx, bag),
  };
}

function isLiteLlmFunction(ctx: PyContext, fn: Node, name: string): boolean {
  if (fn.type === 'identifier') {
    const ref = ctx.index.importOf(name);
    return ref !== undefined && ref.module.startsWith('litellm');
  }
  const path = calleePath(fn);
  return path.names.length === 2 && path.base !== null && ctx.index.qualifiedImport(path.names[0]) === 'litellm';
}

/** The `Router(...)` call a method's receiver refers to, when it is LiteLLM's. */
function routerOf(ctx: PyContext, fn: Node): Node | null {
  const object = fn.childForFieldName('object');
  const resolved = object ? ctx.r.resolve(object) : null;
  if (!resolved || resolved.type !== 'call') return null;
  const ctor = resolved.childForFieldName('function');
  if (!ctor) return null;
  const path = calleePath(ctor);
  if (path.names[path.names.length - 1] !== 'Router') return null;
  const root = path.names[0];
  const q = ctx.index.qualifiedImport(root) ?? '';
  return q.startsWith('litellm') ? resolved : null;
}

function providerOf(ctx: PyContext, bag: ArgBag, model: string | null, router: Node | null): ProviderChoice {
  const deployment = router && model ? routedDeployment(ctx, router, model) : null;
  // The call's own api_base, else the one the Router's deployment for this alias is given.
  const base = bag.get('api_base') ?? bag.get('base_url') ?? deployment?.get('api_base') ?? deployment?.get('base_url');
  const url = base ? ctx.clients.fromUrl(base) : null;
  if (url) return { provider: url.provider, providerEvidence: url.evidence, baseUrl: url.baseUrl };
  const custom = bag.string('custom_llm_provider');
  const byCustom = custom ? providerFromLiteLlmModel(`${custom}/x`) : null;
  if (custom && byCustom) return { provider: byCustom.provider, providerEvidence: `custom_llm_provider ${custom}`, baseUrl: null };
  const routed = deployment?.get('model');
  const target = (routed ? ctx.r.exactString(routed) : null) ?? model;
  const byModel = target ? providerFromLiteLlmModel(target) : null;
  if (target && byModel) {
    const slash = target.indexOf('/');
    const evidence = byModel.model !== target && slash > 0 ? `LiteLLM prefix ${target.slice(0, slash + 1)}` : `LiteLLM model ${target}`;
    return { provider: byModel.provider, providerEvidence: evidence, baseUrl: null };
  }
  const env = ctx.clients.envEvidence([bag.get('api_key')].filter((n): n is Node => n !== undefined));
  if (env) return { provider: env.provider, providerEvidence: env.evidence, baseUrl: null };
  return { provider: 'openai', providerEvidence: 'family default', baseUrl: null };
}

/** The litellm_params a Router's model_list gives the deployment of an alias (model, api_base…). */
function routedDeployment(ctx: PyContext, router: Node, alias: string): ArgBag | null {
  const list = ArgBag.ofCall(ctx.r, router).get('model_list');
  const resolved = list ? ctx.r.resolve(list) : null;
  if (!resolved || resolved.type !== 'list') return null;
  for (const item of resolved.namedChildren) {
    const entry = item ? ctx.r.resolve(item) : null;
    if (!entry || entry.type !== 'dictionary') continue;
    const name = ctx.r.entry(entry, 'model_name');
    if (!name || ctx.r.exactString(name) !== alias) continue;
    const params = ctx.r.entry(entry, 'litellm_params');
    const p = params ? ctx.r.resolve(params) : null;
    return p && (p.type === 'dictionary' || p.type === 'call') ? ArgBag.ofDict(ctx.r, p) : null;
  }
  return null;
}

function promptOf(ctx: PyContext, bag: ArgBag): Hit['prompt'] {
  const p = new PromptCollector(ctx.r);
  const messages = bag.get('messages') ?? bag.positional[1];
  if (messages) p.messageList(messages);
  const text = bag.get('prompt') ?? bag.get('input');
  if (text) p.messageList(text);
  if (!messages && !text) p.unknownPart('user');
  return p.result();
}
