/**
 * Client and provider resolution: finds the constructor a receiver refers to (a variable,
 * `self.client`, a module-level client, a helper's return value, an inline constructor, a
 * wrapper such as `instructor.from_openai(OpenAI(...))`) and reads its evidence: class, base URL,
 * API-key env-var names. Priority: explicit URL > client class > env var name.
 */
import type { Node } from 'web-tree-sitter';
import type { ProviderId } from '../../model';
import { hostOf, providerFromEnvVar, providerFromUrl } from '../providerHints';
import type { ClientClass, SdkGroup } from './clientClasses';
import { CLIENT_CLASSES, HTTP_CLIENT_CLASSES, KEY_KEYWORDS, URL_KEYWORDS } from './clientClasses';
import type { Resolver } from './resolveValue';
import { ArgBag } from './argBag';
import { envVarNames } from './envVarNames';
import { calleePath, unwrap } from './syntax';

/** A resolved client and the provider evidence it carries. */
export interface ClientInfo {
  readonly sdk: SdkGroup;
  readonly className: string;
  /** Null when the client says nothing about its host (the family default applies). */
  readonly provider: ProviderId | null;
  readonly evidence: string | null;
  readonly baseUrl: string | null;
  /** The constructor call, when there is one (GenerativeModel carries the model). */
  readonly call: Node | null;
}

/** Provider evidence read from a constructor's keywords or a module's settings. */
export interface Evidence {
  readonly provider: ProviderId;
  readonly evidence: string;
  readonly baseUrl: string | null;
}

/** Resolves receivers to clients; one per file. */
export class ClientResolver {
  private readonly fallbacks = new Map<SdkGroup, ClientInfo | null>();
  private readonly byConstructor = new Map<number, ClientInfo | null>();

  constructor(private readonly r: Resolver, private readonly constructors: readonly Node[]) {}

  /** The client a receiver expression refers to, or null when it cannot be told. */
  clientOf(receiver: Node): ClientInfo | null {
    if (this.undecided(receiver)) return null;
    const t = this.r.resolve(receiver);
    if (!t) return null;
    if (t.type === 'call') return this.fromConstructor(t, 0);
    if (t.type === 'identifier') {
      const q = this.r.index.qualifiedImport(t.text);
      if (q === 'openai') return this.moduleClient(t.text);
      return null;
    }
    if (t.type === 'type') return this.fromTypeHint(t);
    return null;
  }

  /**
   * A factory call whose branches cannot be decided (`make_client(kind)`, kind unknown) and whose
   * returns disagree on the provider: the first return would be a guess, so the receiver stays unknown.
   */
  private undecided(receiver: Node): boolean {
    const open = this.r.helpers.openReturns(receiver);
    if (open.length < 2) return false;
    const infos = open.map((v) => this.r.resolve(v)).map((t) => (t && t.type === 'call' ? this.fromConstructor(t, 0) : null)).filter((i): i is ClientInfo => i !== null);
    return infos.some((i) => i.provider !== infos[0].provider || i.sdk !== infos[0].sdk);
  }

  /** Client evidence from a constructor call (or a wrapper call around one). */
  fromConstructor(call: Node, depth: number): ClientInfo | null {
    if (depth > 0) return this.readConstructor(call, depth);
    let info = this.byConstructor.get(call.id);
    if (info === undefined) {
      info = this.readConstructor(call, 0);
      this.byConstructor.set(call.id, info);
    }
    return info;
  }

  private readConstructor(call: Node, depth: number): ClientInfo | null {
    const fn = call.childForFieldName('function');
    if (!fn) return null;
    const path = calleePath(fn);
    const written = path.names[path.names.length - 1] ?? '';
    // `from openai import OpenAI as DeepSeekClient`: the class is the imported name.
    const name = fn.type === 'identifier' && !CLIENT_CLASSES[written] ? this.r.index.importOf(written)?.name ?? written : written;
    const args = ArgBag.ofCall(this.r, call);
    if (name === 'client' || name === 'resource') {
      const service = args.positional[0] ?? args.get('service_name');
      const s = service ? this.r.exactString(service) : null;
      if (s && s.includes('bedrock')) return { sdk: 'bedrock', className: 'boto3', provider: 'aws-bedrock', evidence: `boto3 ${s} client`, baseUrl: null, call };
      return null;
    }
    const cls = this.classOf(fn, name, written);
    if (cls) {
      const ev = this.keywordEvidence(args.keywords()) ?? (cls.sdk === 'openai' && !cls.provider ? this.environmentEvidence() : null);
      const provider = ev?.fromUrl ? ev.provider : cls.provider ?? ev?.provider ?? null;
      const evidence = ev?.fromUrl || !cls.provider ? ev?.evidence ?? null : `${name} client`;
      return { sdk: cls.sdk, className: name, provider, evidence, baseUrl: ev?.baseUrl ?? null, call };
    }
    if (HTTP_CLIENT_CLASSES.has(name)) {
      const url = args.get('base_url');
      const v = url ? this.r.string(url) : null;
      return { sdk: 'http', className: name, provider: null, evidence: null, baseUrl: v ? v.text : null, call };
    }
    const foreign = this.foreignClient(fn, written);
    if (foreign) return { ...foreign, call };
    // An Azure AI Foundry project hands out OpenAI clients on its own endpoint (azure-ai-projects:
    // `project.get_openai_client()`, older `project.inference.get_azure_openai_client()`).
    if ((name === 'get_openai_client' || name === 'get_azure_openai_client') && fn.type === 'attribute') {
      return { sdk: 'openai', className: 'AIProjectClient', provider: 'azure-foundry', evidence: `${name}() of an Azure AI Foundry project`, baseUrl: null, call };
    }
    // `client.with_options(timeout=30)` and `client.copy()` keep the client's host.
    if ((name === 'with_options' || name === 'copy') && fn.type === 'attribute') {
      const object = fn.childForFieldName('object');
      return object && depth < 3 ? this.clientOf(object) : null;
    }
    if (depth >= 2) return null;
    for (const arg of [...args.positional, args.get('client')]) {
      if (!arg) continue;
      const inner = this.r.resolve(arg);
      const info = inner && inner.type === 'call' ? this.fromConstructor(inner, depth + 1) : null;
      if (info) return info;
    }
    return null;
  }

  /** The one client of an SDK the file constructs (or several that agree on the provider). */
  fallback(sdk: SdkGroup): ClientInfo | null {
    if (this.fallbacks.has(sdk)) return this.fallbacks.get(sdk) ?? null;
    const infos = this.constructors.map((c) => this.fromConstructor(c, 0)).filter((i): i is ClientInfo => i !== null && i.sdk === sdk);
    const agreed = infos.length > 0 && infos.every((i) => i.provider === infos[0].provider) ? infos[0] : null;
    this.fallbacks.set(sdk, agreed);
    return agreed;
  }

  /** Evidence from keyword arguments: a base URL, else API-key / URL env-var names. */
  keywordEvidence(keywords: ReadonlyMap<string, Node>): (Evidence & { fromUrl: boolean }) | null {
    const urlNodes: Node[] = [];
    for (const k of URL_KEYWORDS) {
      const v = keywords.get(k);
      if (v) urlNodes.push(v);
    }
    const httpOptions = keywords.get('http_options');
    const nested = httpOptions ? this.r.resolve(httpOptions) : null;
    const nestedUrl = nested ? this.r.entry(nested, 'base_url') : null;
    if (nestedUrl) urlNodes.push(nestedUrl);
    for (const node of urlNodes) {
      const url = this.fromUrl(node);
      if (url) return { ...url, fromUrl: true };
    }
    const keyNodes = KEY_KEYWORDS.map((k) => keywords.get(k)).filter((n): n is Node => n !== undefined);
    const env = this.envEvidence([...urlNodes, ...keyNodes]);
    return env ? { ...env, fromUrl: false } : null;
  }

  /** Evidence from an expression holding a URL (literal, constant, getenv default, f-string). */
  fromUrl(node: Node): Evidence | null {
    const v = this.r.string(node);
    if (!v || hostOf(v.text) === null) return null;
    const provider = providerFromUrl(v.text);
    return provider ? { provider, evidence: `base_url ${v.text}`, baseUrl: v.text } : null;
  }

  /** Evidence from env-var names read by (or naming) these expressions; non-OpenAI names win. */
  envEvidence(nodes: readonly Node[]): Evidence | null {
    const names: string[] = [];
    for (const node of nodes) {
      names.push(...envVarNames(this.r, node));
      const n = unwrap(node);
      const own = n.type === 'identifier' ? n.text : n.type === 'attribute' ? n.childForFieldName('attribute')?.text : undefined;
      if (own) names.push(own.toUpperCase());
    }
    let best: Evidence | null = null;
    for (const name of names) {
      const provider = providerFromEnvVar(name);
      if (!provider) continue;
      if (provider !== 'openai') return { provider, evidence: `env ${name}`, baseUrl: null };
      best ??= { provider, evidence: `env ${name}`, baseUrl: null };
    }
    return best;
  }

  /** `os.environ["OPENAI_BASE_URL"] = "https://…"` set in this file, read by OpenAI() without arguments. */
  private environmentEvidence(): (Evidence & { fromUrl: boolean }) | null {
    for (const key of ['OPENAI_BASE_URL', 'OPENAI_API_BASE']) {
      const bs = this.r.index.bindings(`os.environ["${key}"]`);
      const value = bs.length > 0 ? bs[bs.length - 1].value : null;
      const ev = value ? this.fromUrl(value) : null;
      if (ev) return { ...ev, evidence: `${key} ${ev.baseUrl}`, fromUrl: true };
    }
    return null;
  }

  private classOf(fn: Node, name: string, written: string): ClientClass | null {
    const path = calleePath(fn);
    const root = path.base ? (path.base.type === 'identifier' ? path.base.text : null) : written;
    const q = root ? this.r.index.qualifiedImport(root) ?? '' : '';
    // `openai.Client` / `anthropic.Client` are aliases of the main client classes.
    if (name === 'Client' || name === 'AsyncClient') {
      if (/genai/.test(q)) return CLIENT_CLASSES.Client;
      if (q.startsWith('openai')) return CLIENT_CLASSES.OpenAI;
      if (q.startsWith('anthropic')) return CLIENT_CLASSES.Anthropic;
      return null;
    }
    const cls = CLIENT_CLASSES[name];
    if (cls) {
      // LangChain and LlamaIndex reuse the names OpenAI / AzureOpenAI for their own model classes.
      return /^(langchain|llama_index)/.test(q) ? null : cls;
    }
    // A subclass of an SDK client defined in this file.
    const local = path.base === null ? this.r.index.classNamed(name) : undefined;
    for (const base of local?.childForFieldName('superclasses')?.namedChildren ?? []) {
      const baseName = base ? calleePath(base).names.at(-1) ?? '' : '';
      if (CLIENT_CLASSES[baseName] && baseName !== 'Client') return CLIENT_CLASSES[baseName];
    }
    return null;
  }

  /**
   * A client class of another SDK (`ZhipuAI()`, `Ark()`): a capitalised class imported from a
   * package that is not one we know. It serves OpenAI-shaped calls on its own host.
   */
  private foreignClient(fn: Node, written: string): Omit<ClientInfo, 'call'> | null {
    if (fn.type !== 'identifier' || !/^[A-Z][A-Za-z0-9]*$/.test(written)) return null;
    const ref = this.r.index.importOf(written);
    if (!ref || ref.name === null || /^(openai|anthropic|google|langchain|llama_index|unittest|pytest|typing|types|collections|dataclasses|mock)\b/.test(ref.module)) return null;
    return { sdk: 'other', className: written, provider: 'custom', evidence: `${written} client`, baseUrl: null };
  }

  /** Settings of the `openai` module itself (`openai.api_base = …`, `openai.api_type = "azure"`). */
  private moduleClient(alias: string): ClientInfo {
    const latest = (attr: string): Node | null => {
      const bs = this.r.index.bindings(`${alias}.${attr}`);
      return bs.length > 0 ? bs[bs.length - 1].value : null;
    };
    const base = { sdk: 'openai' as const, className: alias, call: null };
    for (const attr of ['base_url', 'api_base', 'azure_endpoint']) {
      const node = latest(attr);
      const ev = node ? this.fromUrl(node) : null;
      if (ev) return { ...base, provider: ev.provider, evidence: `${alias}.${attr} ${ev.baseUrl}`, baseUrl: ev.baseUrl };
    }
    const type = latest('api_type');
    if (type && /^azure/i.test(this.r.exactString(type) ?? '')) return { ...base, provider: 'azure-foundry', evidence: `${alias}.api_type azure`, baseUrl: null };
    const nodes = ['api_key', 'base_url', 'api_base'].map(latest).filter((n): n is Node => n !== null);
    const env = this.envEvidence(nodes);
    return { ...base, provider: env?.provider ?? null, evidence: env?.evidence ?? null, baseUrl: null };
  }

  private fromTypeHint(type: Node): ClientInfo | null {
    const names = type.text.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
    for (const name of names) {
      const cls = CLIENT_CLASSES[name];
      if (cls && name !== 'Client') return { sdk: cls.sdk, className: name, provider: cls.provider, evidence: cls.provider ? `${name} type hint` : null, baseUrl: null, call: null };
    }
    return null;
  }
}
