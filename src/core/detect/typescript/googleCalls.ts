/**
 * Google Gen AI calls: `ai.models.generateContent({model, contents})` (@google/genai),
 * `genAI.getGenerativeModel({model}).generateContent(prompt)` (@google/generative-ai, Vertex AI,
 * Firebase), their *Stream variants, and `chat.sendMessage` on a chat created from one of those.
 */
import type { Node } from 'web-tree-sitter';
import type { CallFacts } from './callFacts';
import { PROMPT_KEYS } from './callFacts';
import type { CallShape } from './callShape';
import { clientExpression } from './callShape';
import { clientEvidence } from './clientEvidence';
import { resolveClient } from './clients';
import type { FileIndex } from './fileIndex';
import { decideProvider } from './providerDecision';
import { promptParts, requestParts, visiblePrompt } from './prompt';
import { maxTokensFrom, modelFrom, reasoningFrom, streamFlag } from './requestOptions';
import { objectProps, resolveValue } from './resolve';
import { unwrapAwait } from './syntax';

export const GOOGLE_METHODS: readonly string[] = ['generateContent', 'generateContentStream', 'sendMessage', 'sendMessageStream'];

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

/**
 * With no visible model object: the file uses a Google SDK or the request looks like Gemini's,
 * and the receiver is not this class's own method or an instance of a class declared here.
 */
function isGoogleContext(ix: FileIndex, shape: CallShape, request: Map<string, Node> | null): boolean {
  if (shape.root?.type === 'this' && shape.path.length === 0) return false;
  const receiver = unwrapAwait(resolveValue(ix, shape.receiver!));
  if (receiver.type === 'new_expression') {
    const ctor = receiver.childForFieldName('constructor');
    const binding = ctor?.type === 'identifier' ? ix.lookup(ctor, ctor.text) : null;
    if (binding?.kind === 'class') return false;
  }
  return ix.importsModule((m) => GOOGLE_MODULE.test(m)) || !!request?.has('contents');
}

/** `chat.sendMessage(…)` where chat = `ai.chats.create({model})` or `model.startChat(…)`. */
function matchChat(ix: FileIndex, shape: CallShape): CallFacts | null {
  const chat = unwrapAwait(resolveValue(ix, shape.receiver!));
  if (chat.type !== 'call_expression') return null;
  const fn = chat.childForFieldName('function');
  if (fn?.type !== 'member_expression') return null;
  const method = fn.childForFieldName('property')?.text;
  const owner = fn.childForFieldName('object');
  let options: Map<string, Node> | null = null;
  if (method === 'create' && owner?.type === 'member_expression' && owner.childForFieldName('property')?.text === 'chats') {
    const first = chat.childForFieldName('arguments')?.namedChild(0);
    options = first ? objectProps(ix, first) : null;
    if (!ix.importsModule((m) => GOOGLE_MODULE.test(m)) && !options?.has('model')) return null;
  } else if (method === 'startChat' && owner) {
    const modelOptions = generativeModelOptions(ix, owner);
    if (modelOptions === undefined && !ix.importsModule((m) => GOOGLE_MODULE.test(m))) return null;
    options = modelOptions ?? null;
  } else {
    return null;
  }
  const model = modelFrom(ix, options);
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
