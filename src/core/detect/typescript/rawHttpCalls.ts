/**
 * Raw HTTP calls to LLM endpoints: fetch / $fetch / ofetch / fetchEventSource, axios (call,
 * .post, .request, instances from axios.create({baseURL})), got, ky, and any `.post(url, body)`
 * with an absolute URL. Only URLs that llmUrls.ts accepts count; the JSON body gives the model.
 */
import type { Node } from 'web-tree-sitter';
import type { Family } from '../../model';
import { bodyFacts } from './httpBody';
import type { CallFacts } from './callFacts';
import type { CallShape } from './callShape';
import { envVarName } from './envVars';
import { evalText } from './evaluate';
import type { FileIndex } from './fileIndex';
import { llmUrl } from './llmUrls';
import { decideProvider } from './providerDecision';
import type { ProviderDecision } from './providerDecision';
import { objectProps, resolveValue } from './resolve';
import { namedKids, unwrap, unwrapAwait } from './syntax';

export const HTTP_NAMES: readonly string[] = ['fetch', '$fetch', 'ofetch', 'fetchEventSource', 'axios', 'post', 'request', 'got', 'ky'];

const FAMILY: Family = 'raw-http';
const FETCH_LIKE = new Set(['fetch', '$fetch', 'ofetch', 'fetchEventSource']);

/** Where a request's URL, body and headers are, per client library. */
interface HttpRequest {
  readonly url: Node | null;
  /** URL prefix from an axios instance's baseURL. */
  readonly base: string;
  readonly body: Map<string, Node> | null;
  readonly headers: Node | null;
  readonly stream: boolean;
  /** Generic `.post` on an unknown object: only absolute URLs count. */
  readonly generic: boolean;
}

/** A raw HTTP call to an LLM endpoint at this shape, or null. */
export function matchRawHttp(ix: FileIndex, shape: CallShape): CallFacts | null {
  if (shape.isNew) return null;
  const request = requestOf(ix, shape);
  if (!request?.url) return null;
  const urlShape = request.base + evalText(ix, request.url).shape;
  if (request.generic && !/^\s*https?:\/\//i.test(urlShape)) return null;
  const body = request.body;
  const looksLikeLlm = !!body && (body.has('model') || body.has('messages') || body.has('contents') || body.has('prompt'));
  const target = llmUrl(urlShape, looksLikeLlm);
  if (!target) return null;
  const facts = bodyFacts(ix, body);
  const model = facts.model ?? target.model;
  return {
    family: FAMILY,
    nameNode: shape.nameNode,
    callee: shape.callee,
    model,
    provider: target.provider ? decideProvider({ family: FAMILY, url: { url: urlShape, label: 'URL' } }) : unstatedHost(ix, request),
    stream: request.stream || target.stream || facts.stream,
    maxTokens: facts.maxTokens,
    reasoningEffort: facts.reasoningEffort,
    prompt: facts.prompt,
  };
}

/** With the host not stated, an env var (in the URL or a header: `Bearer ${process.env.KEY}`) is the best clue. */
function unstatedHost(ix: FileIndex, request: HttpRequest): ProviderDecision {
  const decided = decideProvider({ family: FAMILY, envVars: [...envVarsIn(ix, request.url), ...envVarsIn(ix, request.headers)] });
  return decided.providerEvidence.startsWith('env ') ? decided : { provider: 'custom', providerEvidence: 'URL with unstated host', baseUrl: null };
}

function requestOf(ix: FileIndex, shape: CallShape): HttpRequest | null {
  const [first, second] = shape.args;
  const name = shape.name;
  const receiver = shape.receiver ? unwrap(shape.receiver) : null;
  const receiverName = receiver?.type === 'identifier' ? receiver.text : null;
  if (!receiver || ['window', 'globalThis', 'self'].includes(receiverName ?? '')) {
    if (FETCH_LIKE.has(name) && !isLocalFunction(ix, shape)) {
      const init = second ? objectProps(ix, second) : null;
      return { url: first ?? null, base: '', body: bodyOf(ix, init, ['body', 'json']), headers: init?.get('headers') ?? null, stream: name === 'fetchEventSource', generic: false };
    }
    if ((name === 'axios' || name === 'got' || name === 'ky') && !isLocalFunction(ix, shape)) return configRequest(ix, first, second, '');
    return null;
  }
  const instanceBase = axiosInstanceBase(ix, receiver);
  const isHttpLib = ['axios', 'got', 'ky'].includes(receiverName ?? '') || instanceBase !== null;
  if (name === 'request' && isHttpLib) return configRequest(ix, first, second, instanceBase ?? '');
  if (name !== 'post') return null;
  const options = second ? objectProps(ix, second) : null;
  // axios.post(url, data, config) vs got/ky.post(url, { json }).
  const viaOptions = receiverName === 'got' || receiverName === 'ky';
  const body = viaOptions ? bodyOf(ix, options, ['json', 'body']) : second ? dataOf(ix, second) : null;
  const config = shape.args[2] ? objectProps(ix, shape.args[2]) : null;
  return { url: first ?? null, base: instanceBase ?? '', body, headers: (viaOptions ? options : config)?.get('headers') ?? null, stream: false, generic: !isHttpLib };
}

/** axios(url, config) / axios({url, data}) / axios.request({...}) / got(url, {json}) / ky(url, {json}). */
function configRequest(ix: FileIndex, first: Node | undefined, second: Node | undefined, base: string): HttpRequest | null {
  if (!first) return null;
  const firstProps = objectProps(ix, first);
  const config = firstProps ?? (second ? objectProps(ix, second) : null);
  const url = firstProps ? (firstProps.get('url') ?? null) : first;
  const baseNode = config?.get('baseURL');
  const prefix = baseNode ? evalText(ix, baseNode).shape : base;
  return { url, base: prefix, body: bodyOf(ix, config, ['data', 'json', 'body']), headers: config?.get('headers') ?? null, stream: false, generic: false };
}

function bodyOf(ix: FileIndex, options: Map<string, Node> | null, keys: readonly string[]): Map<string, Node> | null {
  for (const key of keys) {
    const node = options?.get(key);
    if (node) return dataOf(ix, node);
  }
  return null;
}

/** A request body: an object literal, or the object inside JSON.stringify(…). */
function dataOf(ix: FileIndex, node: Node): Map<string, Node> | null {
  const value = unwrapAwait(resolveValue(ix, node));
  if (value.type === 'object') return objectProps(ix, value);
  if (value.type === 'call_expression' && /(^|\.)stringify$/.test(value.childForFieldName('function')?.text ?? '')) {
    const inner = value.childForFieldName('arguments')?.namedChild(0);
    return inner ? objectProps(ix, inner) : null;
  }
  return null;
}

/** The baseURL of an axios instance (`const api = axios.create({ baseURL })`), or null if not one. */
function axiosInstanceBase(ix: FileIndex, receiver: Node): string | null {
  const value = unwrapAwait(resolveValue(ix, receiver));
  if (value.type !== 'call_expression') return null;
  const fn = value.childForFieldName('function');
  if (fn?.type !== 'member_expression' || fn.childForFieldName('property')?.text !== 'create') return null;
  if (!/^(axios|got|ky)$/.test(fn.childForFieldName('object')?.text ?? '')) return null;
  const options = value.childForFieldName('arguments')?.namedChild(0);
  const props = options ? objectProps(ix, options) : null;
  const base = props?.get('baseURL') ?? props?.get('prefixUrl');
  return base ? evalText(ix, base).shape : '';
}

/** A function of that name declared in the file (a wrapper, not the library). */
function isLocalFunction(ix: FileIndex, shape: CallShape): boolean {
  const binding = ix.lookup(shape.callee, shape.name);
  return binding?.kind === 'function' || (binding?.kind === 'value' && binding.source !== null && binding.source.type.includes('function'));
}

/** Env vars an expression mentions (the URL, or header values such as `Bearer ${process.env.KEY}`). */
function envVarsIn(ix: FileIndex, node: Node | null): string[] {
  if (!node) return [];
  const out: string[] = [];
  const visit = (n: Node, depth: number): void => {
    if (depth > 4) return;
    const direct = envVarName(ix, n);
    if (direct) {
      out.push(direct);
      return;
    }
    const value = resolveValue(ix, n);
    for (const child of namedKids(value.id === n.id ? n : value)) visit(child.type === 'pair' ? (child.childForFieldName('value') ?? child) : child, depth + 1);
  };
  visit(node, 0);
  return out;
}
