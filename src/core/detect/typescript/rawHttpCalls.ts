/**
 * Raw HTTP calls to LLM endpoints: fetch / $fetch / ofetch / fetchEventSource, axios (call,
 * .post, .request, instances from axios.create({baseURL})), got, ky, and any `.post(url, body)`
 * with an absolute URL. Only URLs that llmUrls.ts accepts count; the JSON body gives the model.
 */
import type { Node } from 'web-tree-sitter';
import type { ImportBinding } from './bindings';
import type { Family } from '../../model';
import { bodyFacts, requestBody } from './httpBody';
import { jsonBodyFacts, literalJsonBody } from './jsonBody';
import type { CallFacts } from './callFacts';
import type { CallShape } from './callShape';
import { envVarName } from './envVars';
import { evalText } from './evaluate';
import { fetchWrappers } from './fetchWrappers';
import type { FileIndex } from './fileIndex';
import { llmUrl } from './llmUrls';
import { decideProvider } from './providerDecision';
import type { ProviderDecision } from './providerDecision';
import { objectProps, resolveValue } from './resolve';
import { FUNCTION_TYPES, namedKids, unwrap, unwrapAwait } from './syntax';

export const HTTP_NAMES: readonly string[] = ['fetch', '$fetch', 'ofetch', 'fetchEventSource', 'axios', 'post', 'request', 'got', 'ky'];

const FAMILY: Family = 'raw-http';
const FETCH_LIKE = new Set(['fetch', '$fetch', 'ofetch', 'fetchEventSource']);

/** Where a request's URL, body and headers are, per client library. */
interface HttpRequest {
  readonly url: Node | null;
  /** URL prefix from an axios instance's baseURL. */
  readonly base: string;
  /** The body expression (object literal, JSON.stringify(…), JSON text…), or null. */
  readonly body: Node | null;
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
  const urlShape = joinUrl(request.base, evalText(ix, request.url).shape);
  if (request.generic && !/^\s*https?:\/\//i.test(urlShape)) return null;
  const props = request.body ? requestBody(ix, request.body) : null;
  const json = request.body && !props ? literalJsonBody(ix, request.body) : null;
  const keys = props ?? new Map(Object.entries(json ?? {}));
  const looksLikeLlm = ['model', 'messages', 'contents', 'prompt'].some((key) => keys.has(key));
  const target = llmUrl(urlShape, looksLikeLlm);
  if (!target) return null;
  const facts = json ? jsonBodyFacts(json) : bodyFacts(ix, props);
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

/** The names of the file's own fetch wrappers (fetchWrappers.ts), whose calls are raw HTTP calls too. */
export function fetchWrapperNames(ix: FileIndex): string[] {
  return [...localFetchWrappers(ix).keys()];
}

function localFetchWrappers(ix: FileIndex): ReturnType<typeof fetchWrappers> {
  return fetchWrappers(ix, [...FETCH_LIKE], (callee) => FETCH_LIKE.has(libraryOf(ix, callee) ?? ''));
}

function requestOf(ix: FileIndex, shape: CallShape): HttpRequest | null {
  const [first, second] = shape.args;
  const receiver = shape.receiver ? unwrap(shape.receiver) : null;
  const wrapper = receiver ? undefined : localFetchWrappers(ix).get(shape.callee.text);
  if (wrapper && ix.lookup(shape.callee, shape.callee.text)) {
    const initArg = wrapper.initIndex === null ? undefined : shape.args[wrapper.initIndex];
    const init = initArg ? objectProps(ix, initArg) : null;
    return { url: shape.args[wrapper.urlIndex] ?? null, base: '', body: bodyOf(init, ['body', 'json']), headers: init?.get('headers') ?? null, stream: false, generic: false };
  }
  const global = receiver?.type === 'identifier' && ['window', 'globalThis', 'self'].includes(receiver.text);
  if (!receiver || global) {
    const lib = global ? shape.name : libraryOf(ix, shape.callee);
    if (lib && FETCH_LIKE.has(lib)) {
      const init = second ? objectProps(ix, second) : null;
      return { url: first ?? null, base: '', body: bodyOf(init, ['body', 'json']), headers: init?.get('headers') ?? null, stream: lib === 'fetchEventSource', generic: false };
    }
    return lib === 'axios' || lib === 'got' || lib === 'ky' ? configRequest(ix, first, second, '') : null;
  }
  const instance = httpInstance(ix, receiver);
  const receiverLib = (receiver.type === 'identifier' ? libraryOf(ix, receiver) : null) ?? instance?.lib ?? null;
  const instanceBase = instance?.base ?? null;
  const isHttpLib = ['axios', 'got', 'ky'].includes(receiverLib ?? '');
  if (shape.name === 'request' && isHttpLib) return configRequest(ix, first, second, instanceBase ?? '');
  if (shape.name !== 'post' || (!isHttpLib && !isHttpClientPost(ix, receiver, second))) return null;
  const options = second ? objectProps(ix, second) : null;
  // axios.post(url, data, config) vs got/ky.post(url, { json }) (also on their instances).
  const viaOptions = receiverLib === 'got' || receiverLib === 'ky';
  const body = viaOptions ? bodyOf(options, ['json', 'body']) : (second ?? null);
  const config = shape.args[2] ? objectProps(ix, shape.args[2]) : null;
  return { url: first ?? null, base: instanceBase ?? '', body, headers: (viaOptions ? options : config)?.get('headers') ?? null, stream: false, generic: !isHttpLib };
}

/** Route declarations and request mocks: `app.post(url, handler)`, msw `http.post(url, resolver)`, fetch-mock. */
const MOCK_OR_SERVER = /^(msw|@mswjs\/|nock|fetch-mock|jest-fetch-mock|vitest-fetch-mock|axios-mock-adapter|express|fastify|hono|koa|@koa\/router|koa-router|@nestjs\/common)/;

/** A `.post(url, body)` of some HTTP client (Angular HttpClient, NestJS HttpService, a wrapper around fetch). */
function isHttpClientPost(ix: FileIndex, receiver: Node, body: Node | undefined): boolean {
  if (body && FUNCTION_TYPES.has(unwrap(body).type)) return false;
  const root = chainRoot(receiver);
  const binding = root.type === 'identifier' ? ix.lookup(root, root.text) : null;
  return !(binding?.kind === 'import' && MOCK_OR_SERVER.test(binding.module));
}

function chainRoot(expr: Node): Node {
  let current = unwrap(expr);
  while (current.type === 'member_expression' || current.type === 'call_expression') {
    const next = current.childForFieldName(current.type === 'member_expression' ? 'object' : 'function');
    if (!next) break;
    current = unwrap(next);
  }
  return current;
}

/** Packages whose default (or namespace) export is an HTTP client, by the name it is known as. */
const HTTP_MODULES: Readonly<Record<string, string>> = {
  axios: 'axios',
  got: 'got',
  ky: 'ky',
  'node-fetch': 'fetch',
  'cross-fetch': 'fetch',
  'isomorphic-fetch': 'fetch',
  'isomorphic-unfetch': 'fetch',
  unfetch: 'fetch',
  undici: 'fetch',
  ofetch: 'ofetch',
  '@microsoft/fetch-event-source': 'fetchEventSource',
};

/** Whether an import binds an HTTP client function (any local name: `import fetchUrl from 'node-fetch'`). */
export function isHttpClientImport(binding: ImportBinding): boolean {
  return binding.module in HTTP_MODULES && (binding.imported === 'default' || binding.imported === '*');
}

/**
 * Which HTTP client a name refers to: an import of a known package (under any local name), or a
 * global (`fetch`, a script-tag `axios`). Null for the app's own function of the same name.
 */
function libraryOf(ix: FileIndex, id: Node): string | null {
  const binding = ix.lookup(id, id.text);
  if (!binding) return id.text;
  if (binding.kind !== 'import') return null;
  const lib = HTTP_MODULES[binding.module];
  if (!lib) return null;
  return binding.imported === 'default' || binding.imported === '*' ? lib : binding.imported;
}

/** axios(url, config) / axios({url, data}) / axios.request({...}) / got(url, {json}) / ky(url, {json}). */
function configRequest(ix: FileIndex, first: Node | undefined, second: Node | undefined, base: string): HttpRequest | null {
  if (!first) return null;
  const firstProps = objectProps(ix, first);
  const config = firstProps ?? (second ? objectProps(ix, second) : null);
  const url = firstProps ? (firstProps.get('url') ?? null) : first;
  const baseNode = config?.get('baseURL');
  const prefix = baseNode ? evalText(ix, baseNode).shape : base;
  return { url, base: prefix, body: bodyOf(config, ['data', 'json', 'body']), headers: config?.get('headers') ?? null, stream: false, generic: false };
}

function bodyOf(options: Map<string, Node> | null, keys: readonly string[]): Node | null {
  for (const key of keys) {
    const node = options?.get(key);
    if (node) return node;
  }
  return null;
}

/**
 * An instance of an HTTP library (`const api = axios.create({ baseURL })`, `ky.create({ prefixUrl })`,
 * `got.extend(…)`): the library and the base URL ('' when none), or null if not one.
 */
function httpInstance(ix: FileIndex, receiver: Node): { lib: string; base: string } | null {
  const value = unwrapAwait(resolveValue(ix, receiver));
  if (value.type !== 'call_expression') return null;
  const fn = value.childForFieldName('function');
  if (fn?.type !== 'member_expression' || !/^(create|extend)$/.test(fn.childForFieldName('property')?.text ?? '')) return null;
  const lib = fn.childForFieldName('object')?.text ?? '';
  if (!/^(axios|got|ky)$/.test(lib)) return null;
  const options = value.childForFieldName('arguments')?.namedChild(0);
  const props = options ? objectProps(ix, options) : null;
  const base = props?.get('baseURL') ?? props?.get('prefixUrl');
  return { lib, base: base ? evalText(ix, base).shape : '' };
}

/** A request URL under a base URL, joined as axios, got and ky join them: with one slash between. */
function joinUrl(base: string, url: string): string {
  if (base === '' || /^\s*[a-z][a-z0-9+.-]*:\/\//i.test(url)) return url;
  return `${base.replace(/\/+$/, '')}/${url.replace(/^\/+/, '')}`;
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
