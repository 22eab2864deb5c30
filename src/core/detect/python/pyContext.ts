/**
 * What the Python family matchers share: the file's index and resolvers, the shape of a match
 * (a Hit) and the final provider decision.
 */
import type { Node } from 'web-tree-sitter';
import type { Family, ProviderId, VisiblePrompt } from '../../model';
import { familyDefaultProvider, providerFromModelName } from '../providerHints';
import type { FileIndex } from './fileIndex';
import type { ClientInfo, ClientResolver } from './resolveClient';
import type { Resolver } from './resolveValue';
import { unwrap } from './syntax';

/** Per-file state of the Python detector, built once a candidate call exists. */
export interface PyContext {
  readonly index: FileIndex;
  readonly r: Resolver;
  readonly clients: ClientResolver;
}

/** One matched call before it becomes a DetectedCall. */
export interface Hit {
  readonly family: Family;
  readonly call: Node;
  /** The name the position is reported at (`create`, `ChatOpenAI`, `post`). */
  readonly nameNode: Node;
  readonly model: string | null;
  readonly provider: ProviderId;
  readonly providerEvidence: string;
  readonly baseUrl: string | null;
  readonly stream: boolean;
  readonly maxTokens: number | null;
  readonly reasoningEffort: string | null;
  readonly prompt: VisiblePrompt;
}

/** Provider, evidence and base URL of a call. */
export interface ProviderChoice {
  readonly provider: ProviderId;
  readonly providerEvidence: string;
  readonly baseUrl: string | null;
}

/**
 * The provider of an SDK call from its client; with no evidence at all, a DeepSeek model name on
 * an OpenAI-style client points at DeepSeek (its base URL then comes from the environment).
 */
export function providerOf(family: Family, client: ClientInfo | null, model: string | null): ProviderChoice {
  if (client && client.provider) return { provider: client.provider, providerEvidence: client.evidence ?? `${client.className} client`, baseUrl: client.baseUrl };
  // An Anthropic client calling the legacy completions API is still Anthropic.
  if (client && client.sdk === 'anthropic') return { provider: 'anthropic', providerEvidence: `${client.className} client`, baseUrl: client.baseUrl };
  if (model && family.startsWith('openai-') && providerFromModelName(model) === 'deepseek') {
    return { provider: 'deepseek', providerEvidence: `model ${model}`, baseUrl: client?.baseUrl ?? null };
  }
  return { provider: familyDefaultProvider(family), providerEvidence: 'family default', baseUrl: client?.baseUrl ?? null };
}

/**
 * True when a method call goes to the user's own code rather than an SDK: `self.converse()` in a
 * class that defines `converse`, or a receiver built from a class this file defines.
 */
export function isOwnMethod(ctx: PyContext, call: Node, method: string): boolean {
  const fn = call.childForFieldName('function');
  const object = fn && fn.type === 'attribute' ? fn.childForFieldName('object') : null;
  if (!object) return false;
  const o = unwrap(object);
  if (o.type === 'identifier' && (o.text === 'self' || o.text === 'cls')) {
    const cls = ctx.r.scopes.classOf(call);
    return cls !== null && ctx.index.functions(method).some((d) => ctx.r.scopes.classOf(d)?.id === cls.id);
  }
  if (o.type === 'identifier' && o.text === 'super') return true;
  // `BedrockClient.converse(...)`: a classmethod of the file's own class wraps the SDK call.
  if (localDefinition(ctx, o)) return true;
  if (o.type === 'call' && o.childForFieldName('function')?.text === 'super') return true;
  const resolved = ctx.r.resolve(o);
  if (resolved && resolved.type === 'call') {
    const ctor = resolved.childForFieldName('function');
    if (ctor && ctor.type === 'identifier' && ctx.index.classNamed(ctor.text)) return true;
  }
  return false;
}

/**
 * The class or function this file defines that an identifier names at its place (`Completion` of
 * `Completion.create(...)` when the file has `class Completion:`), or null: the name is a variable,
 * a parameter, an import only, or nothing this file defines where the identifier can see it.
 */
export function localDefinition(ctx: PyContext, ident: Node): Node | null {
  if (ident.type !== 'identifier') return null;
  const name = ident.text;
  const scopes = ctx.r.scopes;
  const visible = (def: Node): boolean => {
    const scope = scopes.scopeOf(def);
    // Methods are not visible by their bare name; nested definitions only inside their function.
    return scope === null || (scope.type !== 'class_definition' && scope.startIndex <= ident.startIndex && ident.endIndex <= scope.endIndex);
  };
  const cls = ctx.index.classNamed(name);
  const def = (cls && visible(cls) ? cls : undefined) ?? ctx.index.functions(name).find(visible);
  if (!def) return null;
  // A variable or parameter of the same name hides the definition.
  return scopes.lookup(name, ident).some((t) => t.kind !== 'import') ? null : def;
}
