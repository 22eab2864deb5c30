/**
 * Chat model classes a file declares itself: `class ChatDeepSeek extends ChatOpenAI { constructor(f) {
 * super({ ...f, configuration: { baseURL } }) } }`. Such a class is a LangChain chat model; what
 * its constructor hands to `super(…)` (base URL, API key, default model) describes every instance.
 * A class that does not build on a chat model class is the app's own object, even with an `invoke`.
 */
import type { Node } from 'web-tree-sitter';
import { calleeOrigin } from './clients';
import type { FileIndex } from './fileIndex';
import { CLASS_TYPES, namedKids, unwrap } from './syntax';

/** A class of this file that extends a LangChain chat model class (directly or through other local classes). */
export interface LocalChatModelClass {
  /** The LangChain class at the root of the chain (`ChatOpenAI`). */
  readonly baseClass: string;
  readonly baseModule: string | null;
  /** The first argument of each `super(…)` on the way up, the declared class's own first. */
  readonly superOptions: readonly Node[];
}

/** Whether `name` from `module` is a LangChain chat model class (injected to avoid an import cycle). */
type IsChatModelClass = (name: string, module: string | null) => boolean;

const MAX_CHAIN = 5;

/** The class declaration (or class expression) a name refers to at `from`, or null. */
export function localClass(ix: FileIndex, from: Node, name: string): Node | null {
  const binding = ix.lookup(from, name);
  if (binding?.kind === 'class') return binding.node;
  if (binding?.kind === 'value' && binding.path.length === 0 && binding.source) {
    const source = unwrap(binding.source);
    if (CLASS_TYPES.has(source.type)) return source;
  }
  return null;
}

/** What a class declared here builds on, when that is a chat model class; null otherwise. */
export function localChatModelClass(ix: FileIndex, cls: Node, isChatModelClass: IsChatModelClass, depth = 0): LocalChatModelClass | null {
  if (depth > MAX_CHAIN) return null;
  const parent = extendsExpression(cls);
  if (!parent) return null;
  const options = superOptions(cls);
  const target = unwrap(parent);
  const parentClass = target.type === 'identifier' ? localClass(ix, target, target.text) : null;
  if (parentClass) {
    const inherited = localChatModelClass(ix, parentClass, isChatModelClass, depth + 1);
    return inherited ? { ...inherited, superOptions: [...options, ...inherited.superOptions] } : null;
  }
  const origin = calleeOrigin(ix, target);
  if (!origin || !isChatModelClass(origin.name, origin.module)) return null;
  return { baseClass: origin.name, baseModule: origin.module, superOptions: options };
}

/** `ChatOpenAI` in `class X extends ChatOpenAI<T>` (TS: extends_clause value; JS: the heritage expression). */
function extendsExpression(cls: Node): Node | null {
  const heritage = namedKids(cls).find((c) => c.type === 'class_heritage');
  if (!heritage) return null;
  const clause = namedKids(heritage)[0] ?? null;
  if (clause?.type === 'extends_clause') return clause.childForFieldName('value') ?? namedKids(clause)[0] ?? null;
  return clause;
}

/** The first argument of the constructor's `super(…)` calls. */
function superOptions(cls: Node): Node[] {
  const body = cls.childForFieldName('body');
  const ctor = body ? namedKids(body).find((m) => m.type === 'method_definition' && m.childForFieldName('name')?.text === 'constructor') : undefined;
  const out: Node[] = [];
  for (const call of ctor ? ctor.descendantsOfType('call_expression') : []) {
    if (call?.childForFieldName('function')?.type !== 'super') continue;
    const first = call.childForFieldName('arguments')?.namedChild(0);
    if (first) out.push(first);
  }
  return out;
}

/** Names of the classes this file declares that are chat model classes (for the matcher table). */
export function localChatModelClassNames(ix: FileIndex, isChatModelClass: IsChatModelClass): string[] {
  return ix.memo('localChatModelClassNames', () => {
    // Every chat model class is a Chat* name or comes from a langchain package.
    if (!ix.text.includes('extends') || !/Chat|langchain/.test(ix.text)) return [];
    const out: string[] = [];
    for (const cls of ix.root.descendantsOfType([...CLASS_TYPES])) {
      if (!cls || !localChatModelClass(ix, cls, isChatModelClass)) continue;
      const name = cls.childForFieldName('name') ?? declaredName(ix, cls);
      if (name) out.push(name.text);
    }
    return out;
  });
}

/** `X` of `const X = class extends …`. */
function declaredName(ix: FileIndex, cls: Node): Node | null {
  const parent = ix.parentOf(cls);
  return parent?.type === 'variable_declarator' ? parent.childForFieldName('name') : null;
}
