/**
 * Google Gen AI calls: `ai.models.generateContent({model, contents})` (@google/genai),
 * `genAI.getGenerativeModel({model}).generateContent(prompt)` (@google/generative-ai, Vertex AI,
 * Firebase), their *Stream variants, Gemini embeddings (`embedContent`, `batchEmbedContents`) on
 * the same receivers, and `chat.sendMessage` on a chat created from one of those.
 */
import type { Node } from 'web-tree-sitter';
import type { CallFacts } from './callFacts';
import { PROMPT_KEYS } from './callFacts';
import type { CallShape } from './callShape';
import { callShape, clientExpression } from './callShape';
import { clientEvidence } from './clientEvidence';
import { isOwnObject, resolveClient, returnedValues } from './clients';
import type { FileIndex } from './fileIndex';
import { nameNodesOf } from './nameTokens';
import { decideProvider } from './providerDecision';
import { promptParts, requestParts, visiblePrompt } from './prompt';
import { maxTokensFrom, modelFrom, reasoningFrom, streamFlag } from './requestOptions';
import { objectProps, resolveValue } from './resolve';
import { FUNCTION_TYPES, unwrapAwait } from './syntax';

export const GOOGLE_METHODS: readonly string[] = ['generateContent', 'generateContentStream', 'embedContent', 'batchEmbedContents', 'sendMessage', 'sendMessageStream'];

const GOOGLE_MODULE = /^(@google\/genai|@google\/generative-ai|@google-cloud\/vertexai|firebase\/(vertexai|ai)|@firebase\/(vertexai|ai))/;

/** The options object of a `getGenerativeModel(...)` call an expression resolves to, if any. */
function generativeModelOptions(ix: FileIndex, expr: Node): Map<string, Node> | null | undefined {
  const value = unwrapAwait(resolveValue(ix, expr));
  if (value.type !== 'call_expression') return undefined;
  const fn = value.childForFieldName('function');
  const name = fn?.type === 'member_expression' ? fn.childForFieldName('property')?.text : fn?.text;
  if (name !== 'getGenerativeModel' && name !== 'getGenerativeModelFromCachedContent') return undefined;
  const args = value.childForFieldName('arguments')?.namedChildren ?? [];
  for (const arg of args) {
    const props = arg ? objectProps(ix, arg) : null;
    if (props?.has('model')) return props;
  }
  return null;
}

const CHAT_NAME = /chat|session|convo|conversation/i;

/**
 * The chat session an expression holds: `ai.chats.create({...})` (options: its object) or
 * `model.startChat(...)` (options: the model's getGenerativeModel object, undefined when the model
 * is not visible), also through a local function returning one. Null when it is neither.
 */
function chatSession(ix: FileIndex, expr: Node, depth = 0): { options: Map<string, Node> | null | undefined } | null {
  const chat = unwrapAwait(resolveValue(ix, expr));
  if (chat.type !== 'call_expression' || depth > 3) return null;
  const fn = chat.childForFieldName('function');
  if (fn?.type !== 'member_expression') {
    for (const value of localReturns(ix, fn)) {
      const found = chatSession(ix, value, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const method = fn.childForFieldName('property')?.text;
  const owner = fn.childForFieldName('object');
  if (method === 'create' && owner?.type === 'member_expression' && owner.childForFieldName('property')?.text === 'chats') {
    const first = chat.childForFieldName('arguments')?.namedChild(0);
    const options = first ? objectProps(ix, first) : null;
    return { options: options?.has('model') ? options : (options ?? undefined) };
  }
  if (method === 'startChat' && owner) return { options: generativeModelOptions(ix, owner) };
  return null;
}

/** What a call of a function declared in this file returns. */
function localReturns(ix: FileIndex, fn: Node | null): Node[] {
  if (!fn) return [];
  const target = resolveValue(ix, fn);
  if (FUNCTION_TYPES.has(target.type)) return returnedValues(ix, target);
  const binding = target.type === 'identifier' ? ix.lookup(target, target.text) : null;
  return binding?.kind === 'function' ? returnedValues(ix, binding.node) : [];
}

/** A Gemini call at this shape, or null. */
export function matchGoogle(ix: FileIndex, shape: CallShape): CallFacts | null {
  if (shape.isNew || !shape.receiver || !shape.root) return null;
  if (shape.name.startsWith('sendMessage')) return matchChat(ix, shape);
  const stream = shape.name.endsWith('Stream');
  const viaModels = shape.path[shape.path.length - 1] === 'models';
  const modelOptions = viaModels ? undefined : generativeModelOptions(ix, shape.receiver);
  const request = shape.args[0] ? objectProps(ix, shape.args[0]) : null;
  if (!viaModels && modelOptions === undefined && !isGoogleContext(ix, shape, request)) return null;
  const clientNode = viaModels ? clientExpression(shape, 1) : null;
  const client = clientNode ? resolveClient(ix, clientNode) : null;
  const model = modelFrom(ix, request) ?? modelFrom(ix, modelOptions ?? null);
  const evidence = clientEvidence(ix, client?.sdk?.kind === 'google' ? client : null, 'google-genai');
  const system = modelOptions?.get('systemInstruction');
  const parts = system ? promptParts(ix, system, 'system') : [];
  // A request object ({contents, config}) or the content itself (a string, parts, one {role, parts}).
  if (request && !request.has('role') && !request.has('parts') && !request.has('text')) parts.push(...requestParts(ix, request, PROMPT_KEYS.google));
  else if (shape.args[0]) parts.push(...promptParts(ix, shape.args[0], 'user'));
  return {
    family: 'google-genai',
    nameNode: shape.nameNode,
    callee: shape.callee,
    model,
    provider: decideProvider({ ...evidence, family: 'google-genai', model }),
    stream: stream || streamFlag(ix, request),
    maxTokens: maxTokensFrom(ix, request) ?? maxTokensFrom(ix, modelOptions ?? null),
    reasoningEffort: reasoningFrom(ix, request) ?? reasoningFrom(ix, modelOptions ?? null),
    prompt: visiblePrompt(parts),
  };
}

/** Receiver names of a Gemini model in code that does not show where it comes from. */
const MODEL_NAME = /model|gemini|genai|vertex/i;
/** …unless the name says it is the app's own layer around one. */
const WRAPPER_NAME = /service|helper|util|manager|wrapper|handler|controller|repo|store|provider|client/i;

/**
 * With no visible model object: not this class's own method or the app's own object, and either
 * the file uses a Google SDK, the request looks like Gemini's, or the receiver is named like a
 * Gemini model (a model exported by another module, a snippet).
 */
function isGoogleContext(ix: FileIndex, shape: CallShape, request: Map<string, Node> | null): boolean {
  if (isOwnObject(ix, shape.receiver!)) return false;
  if (ix.importsModule((m) => GOOGLE_MODULE.test(m)) || request?.has('contents')) return true;
  const receiver = shape.receiver!;
  const binding = receiver.type === 'identifier' ? ix.lookup(receiver, receiver.text) : null;
  const names = [receiver.type === 'member_expression' ? (receiver.childForFieldName('property')?.text ?? '') : receiver.text];
  if (binding?.kind === 'import') names.push(binding.imported);
  return names.some((name) => MODEL_NAME.test(name) && !WRAPPER_NAME.test(name));
}

/** Where a Gemini model id is chosen: getGenerativeModel({model}), ai.chats.create({model}), ai.models.generateContent({model}). */
const MODEL_CHOICES: Readonly<Record<string, string | null>> = { getGenerativeModel: null, create: 'chats', generateContent: 'models', generateContentStream: 'models' };

/** The model id of the file's Gemini models when they all name the same constant one; else null. */
function soleGeminiModel(ix: FileIndex): string | null {
  return ix.memo('soleGeminiModel', () => {
    const ids = new Set<string | null>();
    for (const nameNode of nameNodesOf(ix.root, ix.text, Object.keys(MODEL_CHOICES))) {
      const shape = callShape(ix, nameNode);
      const owner = MODEL_CHOICES[nameNode.text];
      if (!shape || shape.isNew || !shape.receiver || (owner !== null && shape.path[shape.path.length - 1] !== owner)) continue;
      const request = shape.args[0] ? objectProps(ix, shape.args[0]) : null;
      ids.add(modelFrom(ix, request));
    }
    const [only] = ids;
    return ids.size === 1 ? (only ?? null) : null;
  });
}

/** `chat.sendMessage(…)` where chat = `ai.chats.create({model})` or `model.startChat(…)`. */
function matchChat(ix: FileIndex, shape: CallShape): CallFacts | null {
  const session = chatSession(ix, shape.receiver!);
  const googleFile = ix.importsModule((m) => GOOGLE_MODULE.test(m));
  let options: Map<string, Node> | null = null;
  if (session) {
    if (!googleFile && session.options === undefined) return null;
    options = session.options ?? null;
  } else if (!googleFile || shape.args.length !== 1 || !CHAT_NAME.test(shape.receiver!.text)) {
    // Unresolved receivers (a map of sessions): only a one-argument call on a chat-like name in a Gemini file.
    return null;
  }
  // A chat handed in from elsewhere (a parameter, a session map): the file's one Gemini model, if it has one.
  const model = modelFrom(ix, options) ?? (session?.options ? null : soleGeminiModel(ix));
  const arg = shape.args[0];
  const argProps = arg ? objectProps(ix, arg) : null;
  const message = argProps?.get('message') ?? (argProps ? null : arg);
  return {
    family: 'google-genai',
    nameNode: shape.nameNode,
    callee: shape.callee,
    model,
    provider: decideProvider({ family: 'google-genai', model, weak: { provider: 'google', evidence: 'Gemini chat' } }),
    stream: shape.name.endsWith('Stream'),
    maxTokens: maxTokensFrom(ix, options) ?? maxTokensFrom(ix, argProps),
    reasoningEffort: reasoningFrom(ix, options),
    prompt: visiblePrompt(message ? promptParts(ix, message, 'user') : []),
  };
}
