/**
 * LangChain.js chat models: `new ChatOpenAI({model})` and friends (also classes of this file that extend them),
 * `initChatModel('m', {modelProvider})`,
 * parameters / fields typed with those classes, and runnables derived from a model in the same
 * file (`prompt.pipe(model)`, `model.withStructuredOutput(s)`, `RunnableSequence.from([...])`,
 * an agent built with `{ llm: model }`).
 */
import type { Node } from 'web-tree-sitter';
import type { ProviderId } from '../../model';
import { LANGCHAIN_CLASS_NAMES, providerFromLangChainClass } from '../providerHints';
import { calleeOrigin, isLocalModule, returnedValues } from './clients';
import type { FileIndex } from './fileIndex';
import { localChatModelClass, localClass } from './localChatModels';
import { AMBIGUOUS_LANGCHAIN_NAMES } from './names';
import type { LocalChatModelClass } from './localChatModels';
import { resolveValue, thisMember } from './resolve';
import { FUNCTION_TYPES, namedKids, unwrap, unwrapAwait } from './syntax';

/** A LangChain chat model as the file shows it. */
export interface ChatModel {
  /** `ChatOpenAI`, `initChatModel`, or the annotated type name. */
  readonly className: string;
  /** The construction (`new ChatOpenAI(…)` / `initChatModel(…)`), or null when only typed. */
  readonly node: Node | null;
  readonly module: string | null;
  /** Set when the class is declared in this file on top of a LangChain chat model class. */
  readonly local?: LocalChatModelClass;
}

const TYPE_ONLY = new Set(['BaseChatModel', 'BaseLanguageModel', 'BaseLLM', 'LLM', 'SimpleChatModel']);
/** Base types distinctive enough to trust without a LangChain import (snippets). */
const TYPE_ONLY_UNIMPORTED = new Set(['BaseChatModel', 'BaseLanguageModel']);
const LANGCHAIN_MODULE = /langchain/;

export { LANGCHAIN_CONSTRUCTORS } from './names';

/** Whether `name` imported from `module` (null: not imported) is a LangChain chat model class. */
export function isChatModelClass(name: string, module: string | null): boolean {
  if (module !== null && !isLocalModule(module) && !LANGCHAIN_MODULE.test(module)) return false;
  if (AMBIGUOUS_LANGCHAIN_NAMES.has(name)) return module !== null && LANGCHAIN_MODULE.test(module);
  if (LANGCHAIN_CLASS_NAMES.includes(name)) return true;
  return /^Chat[A-Z]\w+$/.test(name) && module !== null && LANGCHAIN_MODULE.test(module);
}

/**
 * The provider a chat model class names, with whether it names the host by itself; other Chat*
 * classes (ChatGroq, ChatOllama…) go to a host outside the known list; base types say nothing.
 */
export function classProvider(className: string): { provider: ProviderId; strong: boolean } | null {
  const known = providerFromLangChainClass(className);
  if (!known) return /^Chat[A-Z]/.test(className) ? { provider: 'custom', strong: true } : null;
  return { provider: known, strong: !['ChatOpenAI', 'OpenAI', 'ChatAnthropic', 'ChatGoogleGenerativeAI', 'ChatLiteLLM'].includes(className) };
}

/** The chat model class a name declared in this file stands for, if it extends one. */
function localChatModel(ix: FileIndex, name: Node): LocalChatModelClass | null {
  const id = unwrap(name);
  if (id.type !== 'identifier' && id.type !== 'type_identifier') return null;
  const cls = localClass(ix, id, id.text);
  return cls ? localChatModelClass(ix, cls, isChatModelClass) : null;
}

/** `new Helper(llm)` where Helper is a class of this file that is not a chat model: the app's own object. */
function isOwnClassInstance(ix: FileIndex, value: Node): boolean {
  const ctor = value.childForFieldName('constructor');
  const id = ctor ? unwrap(ctor) : null;
  return id?.type === 'identifier' && localClass(ix, id, id.text) !== null;
}

/** The chat model an expression constructs directly, if any. */
export function constructedChatModel(ix: FileIndex, expr: Node): ChatModel | null {
  const value = unwrapAwait(expr);
  if (value.type !== 'new_expression' && value.type !== 'call_expression') return null;
  const callee = value.childForFieldName(value.type === 'new_expression' ? 'constructor' : 'function');
  if (!callee) return null;
  if (value.type === 'new_expression') {
    const local = localChatModel(ix, callee);
    if (local) return { className: unwrap(callee).text, node: value, module: null, local };
  }
  const origin = calleeOrigin(ix, callee);
  if (!origin) return null;
  if (value.type === 'call_expression') {
    return origin.name === 'initChatModel' ? { className: 'initChatModel', node: value, module: origin.module } : null;
  }
  return isChatModelClass(origin.name, origin.module) ? { className: origin.name, node: value, module: origin.module } : null;
}

const MAX_VISITS = 160;

/**
 * The chat model an expression is, or is derived from (pipes, bindings, sequences, agents),
 * following names, `this.x` members and local factory functions. Null when none is visible.
 */
export function chatModelBehind(ix: FileIndex, expr: Node): ChatModel | null {
  const seen = new Set<number>();
  let budget = MAX_VISITS;
  const visit = (node: Node, depth: number): ChatModel | null => {
    if (depth > 8 || budget-- <= 0 || seen.has(node.id)) return null;
    seen.add(node.id);
    const value = unwrapAwait(resolveValue(ix, node));
    const direct = constructedChatModel(ix, value);
    if (direct) return direct;
    const typed = typedChatModel(ix, value);
    if (typed) return typed;
    switch (value.type) {
      case 'call_expression': {
        const fn = value.childForFieldName('function');
        const receiver = fn?.type === 'member_expression' ? fn.childForFieldName('object') : null;
        const fromReceiver = receiver ? visit(receiver, depth + 1) : null;
        if (fromReceiver) return fromReceiver;
        const local = fn ? localFunction(ix, fn) : null;
        for (const ret of local ? returnedValues(ix, local) : []) {
          const found = visit(ret, depth + 1);
          if (found) return found;
        }
        return visitArguments(value, depth, visit);
      }
      case 'new_expression':
        // An agent or chain built around a model; a class of this file is the app's own wrapper,
        // whose `invoke` is not LangChain's (the model call inside it counts instead).
        return isOwnClassInstance(ix, value) ? null : visitArguments(value, depth, visit);
      case 'array':
      case 'object':
      case 'pair':
      case 'spread_element':
        for (const child of namedKids(value)) {
          const found = visit(child.type === 'pair' ? (child.childForFieldName('value') ?? child) : child, depth + 1);
          if (found) return found;
        }
        return null;
      case 'member_expression': {
        const object = value.childForFieldName('object');
        const key = value.childForFieldName('property')?.text;
        if (object?.type === 'this' && key) {
          const member = thisMember(ix, object, key);
          return member ? visit(member, depth + 1) : null;
        }
        return null;
      }
      default:
        return null;
    }
  };
  return visit(expr, 0);
}

function visitArguments(call: Node, depth: number, visit: (n: Node, d: number) => ChatModel | null): ChatModel | null {
  const args = call.childForFieldName('arguments');
  if (!args || args.type !== 'arguments') return null;
  for (const arg of namedKids(args)) {
    const found = visit(arg, depth + 1);
    if (found) return found;
  }
  return null;
}

function localFunction(ix: FileIndex, fn: Node): Node | null {
  const target = resolveValue(ix, fn);
  if (FUNCTION_TYPES.has(target.type)) return target;
  if (target.type !== 'identifier') return null;
  const binding = ix.lookup(target, target.text);
  return binding?.kind === 'function' ? binding.node : null;
}

/** A parameter, variable or `this.x` annotated with a chat model type (`llm: ChatOpenAI`, `BaseChatModel`). */
function typedChatModel(ix: FileIndex, value: Node): ChatModel | null {
  let type: Node | null = null;
  if (value.type === 'identifier') {
    const binding = ix.lookup(value, value.text);
    if (binding?.kind === 'param' || binding?.kind === 'value') type = binding.type;
  } else if (value.type === 'member_expression' && value.childForFieldName('object')?.type === 'this') {
    const cls = ix.enclosingClass(value);
    const key = value.childForFieldName('property')?.text;
    type = cls && key ? (ix.classMembers(cls).get(key)?.type ?? null) : null;
  }
  if (!type) return null;
  for (const id of type.descendantsOfType('type_identifier')) {
    if (!id) continue;
    const local = localChatModel(ix, id);
    if (local) return { className: id.text, node: null, module: null, local };
    const binding = ix.importOf(id.text);
    const module = binding?.module ?? null;
    if (isChatModelClass(id.text, module) || (TYPE_ONLY.has(id.text) && (module === null ? TYPE_ONLY_UNIMPORTED.has(id.text) : LANGCHAIN_MODULE.test(module)))) {
      return { className: id.text, node: null, module };
    }
  }
  return null;
}
