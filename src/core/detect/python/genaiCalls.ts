/**
 * Google Gemini calls: `generate_content*` and `embed_content` on any receiver (`client.models`, `client.aio.models`,
 * `GenerativeModel(...)`, Vertex AI models), and `send_message*` on a chat created in this file
 * from a genai client (`client.chats.create`) or model (`model.start_chat`).
 */
import type { Node } from 'web-tree-sitter';
import { ArgBag } from './argBag';
import { maxTokensOption, modelOption, reasoningOption } from './callOptions';
import type { Hit, PyContext } from './pyContext';
import { isOwnMethod } from './pyContext';
import { PromptCollector } from './promptCollector';
import type { ClientInfo } from './resolveClient';
import { calleePath, receiverOf } from './syntax';

/** `generate_content` style method names, and Gemini embeddings (`embed_content`). */
export const GENERATE_METHODS: ReadonlySet<string> = new Set(['generate_content', 'generate_content_stream', 'generate_content_async', 'stream_generate_content', 'embed_content', 'embed_content_async']);
/** Chat session method names. */
export const CHAT_SEND_METHODS: ReadonlySet<string> = new Set(['send_message', 'send_message_stream', 'send_message_async']);

/** A model object or client behind a genai receiver, and the options it was built with. */
interface GenaiSource {
  readonly client: ClientInfo | null;
  /** Options of the model constructor / chat creation (model name, system instruction, config). */
  readonly options: ArgBag | null;
}

/** Marks a receiver that is the project's own wrapper class. */
const WRAPPER: GenaiSource = { client: null, options: null };

/** Matches a Gemini call; null when the method or receiver does not fit. */
export function matchGenaiCall(ctx: PyContext, call: Node, nameNode: Node): Hit | null {
  const method = nameNode.text;
  const fn = call.childForFieldName('function');
  const receiver = receiverOf(call);
  if (!fn || !receiver || isOwnMethod(ctx, call, method)) return null;
  let source: GenaiSource | null;
  if (GENERATE_METHODS.has(method)) source = modelSource(ctx, receiver) ?? { client: null, options: null };
  else if (CHAT_SEND_METHODS.has(method)) source = chatSource(ctx, receiver);
  else return null;
  if (!source || source === WRAPPER) return null;
  const bag = ArgBag.ofCall(ctx.r, call);
  const model = modelOption(bag) ?? (source.options ? modelOption(source.options, ['model', 'model_name']) ?? firstString(ctx, source.options) : null);
  const config = bag.nested('config') ?? bag.nested('generation_config');
  const client = (source.client?.sdk === 'genai' ? source.client : null) ?? ctx.clients.fallback('genai');
  return {
    family: 'google-genai',
    call,
    nameNode,
    model,
    provider: client?.provider ?? 'google',
    providerEvidence: client ? `${client.className === 'Client' ? 'google-genai' : client.className} client` : 'family default',
    baseUrl: client?.baseUrl ?? null,
    stream: method.includes('stream') || bag.bool('stream') === true,
    maxTokens: maxTokensOption(bag) ?? (source.options ? maxTokensOption(source.options) : null),
    reasoningEffort: reasoningOption(bag) ?? (source.options ? reasoningOption(source.options) : null),
    prompt: promptOf(ctx, bag, config, source.options, CHAT_SEND_METHODS.has(method)),
  };
}

/** `client.models` / `client.aio.models` → the client; `GenerativeModel(...)` → the model's options. */
function modelSource(ctx: PyContext, receiver: Node): GenaiSource | null {
  if (receiver.type === 'attribute') {
    const names = calleePath(receiver).names;
    const last = names[names.length - 1];
    if (last === 'models') {
      let object = receiver.childForFieldName('object');
      if (object && object.type === 'attribute' && object.childForFieldName('attribute')?.text === 'aio') object = object.childForFieldName('object');
      return { client: object ? ctx.clients.clientOf(object) : null, options: null };
    }
  }
  const resolved = ctx.r.resolve(receiver);
  if (!resolved || resolved.type !== 'call') return null;
  const client = ctx.clients.fromConstructor(resolved, 0);
  // `GeminiHelper()` imported from the project: a wrapper whose own SDK call is the call site.
  if (client?.sdk === 'other' && !/^(google|vertexai)/.test(ctx.index.importOf(client.className)?.module ?? '')) return WRAPPER;
  return { client, options: ArgBag.ofCall(ctx.r, resolved) };
}

/** The chat a `send_message` receiver refers to, when this file creates it from genai. */
function chatSource(ctx: PyContext, receiver: Node): GenaiSource | null {
  const chat = ctx.r.resolve(receiver);
  if (!chat || chat.type !== 'call') return null;
  const fn = chat.childForFieldName('function');
  if (!fn || fn.type !== 'attribute') return null;
  const names = calleePath(fn).names;
  const method = names[names.length - 1];
  const object = fn.childForFieldName('object');
  if (method === 'start_chat' && object) {
    const model = modelSource(ctx, object);
    return model === WRAPPER ? null : model ?? { client: null, options: null };
  }
  if (method === 'create' && names[names.length - 2] === 'chats') {
    const clientExpr = object?.childForFieldName('object');
    const base = clientExpr && clientExpr.type === 'attribute' && clientExpr.childForFieldName('attribute')?.text === 'aio' ? clientExpr.childForFieldName('object') : clientExpr;
    return { client: base ? ctx.clients.clientOf(base) : null, options: ArgBag.ofCall(ctx.r, chat) };
  }
  return null;
}

function firstString(ctx: PyContext, options: ArgBag): string | null {
  const first = options.positional[0];
  return first ? ctx.r.exactString(first) : null;
}

function promptOf(ctx: PyContext, bag: ArgBag, config: ArgBag | null, options: ArgBag | null, isChat: boolean): Hit['prompt'] {
  const p = new PromptCollector(ctx.r);
  const system = config?.get('system_instruction') ?? options?.get('system_instruction') ?? options?.nested('config')?.get('system_instruction');
  if (system) p.content('system', system);
  const contents = bag.get('contents') ?? bag.get('message') ?? bag.get('content') ?? bag.positional[0];
  if (contents) p.messageList(contents);
  else if (isChat || bag.opaque) p.unknownPart('user');
  return p.result();
}
