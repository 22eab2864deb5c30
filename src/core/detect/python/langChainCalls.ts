/**
 * LangChain invocations: `.invoke/.stream/.batch/...` (and old-style `llm(...)`) on a chat model
 * built in this file, or on a runnable derived from it (`prompt | llm`, `llm.with_structured_output(…)`,
 * `llm.bind_tools(…)`, `create_react_agent(llm, …)`). Models that are built but never invoked
 * here are reported at their constructor.
 */
import type { Node } from 'web-tree-sitter';
import { ArgBag } from './argBag';
import { familyDefaultProvider, LANGCHAIN_CLASS_NAMES, providerFromLangChainClass } from '../providerHints';
import type { LangChainModel } from './langChainModels';
import { isLangChainConstructor, langChainModel } from './langChainModels';
import type { Hit, PyContext } from './pyContext';
import { PromptCollector } from './promptCollector';
import { calleePath, receiverOf, unwrap } from './syntax';

/** Methods that run a runnable. */
export const INVOKE_METHODS: ReadonlySet<string> = new Set([
  'invoke', 'ainvoke', 'stream', 'astream', 'astream_events', 'astream_log', 'batch', 'abatch',
  'predict', 'apredict', 'predict_messages', 'apredict_messages', 'generate', 'agenerate', 'run', 'arun',
]);
const STREAM_METHODS = new Set(['stream', 'astream', 'astream_events', 'astream_log']);
const DERIVE_METHODS = new Set([
  'with_structured_output', 'bind_tools', 'bind', 'with_config', 'with_retry', 'with_fallbacks',
  'configurable_fields', 'configurable_alternatives', 'pipe', 'with_types', 'with_listeners',
]);
const TEMPLATE_METHODS = new Set(['from_messages', 'from_template', 'ChatPromptTemplate', 'PromptTemplate']);
const MAX_DEPTH = 8;
/** Type hints that say "a LangChain model": its base classes and the chat model classes. */
const MODEL_TYPE_HINT = new RegExp(`\\b(BaseChatModel|BaseLanguageModel|BaseLLM|${LANGCHAIN_CLASS_NAMES.filter((n) => n.startsWith('Chat') || n.endsWith('Chat')).join('|')})\\b`);

/** A model known only by the type hint of the parameter or attribute holding it. */
function typeHintModel(type: Node): LangChainModel {
  const className = MODEL_TYPE_HINT.exec(type.text)?.[1] ?? 'BaseChatModel';
  const provider = providerFromLangChainClass(className);
  return {
    call: type,
    className,
    model: null,
    choice: provider ? { provider, providerEvidence: `${className} type hint`, baseUrl: null } : { provider: familyDefaultProvider('langchain'), providerEvidence: 'family default', baseUrl: null },
    maxTokens: null,
    reasoningEffort: null,
    streaming: false,
  };
}

/** A runnable traced back to the chat model inside it, and the prompt template in front of it. */
interface Trace {
  readonly model: Node;
  readonly template: Node | null;
}

/** Finds LangChain invocations; remembers which constructors were invoked. */
export class LangChainMatcher {
  private readonly models = new Map<number, LangChainModel>();
  private readonly invoked = new Set<number>();

  constructor(private readonly ctx: PyContext) {}

  /** An invocation `x.invoke(...)` (or `llm(...)` when `direct`) of a LangChain runnable, or null. */
  matchInvocation(call: Node, nameNode: Node, direct: boolean): Hit | null {
    const method = nameNode.text;
    const target = direct ? call.childForFieldName('function') : receiverOf(call);
    if (!target || (!direct && !INVOKE_METHODS.has(method))) return null;
    const trace = this.trace(target, 0);
    if (!trace) return null;
    if (direct && unwrap(target).type !== 'identifier' && unwrap(target).type !== 'attribute') return null;
    this.invoked.add(trace.model.id);
    // `llm = ChatDeepSeek(...) if x else ChatOpenAI(...)` in two branches: both are invoked here.
    for (const alternative of this.ctx.r.alternatives(target)) {
      const other = this.trace(alternative, 1);
      if (other) this.invoked.add(other.model.id);
    }
    const info = this.modelInfo(trace.model);
    const bag = ArgBag.ofCall(this.ctx.r, call);
    return {
      family: 'langchain',
      call,
      nameNode,
      model: info.model,
      ...info.choice,
      stream: STREAM_METHODS.has(method) || info.streaming,
      maxTokens: info.maxTokens,
      reasoningEffort: info.reasoningEffort,
      prompt: this.promptOf(bag, trace.template),
    };
  }

  /** A constructor that no invocation in the file reaches, reported as the call site. */
  matchUninvoked(call: Node, nameNode: Node): Hit | null {
    if (this.invoked.has(call.id)) return null;
    const info = this.modelInfo(call);
    const p = new PromptCollector(this.ctx.r);
    p.unknownPart('user');
    return {
      family: 'langchain',
      call,
      nameNode,
      model: info.model,
      ...info.choice,
      stream: info.streaming,
      maxTokens: info.maxTokens,
      reasoningEffort: info.reasoningEffort,
      prompt: p.result(),
    };
  }

  private modelInfo(source: Node): LangChainModel {
    let info = this.models.get(source.id);
    if (!info) {
      info = source.type === 'type' ? typeHintModel(source) : langChainModel(this.ctx, source);
      this.models.set(source.id, info);
    }
    return info;
  }

  /** Follows a runnable expression back to the chat model constructor inside it. */
  private trace(node: Node, depth: number): Trace | null {
    if (depth > MAX_DEPTH) return null;
    const n = unwrap(node);
    if (n.type === 'identifier' || n.type === 'attribute' || n.type === 'subscript') {
      const r = this.ctx.r.resolve(n);
      return r && r.id !== n.id ? this.trace(r, depth + 1) : null;
    }
    if (n.type === 'binary_operator' && n.child(1)?.type === '|') {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      const found = (right ? this.trace(right, depth + 1) : null) ?? (left ? this.trace(left, depth + 1) : null);
      return found ? { model: found.model, template: found.template ?? (left ? this.templateIn(left, 0) : null) } : null;
    }
    if (n.type === 'conditional_expression') {
      const [whenTrue, , whenFalse] = n.namedChildren;
      const a = whenTrue ? this.trace(whenTrue, depth + 1) : null;
      const b = whenFalse ? this.trace(whenFalse, depth + 1) : null;
      if (a && b) this.invoked.add(b.model.id);
      return a ?? b;
    }
    if (n.type === 'list' || n.type === 'tuple') {
      for (const item of n.namedChildren) {
        const t = item ? this.trace(item, depth + 1) : null;
        if (t) return t;
      }
      return null;
    }
    // `def summarize(llm: BaseChatModel, …)`: a model handed in, known by its type hint.
    if (n.type === 'type') return MODEL_TYPE_HINT.test(n.text) ? { model: n, template: null } : null;
    if (n.type !== 'call') return null;
    if (isLangChainConstructor(this.ctx.index, n)) return { model: n, template: null };
    // `get_llm()`: a helper of this file that returns the model.
    const returned = this.ctx.r.resolve(n);
    if (returned && returned.id !== n.id) return this.trace(returned, depth + 1);
    const fn = n.childForFieldName('function');
    if (!fn) return null;
    const path = calleePath(fn);
    const method = path.names[path.names.length - 1] ?? '';
    if (INVOKE_METHODS.has(method) || TEMPLATE_METHODS.has(method)) return null;
    if (fn.type === 'attribute' && DERIVE_METHODS.has(method)) {
      const object = fn.childForFieldName('object');
      const viaObject = object ? this.trace(object, depth + 1) : null;
      if (viaObject) return viaObject;
    }
    // A chain or agent built around the model: `create_react_agent(llm, tools)`, `LLMChain(llm=llm)`.
    const args = ArgBag.ofCall(this.ctx.r, n);
    const prompt = args.get('prompt');
    for (const arg of [...args.positional, args.get('llm'), args.get('model'), args.get('chat_model'), args.get('steps')]) {
      if (!arg) continue;
      const t = this.trace(arg, depth + 1);
      if (t) return { model: t.model, template: t.template ?? (prompt ? this.templateIn(prompt, 0) : null) };
    }
    return null;
  }

  /** The prompt template at the head of a pipe chain (`ChatPromptTemplate.from_messages([...]) | …`). */
  private templateIn(node: Node, depth: number): Node | null {
    if (depth > MAX_DEPTH) return null;
    const n = this.ctx.r.resolve(node) ?? node;
    if (n.type === 'binary_operator') {
      const left = n.childForFieldName('left');
      return left ? this.templateIn(left, depth + 1) : null;
    }
    if (n.type !== 'call') return null;
    const fn = n.childForFieldName('function');
    const names = fn ? calleePath(fn).names : [];
    return TEMPLATE_METHODS.has(names[names.length - 1] ?? '') ? n : null;
  }

  private promptOf(bag: ArgBag, template: Node | null): Hit['prompt'] {
    const p = new PromptCollector(this.ctx.r);
    if (template) this.addTemplate(p, template);
    const input = bag.positional[0] ?? bag.get('input') ?? bag.get('inputs') ?? bag.get('messages');
    const value = input ? this.ctx.r.resolve(input) : null;
    if (!input) p.unknownPart('user');
    else if (value && (value.type === 'list' || value.type === 'tuple')) p.messageList(input);
    else if (value && value.type === 'dictionary') p.unknownPart('user');
    else p.text('user', input);
    return p.result();
  }

  private addTemplate(p: PromptCollector, template: Node): void {
    const fn = template.childForFieldName('function');
    const names = fn ? calleePath(fn).names : [];
    const bag = ArgBag.ofCall(this.ctx.r, template);
    const arg = bag.positional[0] ?? bag.get('messages') ?? bag.get('template');
    if (!arg) return p.unknownPart('user');
    if (names[names.length - 1] === 'from_messages' || names[names.length - 1] === 'ChatPromptTemplate') p.messageList(arg);
    else p.text('user', arg);
  }
}
