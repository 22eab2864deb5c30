/**
 * The shape of a call around a callee-name token: `a.b.c.name(…)`, `name(…)` or `new name(…)`,
 * with the property path between the chain's root and the name (`client.chat.completions.create`
 * → root `client`, path ['chat', 'completions']). Aliases such as
 * `const completions = openai.chat.completions` or `const { completions } = openai.chat` are expanded.
 */
import type { Node } from 'web-tree-sitter';
import type { FileIndex } from './fileIndex';
import { memberKey } from './resolve';
import { callArguments, sameNode, unwrap } from './syntax';

export interface CallShape {
  /** The call_expression or new_expression. */
  readonly call: Node;
  readonly isNew: boolean;
  /** The callee-name token (position of the call site). */
  readonly nameNode: Node;
  readonly name: string;
  /** The whole callee expression (`client.chat.completions.create`). */
  readonly callee: Node;
  /** The expression the method is called on (null for a plain call). */
  readonly receiver: Node | null;
  /** Where the property chain starts (identifier, `this`, a call…); null for a plain call. */
  readonly root: Node | null;
  /** Property names from the root to the callee name, both excluded. */
  readonly path: readonly string[];
  /** `chain[i]` is the expression made of the root and the first i path names (chain[0] is the root). */
  readonly chain: readonly Node[];
  readonly args: readonly Node[];
}

/** The call around a name token, or null when the name is not being called. */
export function callShape(ix: FileIndex, nameNode: Node): CallShape | null {
  const parent = ix.parentOf(nameNode);
  if (!parent) return null;
  let callee: Node = nameNode;
  let receiver: Node | null = null;
  if (nameNode.type === 'property_identifier') {
    if (parent.type !== 'member_expression' || !sameNode(parent.childForFieldName('property'), nameNode)) return null;
    callee = parent;
    receiver = parent.childForFieldName('object');
  } else if (nameNode.type !== 'identifier') {
    return null;
  }
  let call = ix.parentOf(callee);
  let held: Node = callee;
  // tree-sitter-typescript reads `await a.b<T>(x)` as a call whose function is `await a.b`.
  const outer = call?.type === 'await_expression' ? ix.parentOf(call) : null;
  if (call && outer?.type === 'call_expression') {
    held = call;
    call = outer;
  }
  if (!call) return null;
  const isNew = call.type === 'new_expression';
  if (call.type !== 'call_expression' && !isNew) return null;
  if (!sameNode(call.childForFieldName(isNew ? 'constructor' : 'function'), held)) return null;
  if (!isNew && call.childForFieldName('arguments')?.type !== 'arguments') return null; // a tagged template
  const { root, path, chain } = receiver ? chainOf(ix, receiver) : { root: null, path: [], chain: [] };
  return { call, isNew, nameNode, name: nameNode.text, callee, receiver: receiver ? unwrap(receiver) : null, root, path, chain, args: callArguments(call) };
}

/** The expression before the last `dropped` path names: the client of `client.chat.completions.create` with 2. */
export function clientExpression(shape: CallShape, dropped: number): Node | null {
  return shape.chain[shape.path.length - dropped] ?? null;
}

/** Splits `a.b.c` into its root and property path, expanding const aliases of member chains. */
function chainOf(ix: FileIndex, expr: Node, depth = 0): { root: Node; path: string[]; chain: Node[] } {
  const path: string[] = [];
  const chain: Node[] = [];
  let current = unwrap(expr);
  while (current.type === 'member_expression' || current.type === 'subscript_expression') {
    const key = memberKey(current);
    const object = current.childForFieldName('object');
    if (key === null || !object) break;
    path.unshift(key);
    chain.unshift(current);
    current = unwrap(object);
  }
  chain.unshift(current);
  if (current.type === 'identifier' && depth < 4) {
    const binding = ix.lookup(current, current.text);
    if (binding?.kind === 'value' && binding.constant && binding.source) {
      const source = unwrap(binding.source);
      // `const c = client.chat.completions`, or destructured: `const { completions } = client.chat`.
      const destructuredPath = binding.path.length > 0 && binding.path.every((key) => !/^\d+$/.test(key)) ? binding.path : null;
      if (source.type === 'member_expression' && binding.path.length === 0) {
        const inner = chainOf(ix, source, depth + 1);
        return { root: inner.root, path: [...inner.path, ...path], chain: [...inner.chain, ...chain.slice(1)] };
      }
      // The destructured object may also be a client made in place: `const { chat } = new OpenAI()`.
      if (destructuredPath && /^(member_expression|identifier|new_expression|call_expression)$/.test(source.type)) {
        const inner = chainOf(ix, source, depth + 1);
        // The destructured names have no node of their own: the chain repeats the name's node for them.
        return { root: inner.root, path: [...inner.path, ...destructuredPath, ...path], chain: [...inner.chain, ...destructuredPath.map(() => current), ...chain.slice(1)] };
      }
    }
  }
  return { root: current, path, chain };
}
