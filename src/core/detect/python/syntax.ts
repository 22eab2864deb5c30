/**
 * Small helpers over tree-sitter-python nodes: string literal values, call arguments, callee
 * segments and ancestor lookups. Nothing here resolves names; see resolveValue.ts for that.
 */
import type { Node } from 'web-tree-sitter';

/** A string value as far as the source shows it; `complete` is false when an f-string part is unknown. */
export interface StrValue {
  /** The text with unknown parts shown as `{expr}`. */
  readonly text: string;
  /** Only the known parts (unknown parts left out). */
  readonly literal: string;
  readonly complete: boolean;
  /** True when at least one literal character is known (a partly known f-string). */
  readonly hasLiteral: boolean;
}

/** Resolves an f-string interpolation to text, or null when it is unknown. */
export type InterpolationText = (expression: Node) => string | null;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', '0': '\0', '\n': '',
};

/** Decodes Python escape sequences of a non-raw string body. */
export function unescapePython(body: string): string {
  if (!body.includes('\\')) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|N\{[^}]*\}|.|\n)/g, (all, esc: string) => {
    if (esc in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[esc];
    const c = esc[0];
    if (c === 'x' || c === 'u' || c === 'U') return String.fromCodePoint(parseInt(esc.slice(1), 16));
    if (c >= '0' && c <= '7') return String.fromCharCode(parseInt(esc, 8));
    return all;
  });
}

/**
 * The value of a `string` or `concatenated_string` node. Interpolations of f-strings are passed to
 * `interpolate`; unknown ones make the value incomplete and appear as `{expr}` in the text.
 */
export function stringValue(node: Node, interpolate?: InterpolationText): StrValue | null {
  if (node.type === 'concatenated_string') {
    let text = '';
    let literal = '';
    let complete = true;
    let hasLiteral = false;
    for (const part of node.namedChildren) {
      if (!part || part.type !== 'string') continue;
      const v = stringValue(part, interpolate);
      if (!v) return null;
      text += v.text;
      literal += v.literal;
      complete &&= v.complete;
      hasLiteral ||= v.hasLiteral;
    }
    return { text, literal, complete, hasLiteral };
  }
  if (node.type !== 'string') return null;
  let prefix = '';
  let text = '';
  let literal = '';
  let complete = true;
  let hasLiteral = false;
  for (const child of node.children) {
    if (!child) continue;
    switch (child.type) {
      case 'string_start':
        prefix = child.text.replace(/['"]+$/, '').toLowerCase();
        break;
      case 'string_content': {
        // Python reads source with universal newlines: a CRLF file's strings hold "\n".
        let body = child.text.replace(/\r\n?/g, '\n');
        if (prefix.includes('f')) body = body.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
        const decoded = prefix.includes('r') ? body : unescapePython(body);
        text += decoded;
        literal += decoded;
        if (body.trim().length > 0) hasLiteral = true;
        break;
      }
      case 'interpolation': {
        const expr = child.childForFieldName('expression');
        const value = expr && interpolate ? interpolate(expr) : null;
        if (value === null) {
          complete = false;
          text += `{${expr ? expr.text : ''}}`;
        } else {
          text += value;
          literal += value;
          if (value.trim().length > 0) hasLiteral = true;
        }
        break;
      }
      default:
        break;
    }
  }
  return { text, literal, complete, hasLiteral };
}

/** An integer literal's value (`1_000`, `0x10`), or null. */
export function integerValue(node: Node): number | null {
  if (node.type === 'unary_operator' && node.child(0)?.type === '-') {
    const inner = node.childForFieldName('argument');
    const v = inner ? integerValue(inner) : null;
    return v === null ? null : -v;
  }
  if (node.type !== 'integer') return null;
  const n = Number(node.text.replace(/_/g, '').replace(/[lL]$/, ''));
  return Number.isFinite(n) ? n : null;
}

/** The arguments of a call, split into positional, keyword and `**` splat arguments. */
export interface CallArgs {
  readonly positional: readonly Node[];
  readonly keywords: ReadonlyMap<string, Node>;
  /** Expressions after `**`. */
  readonly splats: readonly Node[];
  /** True when a `*args` splat makes positions unreliable. */
  readonly hasListSplat: boolean;
}

const EMPTY_ARGS: CallArgs = { positional: [], keywords: new Map(), splats: [], hasListSplat: false };

/** The arguments of a `call` node. */
export function callArgs(call: Node): CallArgs {
  const list = call.childForFieldName('arguments');
  if (!list || list.type !== 'argument_list') return EMPTY_ARGS;
  const positional: Node[] = [];
  const keywords = new Map<string, Node>();
  const splats: Node[] = [];
  let hasListSplat = false;
  for (const arg of list.namedChildren) {
    if (!arg || arg.type === 'comment') continue;
    if (arg.type === 'keyword_argument') {
      const name = arg.childForFieldName('name');
      const value = arg.childForFieldName('value');
      if (name && value) keywords.set(name.text, value);
    } else if (arg.type === 'dictionary_splat') {
      const inner = arg.namedChild(0);
      if (inner) splats.push(inner);
    } else if (arg.type === 'list_splat') {
      hasListSplat = true;
    } else {
      positional.push(arg);
    }
  }
  return { positional, keywords, splats, hasListSplat };
}

/**
 * The callee of a call split at dots. `a.b.c` → base `a`, names [a, b, c]; `f(x).b.c` → base the
 * call, names [b, c]; a plain `f` → base null, names [f].
 */
export interface CalleePath {
  /** The innermost object (identifier, call, subscript …), or null for a plain identifier callee. */
  readonly base: Node | null;
  /** Names from left to right, the base identifier included (the last is the method name). */
  readonly names: readonly string[];
  /** The identifier node of each name, same order. */
  readonly nodes: readonly Node[];
  /** The object in front of each name (`client` for the `chat` of `client.chat`); null for the base name. */
  readonly receivers: ReadonlyArray<Node | null>;
}

/** Splits a callee (`function` field of a call) into its base and names. */
export function calleePath(fn: Node): CalleePath {
  const names: string[] = [];
  const nodes: Node[] = [];
  const receivers: Array<Node | null> = [];
  let current: Node | null = fn;
  while (current && current.type === 'attribute') {
    const attr = current.childForFieldName('attribute');
    if (!attr) break;
    names.push(attr.text);
    nodes.push(attr);
    current = current.childForFieldName('object');
    receivers.push(current);
  }
  if (current && current.type === 'identifier') {
    names.push(current.text);
    nodes.push(current);
    receivers.push(null);
  }
  names.reverse();
  nodes.reverse();
  receivers.reverse();
  return { base: current === fn ? null : current, names, nodes, receivers };
}

/** The receiver of a method call (`client.models` for `client.models.generate_content(…)`), or null. */
export function receiverOf(call: Node): Node | null {
  const fn = call.childForFieldName('function');
  return fn && fn.type === 'attribute' ? fn.childForFieldName('object') : null;
}

/** The node of the name a call's position is reported at (`create` of `a.b.create(`). */
export function calleeNameNode(call: Node): Node | null {
  const fn = call.childForFieldName('function');
  if (!fn) return null;
  if (fn.type === 'attribute') return fn.childForFieldName('attribute');
  return fn.type === 'identifier' ? fn : null;
}

/** The last name of a call's callee (`create` for `a.b.create(...)`), or null. */
export function calleeName(call: Node): string | null {
  return calleeNameNode(call)?.text ?? null;
}

/** Source text with whitespace collapsed and no spaces around dots. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*\.\s*/g, '.').trim();
}

/** Strips parentheses and `await` around an expression. */
export function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' || current.type === 'await') {
    const inner = current.namedChildren.find((c) => c !== null && c.type !== 'comment');
    if (!inner) break;
    current = inner;
  }
  return current;
}

/** The statement a node belongs to (a direct child of a block or of the module). */
export function statementOf(node: Node): Node {
  let current = node;
  for (let parent = current.parent; parent; parent = parent.parent) {
    if (parent.type === 'block' || parent.type === 'module') return current;
    current = parent;
  }
  return current;
}
