/**
 * OpenAI and Anthropic SDK calls recognised by their attribute path:
 * `<client>.chat.completions.create|parse|stream`, `.responses.*`, `.completions.create`,
 * `.embeddings.create`, `.messages.create|stream` (not `threads.messages`), and the legacy
 * `openai.ChatCompletion.create` style.
 */
import type { Node } from 'web-tree-sitter';
import type { Family } from '../../model';
import { ArgBag } from './argBag';
import { maxTokensOption, modelOption, reasoningOption, streamOption } from './callOptions';
import type { Hit, PyContext } from './pyContext';
import { localDefinition, providerOf } from './pyContext';
import { PromptCollector } from './promptCollector';
import type { CalleePath } from './syntax';
import { calleePath } from './syntax';

/** Method names this module looks at. */
export const SDK_METHODS: ReadonlySet<string> = new Set(['create', 'parse', 'stream', 'acreate']);

const SKIPPED = new Set(['with_raw_response', 'with_streaming_response']);
const CHAT_METHODS = new Set(['create', 'parse', 'stream']);
const LEGACY: Readonly<Record<string, Family>> = { ChatCompletion: 'openai-chat', Completion: 'openai-completions', Embedding: 'openai-embeddings' };
const NOT_ANTHROPIC_KEYS = ['to', 'from_', 'body', 'thread_id', 'channel', 'media_url', 'messaging_service_sid'];

interface PathMatch {
  readonly family: Family;
  /** Index in the callee path of the first API segment (`chat`, `beta`, `responses` …). */
  readonly apiStart: number;
}

/**
 * Matches a call by its attribute path; null when it is not an OpenAI/Anthropic SDK call. A call of
 * a name bound to an SDK method (`create = client.chat.completions.create`, or
 * `chat = functools.partial(client.chat.completions.create, model=…)`) is that method's call, with
 * the partial's arguments under the call's own.
 */
export function matchSdkCall(ctx: PyContext, call: Node, nameNode: Node): Hit | null {
  const fn = call.childForFieldName('function');
  const bound = fn?.type === 'identifier' ? boundMethod(ctx, fn) : null;
  const method = bound ? bound.method : fn;
  if (!method || method.type !== 'attribute') return null;
  const path = expandedPath(ctx, calleePath(method));
  const match = matchPath(path.names);
  if (!match) return null;
  // `Completion.create(...)` on the file's own `class Completion` (or `Own.chat.completions…`) is not the SDK.
  const root = path.nodes[0];
  if (match.apiStart <= 1 && path.base?.type === 'identifier' && root && localDefinition(ctx, root)) return null;
  const bag = bound?.partial ? ArgBag.ofPartialCall(ctx.r, bound.partial, call) : ArgBag.ofCall(ctx.r, call);
  const receiver = path.receivers[match.apiStart] ?? null;
  let client = receiver ? ctx.clients.clientOf(receiver) : null;
  if (!client && receiver && isOwnOrFakeObject(ctx, receiver)) return null;
  const anthropic = match.family === 'anthropic-messages';
  // An unknown SDK's client only tells the host of OpenAI-shaped calls.
  if (anthropic && client?.sdk === 'other') client = null;
  if (anthropic && !looksLikeAnthropic(ctx, bag, client?.sdk ?? null)) return null;
  client ??= ctx.clients.fallback(anthropic ? 'anthropic' : 'openai');
  const model = modelOption(bag, ['model', 'engine', 'deployment_id']);
  // `instructor.from_anthropic(Anthropic())` answers chat.completions.create with Claude's Messages API.
  const family = match.family === 'openai-chat' && client?.sdk === 'anthropic' ? 'anthropic-messages' : match.family;
  return {
    family,
    call,
    nameNode,
    model,
    ...providerOf(family, client, model),
    stream: path.names[path.names.length - 1] === 'stream' || streamOption(bag),
    maxTokens: maxTokensOption(bag),
    reasoningEffort: reasoningOption(bag),
    prompt: promptOf(ctx, family, bag),
  };
}

/** The SDK method a called name is bound to, and the `functools.partial(...)` call that binds it, if any. */
function boundMethod(ctx: PyContext, name: Node): { method: Node; partial: Node | null } | null {
  const value = ctx.r.targetsOf(name)[0]?.value;
  if (!value) return null;
  if (value.type === 'attribute') return { method: value, partial: null };
  const first = value.type === 'call' && isPartial(ctx, value) ? ArgBag.ofCall(ctx.r, value).positional[0] : undefined;
  return first?.type === 'attribute' ? { method: first, partial: value } : null;
}

/** `functools.partial(…)`, or `partial(…)` imported from functools. */
function isPartial(ctx: PyContext, call: Node): boolean {
  const fn = call.childForFieldName('function');
  if (!fn) return false;
  const path = calleePath(fn);
  if (path.names.length === 1) return path.names[0] === 'partial' && ctx.index.importOf('partial')?.module === 'functools';
  return path.names.length === 2 && path.names[1] === 'partial' && ctx.index.qualifiedImport(path.names[0]) === 'functools';
}

const API_SEGMENTS = new Set(['chat', 'completions', 'messages', 'responses', 'embeddings', 'beta']);

/** `completions = client.chat.completions; completions.create(...)`: the bound attribute's path goes in front. */
function expandedPath(ctx: PyContext, path: CalleePath): CalleePath {
  const base = path.base;
  if (!base || base.type !== 'identifier' || path.names.length > 3) return path;
  const value = ctx.r.targetsOf(base)[0]?.value;
  if (!value || value.type !== 'attribute') return path;
  const bound = calleePath(value);
  if (!API_SEGMENTS.has(bound.names[bound.names.length - 1])) return path;
  return {
    base: bound.base,
    names: [...bound.names, ...path.names.slice(1)],
    nodes: [...bound.nodes, ...path.nodes.slice(1)],
    receivers: [...bound.receivers, value, ...path.receivers.slice(2)],
  };
}

function matchPath(raw: readonly string[]): PathMatch | null {
  const names = raw.filter((n) => !SKIPPED.has(n));
  const offset = (i: number): number => raw.indexOf(names[i]);
  const n = names.length;
  const method = names[n - 1];
  const prev = names[n - 2];
  const prev2 = names[n - 3];
  if (n < 2) return null;
  const start = (i: number): number => (i > 0 && names[i - 1] === 'beta' ? offset(i - 1) : offset(i));
  if (prev === 'completions' && prev2 === 'chat' && CHAT_METHODS.has(method)) return { family: 'openai-chat', apiStart: start(n - 3) };
  if (prev === 'completions' && method === 'create') return { family: 'openai-completions', apiStart: start(n - 2) };
  if (prev === 'responses' && CHAT_METHODS.has(method)) return { family: 'openai-responses', apiStart: start(n - 2) };
  if (prev === 'embeddings' && method === 'create') return { family: 'openai-embeddings', apiStart: start(n - 2) };
  if (prev === 'messages' && (method === 'create' || method === 'stream') && prev2 !== 'threads') return { family: 'anthropic-messages', apiStart: start(n - 2) };
  if (LEGACY[prev] && (method === 'create' || method === 'acreate')) return { family: LEGACY[prev], apiStart: offset(n - 2) };
  return null;
}

/** Test doubles built in place of a client. */
const TEST_DOUBLES = /^(SimpleNamespace|MagicMock|AsyncMock|Mock|NonCallableMock|create_autospec)$/;

/**
 * A receiver this file builds from its own class (`client = FakeOpenAI(reply="hi")`) or as a test
 * double (`SimpleNamespace(...)`, `MagicMock()`): the call goes to that object, not to the SDK. (A
 * subclass of an SDK client resolves as a client before this is asked.)
 */
function isOwnOrFakeObject(ctx: PyContext, receiver: Node): boolean {
  const value = ctx.r.resolve(receiver);
  const fn = value?.type === 'call' ? value.childForFieldName('function') : null;
  if (!fn) return false;
  if (TEST_DOUBLES.test(calleePath(fn).names.at(-1) ?? '')) return true;
  return fn.type === 'identifier' && localDefinition(ctx, fn)?.type === 'class_definition';
}

/** `.messages.create` is also Twilio's and others': require Anthropic-shaped arguments or client. */
function looksLikeAnthropic(ctx: PyContext, bag: ArgBag, sdk: string | null): boolean {
  if (sdk === 'anthropic') return true;
  if (sdk !== null || bag.has(...NOT_ANTHROPIC_KEYS)) return false;
  if (bag.has('model', 'max_tokens', 'messages', 'system')) return true;
  return bag.opaque && ctx.index.importsModule('anthropic');
}

function promptOf(ctx: PyContext, family: Family, bag: ArgBag): Hit['prompt'] {
  const p = new PromptCollector(ctx.r);
  const system = bag.get('system') ?? bag.get('instructions');
  if (system) p.content('system', system);
  const messages = bag.get('messages');
  if (messages) p.messageList(messages);
  const input = bag.get('input') ?? bag.get('prompt');
  if (input) {
    if (family === 'openai-responses') p.messageList(input);
    else p.text('user', input);
  }
  if (!messages && !input && bag.opaque) p.unknownPart('user');
  return p.result();
}
