/**
 * Raw HTTP calls to LLM endpoints: `requests.post`, `httpx.post`, `client.post` on an httpx /
 * requests / aiohttp client (its `base_url` joined), `requests.request("POST", …)`,
 * `urllib.request.Request`, `urlopen(url, data)` and `http.client` connections. Only URLs that
 * point at a known LLM host, or at any host with an LLM route, count.
 */
import type { Node } from 'web-tree-sitter';
import type { ProviderId } from '../../model';
import { hostOf, isLlmRoute, providerFromModelName, providerFromUrl } from '../providerHints';
import { ArgBag } from './argBag';
import { maxTokensOption, reasoningOption, streamOption } from './callOptions';
import type { Hit, ProviderChoice, PyContext } from './pyContext';
import { jsonBodyOf, PromptCollector } from './promptCollector';
import { callArgs, calleePath, receiverOf, unwrap } from './syntax';

/** Callee names that may send an HTTP request. */
export const HTTP_METHODS: ReadonlySet<string> = new Set(['post', 'request', 'stream', 'Request', 'urlopen']);

/** Routes that are LLM calls even when the host is not known (placeholder or unlisted host; Ollama's port). */
const STRONG_ROUTE = /\/chat\/completions\b|:(stream)?[gG]enerateContent\b|:11434\/api\/(chat|generate|embed)\b/;
/** Versioned LLM routes: enough on a custom host, and on a placeholder host with a prompt-shaped body. */
const LLM_ROUTE = /\/v\d+\/(messages|completions|responses|embeddings)\b|\/model\/[^/]+\/(converse|invoke)/;
/** isLlmRoute ignores case; the pre-filter triggers are case-sensitive, so the route words must match as written. */
const ROUTE_WORDS = /completions|responses|embeddings|messages|converse|invoke|enerateContent/;
/** Routes of known hosts that are not token-priced calls. */
const NOT_A_CALL_ROUTE = /\/(files|fine_tuning|fine-tunes|batches|images|audio|moderations|uploads|vector_stores|assistants|threads|realtime|organization|dashboard|user\/balance|user\/info)\b/;
/** Hosts that also serve APIs other than LLMs (vision, IAM, Vertex predictions): only LLM routes count there. */
const MIXED_HOSTS = /(cognitiveservices\.azure\.com|googleapis\.com|myhuaweicloud\.com)$/;
const MIXED_HOST_LLM_PATH = /\/openai\/|\/models\/[^/]+\/chat|\/infers?\/|:(batchEmbedContents|embedContent)\b/;
const CONNECTIONS = new Set(['HTTPSConnection', 'HTTPConnection']);

/** Matches a raw HTTP request to an LLM endpoint; null otherwise. */
export function matchRawHttpCall(ctx: PyContext, call: Node, nameNode: Node): Hit | null {
  const name = nameNode.text;
  if (!HTTP_METHODS.has(name)) return null;
  const fn = call.childForFieldName('function');
  if (!fn) return null;
  if (name === 'Request' && !isUrllibRequest(ctx, fn)) return null;
  const bag = ArgBag.ofCall(ctx.r, call);
  // `requests.request("POST", url)`, httpx `client.stream("POST", url)`: the method comes first.
  const withMethod = name === 'request' || name === 'stream';
  const method = withMethod ? bag.positional[0] ?? bag.get('method') : null;
  if (withMethod && !/^post$/i.test(method ? ctx.r.exactString(method) ?? '' : '')) return null;
  const urlNode = (withMethod ? bag.positional[1] : bag.positional[0]) ?? bag.get('url');
  if (!urlNode) return null;
  if (name === 'urlopen' && ctx.r.resolve(urlNode)?.type === 'call') return null;
  const url = fullUrl(ctx, urlNode, receiverOf(call));
  if (url === null) return null;
  const host = hostOf(url);
  const known = host !== null ? providerFromUrl(url) : null;
  // `@app.post("/v1/chat/completions")` defines a route; it does not call one.
  if (call.parent?.type === 'decorator') return null;
  const body = bodyOf(ctx, bag, name);
  const promptBody = body !== null && body.has('messages', 'prompt', 'contents', 'input');
  if (known === null) {
    if (!STRONG_ROUTE.test(url) && !(LLM_ROUTE.test(url) && promptBody)) return null;
  } else if (known === 'custom') {
    // `/messages`, `/responses` … alone are common routes of ordinary web apps: ask for an LLM-shaped body.
    const llmBody = promptBody && body.has('model');
    if (!STRONG_ROUTE.test(url) && !LLM_ROUTE.test(url) && !(isLlmRoute(url) && ROUTE_WORDS.test(url) && llmBody)) return null;
  } else if (NOT_A_CALL_ROUTE.test(url.split('?')[0]) || (MIXED_HOSTS.test(host ?? '') && !isLlmRoute(url) && !MIXED_HOST_LLM_PATH.test(url))) {
    return null;
  }
  const model = (body?.string('model') ?? null) || modelFromUrl(url);
  return {
    family: 'raw-http',
    call,
    nameNode,
    model,
    ...providerOf(ctx, url, known, bag, urlNode, model),
    stream: name === 'stream' || (body ? streamOption(body) : false) || bag.bool('stream') === true || /stream/i.test(url.split('?')[0]),
    maxTokens: body ? maxTokensOption(body) : null,
    reasoningEffort: body ? reasoningOption(body) : null,
    prompt: promptOf(ctx, body),
  };
}

function isUrllibRequest(ctx: PyContext, fn: Node): boolean {
  const names = calleePath(fn).names;
  const q = ctx.index.qualifiedImport(names[0] ?? '') ?? '';
  return q.startsWith('urllib') || names.includes('urllib');
}

/** The URL text (unknown parts as `{expr}`), a relative path joined to the client's base URL. */
function fullUrl(ctx: PyContext, urlNode: Node, receiver: Node | null): string | null {
  const v = ctx.r.string(urlNode);
  if (!v) return null;
  if (!v.text.startsWith('/')) return v.text;
  if (!receiver) return null;
  const client = ctx.clients.clientOf(receiver);
  if (client && client.sdk === 'http' && client.baseUrl) return client.baseUrl.replace(/\/+$/, '') + v.text;
  const conn = ctx.r.resolve(receiver);
  const ctor = conn && conn.type === 'call' ? conn.childForFieldName('function') : null;
  const ctorName = ctor ? calleePath(ctor).names.at(-1) ?? '' : '';
  if (conn && CONNECTIONS.has(ctorName)) {
    const hostArg = ArgBag.ofCall(ctx.r, conn).positional[0];
    const h = hostArg ? ctx.r.exactString(hostArg) : null;
    if (h) return `${ctorName === 'HTTPConnection' ? 'http' : 'https'}://${h}${v.text}`;
  }
  return null;
}

function bodyOf(ctx: PyContext, bag: ArgBag, name: string): ArgBag | null {
  const candidates = [bag.get('json'), bag.get('data'), bag.get('content'), bag.get('body'), name === 'request' || name === 'stream' ? bag.positional[2] : bag.positional[1]];
  for (const c of candidates) {
    if (!c) continue;
    const dict = jsonBodyOf(ctx.r, c);
    if (dict && (dict.type === 'dictionary' || (dict.type === 'call' && dict.childForFieldName('function')?.text === 'dict'))) return ArgBag.ofDict(ctx.r, dict);
  }
  return null;
}

/** Models named in the URL: Gemini `models/<m>:generateContent`, Azure deployments, Bedrock `/model/<id>/`. */
function modelFromUrl(url: string): string | null {
  const m = /\/models\/([^/:?{}]+):/.exec(url) ?? /\/deployments\/([^/?{}]+)\//.exec(url) ?? /\/model\/([^/?{}]+)\/(converse|invoke)/.exec(url);
  return m ? decodeURIComponent(m[1]) : null;
}

function providerOf(ctx: PyContext, url: string, known: ProviderId | null, bag: ArgBag, urlNode: Node, model: string | null): ProviderChoice {
  const host = hostOf(url);
  if (known && known !== 'custom') return { provider: known, providerEvidence: `url ${host}`, baseUrl: url };
  const hints = [...interpolations(ctx, urlNode), ...headerValues(ctx, bag)];
  const env = ctx.clients.envEvidence(hints);
  if (env) return { provider: env.provider, providerEvidence: env.evidence, baseUrl: url };
  const byModel = model ? providerFromModelName(model) : null;
  if (known === null && byModel === 'deepseek') return { provider: byModel, providerEvidence: `model ${model}`, baseUrl: url };
  return { provider: 'custom', providerEvidence: host ? `url ${host}` : `url ${url}`, baseUrl: url };
}

/** The expressions filled into an f-string, `.format(...)` or `%` URL (they may read `DEEPSEEK_BASE_URL`). */
function interpolations(ctx: PyContext, node: Node): Node[] {
  const n = ctx.r.resolve(node);
  if (!n) return [];
  if (n.type === 'string') {
    return n.namedChildren.filter((c): c is Node => c !== null && c.type === 'interpolation').map((c) => c.childForFieldName('expression')).filter((e): e is Node => e !== null);
  }
  if (n.type === 'binary_operator' && n.child(1)?.type === '%') {
    const values = n.childForFieldName('right');
    const v = values ? unwrap(values) : null;
    return v ? (v.type === 'tuple' ? v.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') : [v]) : [];
  }
  const fn = n.type === 'call' ? n.childForFieldName('function') : null;
  if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'format') return [];
  const args = callArgs(n);
  return [...args.positional, ...args.keywords.values()];
}

/** Header values and the expressions interpolated into them (`f"Bearer {DEEPSEEK_API_KEY}"`). */
function headerValues(ctx: PyContext, bag: ArgBag): Node[] {
  const headers = bag.get('headers');
  const dict = headers ? ctx.r.resolve(headers) : null;
  if (!dict || dict.type !== 'dictionary') return [];
  const out: Node[] = [];
  for (const pair of dict.namedChildren) {
    const value = pair?.type === 'pair' ? pair.childForFieldName('value') : null;
    if (!value) continue;
    out.push(value, ...interpolations(ctx, value));
  }
  return out;
}

function promptOf(ctx: PyContext, body: ArgBag | null): Hit['prompt'] {
  const p = new PromptCollector(ctx.r);
  if (!body) {
    p.unknownPart('user');
    return p.result();
  }
  const system = body.get('system') ?? body.get('instructions') ?? body.get('system_instruction');
  if (system) p.content('system', system);
  const messages = body.get('messages') ?? body.get('contents') ?? body.get('input') ?? body.get('prompt');
  if (messages) p.messageList(messages);
  if (!system && !messages) p.unknownPart('user');
  return p.result();
}
