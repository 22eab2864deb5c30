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
import { calleePath, unwrap } from './syntax';

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
  if (model && family.startsWith('openai-') && providerFromModelName(model) === 'deepseek') {
    return { provider: 'deepseek', providerEvidence: `model ${model}`, baseUrl: client?.baseUrl ?? null };
  }
  return { provider: familyDefaultProvider(family), providerEvidence: 'family default', baseUrl: client?.baseUrl ?? null };
}

/** The receiver in front of the `i`-th name of a callee path (null in front of the base name). */
export function receiverAt(fn: Node, i: number): Node | null {
  return calleePath(fn).receivers[i] ?? null;
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
  if (o.type === 'call' && o.childForFieldName('function')?.text === 'super') return true;
  const resolved = ctx.r.resolve(o);
  if (resolved && resolved.type === 'call') {
    const ctor = resolved.childForFieldName('function');
    if (ctor && ctor.type === 'identifier' && ctx.index.classNamed(ctor.text)) return true;
  }
  return false;
}
