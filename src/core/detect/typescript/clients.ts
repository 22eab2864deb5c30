/**
 * Client resolution: from the receiver of an SDK call (`openai`, `this.client`, `getClient()`,
 * a typed parameter) back to where the client is constructed, and which class it is.
 */
import type { Node } from 'web-tree-sitter';
import type { FileIndex } from './fileIndex';
import { nameNodesOf } from './nameTokens';
import { constructorArgument, memberKey, resolveValue, thisMember } from './resolve';
import { SDK_CLASS_NAMES, sdkClassFor } from './sdkClasses';
import type { SdkClass, SdkKind } from './sdkClasses';
import { FUNCTION_TYPES, callArguments, unwrap, unwrapAwait } from './syntax';

/** A client as far as the file shows it. */
export interface ClientInfo {
  /** The SDK class, or null for a class/factory of some other package (e.g. twilio). */
  readonly sdk: SdkClass | null;
  /** The package the class comes from, when imported. */
  readonly module: string | null;
  /** Constructor / factory arguments (empty when only a type annotation is known). */
  readonly args: readonly Node[];
  /** The construction (`new OpenAI(…)`), or null when known from a type only. */
  readonly node: Node | null;
}

const MAX_DEPTH = 8;

/** What a constructor or factory callee refers to: its package and export name. */
export function calleeOrigin(ix: FileIndex, callee: Node): { module: string | null; name: string } | null {
  const expr = unwrap(callee);
  // (`{ deepseek }` in an object literal names the imported `deepseek` too.)
  if (expr.type === 'identifier' || expr.type === 'shorthand_property_identifier') {
    const binding = ix.lookup(expr, expr.text);
    if (!binding) return { module: null, name: expr.text };
    return binding.kind === 'import' ? { module: binding.module, name: binding.imported } : null;
  }
  if (expr.type === 'member_expression') {
    const object = unwrap(expr.childForFieldName('object') ?? expr);
    const key = memberKey(expr);
    if (object.type === 'identifier' && key) {
      const binding = ix.lookup(object, object.text);
      if (binding?.kind === 'import') return { module: binding.module, name: key };
      if (!binding) return { module: null, name: key };
    }
  }
  return null;
}

/** Relative paths and the usual source-root aliases (`@/lib/ai`, `~/ai`, `#ai`). */
export function isLocalModule(module: string): boolean {
  return /^(\.|@\/|~\/|#|src\/)/.test(module);
}

/** `class DeepSeekClient extends OpenAI {…}`: a local subclass stands for its SDK base class. */
function subclassOrigin(ix: FileIndex, callee: Node): { module: string | null; name: string } | null {
  const expr = unwrap(callee);
  const binding = expr.type === 'identifier' ? ix.lookup(expr, expr.text) : null;
  if (binding?.kind !== 'class') return null;
  const heritage = binding.node.namedChildren.find((c) => c?.type === 'class_heritage');
  const base = heritage?.descendantsOfType('identifier')[0];
  return base ? calleeOrigin(ix, base) : null;
}

/** The client a new/call expression constructs, if it is an SDK class or an imported foreign class. */
function constructed(ix: FileIndex, expr: Node): ClientInfo | null {
  const callee = expr.childForFieldName(expr.type === 'new_expression' ? 'constructor' : 'function');
  if (!callee) return null;
  const origin = calleeOrigin(ix, callee) ?? subclassOrigin(ix, callee);
  if (!origin) return null;
  const sdk = sdkClassFor(origin.module, origin.name) ?? null;
  // Only a class of a published package says "not an LLM client"; a local module may wrap one.
  if (!sdk && (origin.module === null || isLocalModule(origin.module))) return null;
  return { sdk, module: origin.module, args: callArguments(expr), node: expr };
}

/** The client an expression refers to, or null when the file does not show it. */
export function resolveClient(ix: FileIndex, expr: Node, depth = 0): ClientInfo | null {
  if (depth > MAX_DEPTH) return null;
  const e = unwrapAwait(expr);
  switch (e.type) {
    case 'new_expression':
      return constructed(ix, e);
    case 'call_expression':
      // wrapOpenAI(new OpenAI()) (LangSmith), observeOpenAI(client) (Langfuse): the wrapped client.
      return wrappedClient(ix, e, depth) ?? constructed(ix, e) ?? factoryClient(ix, e, depth);
    case 'identifier': {
      const binding = ix.lookup(e, e.text);
      if (!binding) return null;
      if (binding.kind === 'param') {
        // Constructor injection: the client the file passes where it builds the class.
        const injected = constructorArgument(ix, binding.fn, binding.name);
        const passed = injected ? resolveClient(ix, injected, depth + 1) : null;
        return passed ?? typedClient(ix, binding.type) ?? (binding.fallback ? resolveClient(ix, binding.fallback, depth + 1) : null);
      }
      if (binding.kind === 'value') {
        const resolved = resolveValue(ix, e);
        if (resolved.id !== e.id) return resolveClient(ix, resolved, depth + 1) ?? typedClient(ix, binding.type);
        return typedClient(ix, binding.type);
      }
      return null;
    }
    // `providers['siliconflow']`: a literal key reads like `providers.siliconflow`.
    case 'subscript_expression':
    case 'member_expression': {
      const object = unwrap(e.childForFieldName('object') ?? e);
      const key = memberKey(e);
      if (object.type === 'this' && key) {
        const value = thisMember(ix, object, key);
        if (value) {
          const client = resolveClient(ix, value, depth + 1);
          if (client) return client;
        }
        const cls = ix.enclosingClass(object);
        return cls ? typedClient(ix, ix.classMembers(cls).get(key)?.type ?? null) : null;
      }
      const resolved = resolveValue(ix, e);
      return resolved.id !== e.id ? resolveClient(ix, resolved, depth + 1) : null;
    }
    case 'binary_expression':
    case 'ternary_expression': {
      // `injected ?? new OpenAI(...)`, `useAzure ? new AzureOpenAI() : new OpenAI()`: the first visible client.
      const parts = e.type === 'binary_expression' ? [e.childForFieldName('left'), e.childForFieldName('right')] : [e.childForFieldName('consequence'), e.childForFieldName('alternative')];
      const found = parts.map((part) => (part ? resolveClient(ix, part, depth + 1) : null)).filter((c) => c?.sdk);
      // A construction says more than a type annotation of an injected fallback.
      return found.find((c) => c?.node) ?? found[0] ?? null;
    }
    default:
      return null;
  }
}

function wrappedClient(ix: FileIndex, call: Node, depth: number): ClientInfo | null {
  for (const arg of callArguments(call)) {
    const value = unwrapAwait(arg);
    if (value.type !== 'identifier' && value.type !== 'new_expression' && value.type !== 'member_expression') continue;
    const client = resolveClient(ix, value, depth + 1);
    if (client?.sdk) return client;
  }
  return null;
}

/** A client known from a type annotation (`client: OpenAI`, `private readonly ai: GoogleGenAI`). */
function typedClient(ix: FileIndex, type: Node | null): ClientInfo | null {
  if (!type) return null;
  for (const id of [type, ...type.descendantsOfType('type_identifier')]) {
    if (!id || id.type !== 'type_identifier') continue;
    const binding = ix.importOf(id.text);
    const sdk = binding ? sdkClassFor(binding.module, binding.imported) : sdkClassFor(null, id.text);
    if (sdk) return { sdk, module: binding?.module ?? null, args: [], node: null };
  }
  return null;
}

/** `getClient()` where getClient is a function of this file that returns a client. */
function factoryClient(ix: FileIndex, call: Node, depth: number): ClientInfo | null {
  const fn = call.childForFieldName('function');
  if (!fn) return null;
  const target = resolveValue(ix, fn);
  let decl: Node | null = FUNCTION_TYPES.has(target.type) ? target : null;
  if (!decl && target.type === 'identifier') {
    const binding = ix.lookup(target, target.text);
    if (binding?.kind === 'function') decl = binding.node;
  }
  if (!decl) return null;
  for (const value of returnedValues(ix, decl)) {
    const client = resolveClient(ix, value, depth + 1);
    if (client) return client;
  }
  return null;
}

/** The expressions a function returns (its own `return`s, not those of nested functions). */
export function returnedValues(ix: FileIndex, fn: Node): Node[] {
  const body = fn.childForFieldName('body');
  if (!body) return [];
  if (body.type !== 'statement_block') return [body];
  const out: Node[] = [];
  for (const ret of body.descendantsOfType('return_statement')) {
    if (!ret) continue;
    const owner = ix.ancestors(ret).find((n) => FUNCTION_TYPES.has(n.type));
    const value = ret.namedChild(0);
    if (owner?.id === fn.id && value) out.push(value);
  }
  return out;
}

/** The SDK clients the file constructs (`new OpenAI(…)` etc.), in source order. */
function fileClients(ix: FileIndex): ClientInfo[] {
  return ix.memo('fileClients', () => {
    const names = new Set(SDK_CLASS_NAMES);
    for (const b of ix.imports()) if (sdkClassFor(b.module, b.imported)) names.add(b.name);
    const out: ClientInfo[] = [];
    for (const node of nameNodesOf(ix.root, ix.text, names)) {
      const parent = ix.parentOf(node);
      const call = parent?.type === 'member_expression' ? ix.parentOf(parent) : parent;
      if (!call || (call.type !== 'new_expression' && call.type !== 'call_expression')) continue;
      const client = constructed(ix, call);
      if (client?.sdk) out.push(client);
    }
    return out;
  });
}

/** The one client of the given kinds the file constructs, when there is exactly one. */
export function soleClient(ix: FileIndex, kinds: readonly SdkKind[]): ClientInfo | null {
  const matching = fileClients(ix).filter((c) => c.sdk && kinds.includes(c.sdk.kind));
  return matching.length === 1 ? matching[0] : null;
}

/** The object literal passed to a client constructor, following `new OpenAIApi(new Configuration({…}))`. */
export function clientOptions(client: ClientInfo): Node | null {
  const first = client.args[0];
  if (!first) return null;
  const inner = unwrap(first);
  if (inner.type === 'new_expression' && /Configuration$/.test(inner.childForFieldName('constructor')?.text ?? '')) {
    return callArguments(inner)[0] ?? null;
  }
  return first;
}

/**
 * Whether an expression is the app's own object rather than an SDK client: `this` / `super`, an
 * object literal, or an instance of a class declared here (not extending an SDK class) or
 * imported from the app's own modules. Calls on such objects are wrappers.
 */
export function isOwnObject(ix: FileIndex, expr: Node): boolean {
  const value = unwrapAwait(resolveValue(ix, expr));
  if (value.type === 'this' || value.type === 'super') {
    const cls = ix.enclosingClass(value);
    return !cls || !extendsSdkClass(ix, cls);
  }
  if (value.type === 'object') return true;
  if (value.type !== 'new_expression') return false;
  const ctor = value.childForFieldName('constructor');
  const binding = ctor?.type === 'identifier' ? ix.lookup(ctor, ctor.text) : null;
  if (binding?.kind === 'class') return !extendsSdkClass(ix, binding.node);
  return binding?.kind === 'import' && isLocalModule(binding.module);
}

function extendsSdkClass(ix: FileIndex, cls: Node): boolean {
  const heritage = cls.namedChildren.find((c) => c?.type === 'class_heritage');
  for (const id of heritage ? heritage.descendantsOfType('identifier') : []) {
    if (!id) continue;
    const binding = ix.importOf(id.text);
    if (binding ? sdkClassFor(binding.module, binding.imported) : sdkClassFor(null, id.text)) return true;
  }
  return false;
}
