/**
 * Small helpers over tree-sitter nodes of the TypeScript/JavaScript grammars (both grammars name
 * the nodes alike; where they differ, e.g. class fields, both spellings are handled).
 */
import type { Node } from 'web-tree-sitter';

/** Wrappers that do not change the value of an expression. */
const TRANSPARENT = new Set([
  'parenthesized_expression',
  'non_null_expression',
  'as_expression',
  'satisfies_expression',
  'type_assertion',
]);

/** The expression inside parentheses, `x!`, `x as T`, `x satisfies T` and `<T>x`. */
export function unwrap(node: Node): Node {
  let current = node;
  for (let guard = 0; guard < 16 && TRANSPARENT.has(current.type); guard++) {
    const inner = current.type === 'type_assertion' ? current.namedChild(1) : current.namedChild(0);
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** Like unwrap, and also looks through `await`. */
export function unwrapAwait(node: Node): Node {
  let current = unwrap(node);
  while (current.type === 'await_expression') {
    const inner = current.namedChild(0);
    if (!inner) break;
    current = unwrap(inner);
  }
  return current;
}

/** The named children of a node, without the nulls the typings allow. */
export function namedKids(node: Node): Node[] {
  const out: Node[] = [];
  for (const child of node.namedChildren) if (child && child.type !== 'comment') out.push(child);
  return out;
}

/** The argument expressions of a call or `new` expression (none for a tagged template). */
export function callArguments(call: Node): Node[] {
  const args = call.childForFieldName('arguments');
  if (!args || args.type !== 'arguments') return [];
  return namedKids(args);
}

/** Whether two nodes are the same node of the same tree. */
export function sameNode(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}

/** Decodes the body of a JS string literal (quotes already removed). */
export function decodeEscapes(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\r\n|[\s\S])/g, (_m, esc: string) => {
    switch (esc[0]) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case '0':
        return '\0';
      case '\r':
      case '\n':
        return '';
      case 'u':
        return String.fromCodePoint(parseInt(esc.startsWith('u{') ? esc.slice(2, -1) : esc.slice(1), 16));
      case 'x':
        return String.fromCharCode(parseInt(esc.slice(1), 16));
      default:
        return esc;
    }
  });
}

/** The value of a `'…'`/`"…"` string node, or null for any other node. */
export function stringLiteral(node: Node): string | null {
  if (node.type !== 'string') return null;
  const text = node.text;
  return decodeEscapes(text.slice(1, text.length - 1));
}

/** The name a property key stands for (`a`, `'a'`, `["a"]`, `1`), or null for computed keys. */
export function propertyKeyName(key: Node): string | null {
  switch (key.type) {
    case 'property_identifier':
    case 'identifier':
    case 'private_property_identifier':
    case 'shorthand_property_identifier':
    case 'shorthand_property_identifier_pattern':
      return key.text;
    case 'string':
      return stringLiteral(key);
    case 'number':
      return key.text;
    case 'computed_property_name': {
      const inner = key.namedChild(0);
      return inner ? stringLiteral(inner) : null;
    }
    default:
      return null;
  }
}

/** Collapses whitespace (and line breaks in long chains) of a callee's source text. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*(\?\.|\.)\s*/g, '$1').trim();
}

/** Node types that open a function scope (parameters live there). */
export const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'function_declaration',
  'function_expression',
  'function',
  'generator_function_declaration',
  'generator_function',
  'arrow_function',
  'method_definition',
]);

/** Node types that hold a list of statements whose declarations are visible inside them. */
export const BLOCK_TYPES: ReadonlySet<string> = new Set(['program', 'statement_block', 'class_static_block', 'switch_case', 'switch_default']);

/** Node types of class declarations/expressions. */
export const CLASS_TYPES: ReadonlySet<string> = new Set(['class_declaration', 'class', 'abstract_class_declaration']);
