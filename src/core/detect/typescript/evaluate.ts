/**
 * Constant evaluation of strings, numbers and booleans: literals, template literals (with the
 * parts that cannot be known kept as `${…}` placeholders), `+` concatenation, `a ?? 'default'`,
 * tagged templates such as dedent`…`, `[…].join(sep)` and `.trim()`, through resolve.ts.
 */
import type { Node } from 'web-tree-sitter';
import type { FileIndex } from './fileIndex';
import { isOpaque, resolveValue } from './resolve';
import { decodeEscapes, namedKids, stringLiteral, unwrap } from './syntax';

/** A string as far as the file shows it. */
export interface TextValue {
  /** The literal parts only, concatenated (what a prompt's visible text is made of). */
  readonly known: string;
  /** The whole string with unknown parts written as `${expression}` (what a URL check needs). */
  readonly shape: string;
  /** True when every part is a literal. */
  readonly complete: boolean;
  /** True when at least one part is a literal. */
  readonly literal: boolean;
}

const MAX_DEPTH = 12;

function unknown(node: Node): TextValue {
  return { known: '', shape: '${' + node.text + '}', complete: false, literal: false };
}

function literal(text: string): TextValue {
  return { known: text, shape: text, complete: true, literal: true };
}

function concat(parts: TextValue[]): TextValue {
  return {
    known: parts.map((p) => p.known).join(''),
    shape: parts.map((p) => p.shape).join(''),
    complete: parts.every((p) => p.complete),
    literal: parts.some((p) => p.literal),
  };
}

/** Evaluates an expression as a string. Never throws; unknown parts become placeholders. */
export function evalText(ix: FileIndex, node: Node, depth = 0): TextValue {
  const expr = unwrap(node);
  if (depth > MAX_DEPTH) return unknown(expr);
  switch (expr.type) {
    case 'string':
      return literal(stringLiteral(expr) ?? '');
    case 'number':
      return literal(expr.text);
    case 'template_string':
      return templateText(ix, expr, depth);
    case 'binary_expression': {
      const op = expr.childForFieldName('operator')?.text;
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (!left || !right) return unknown(expr);
      if (op === '+') return concat([evalText(ix, left, depth + 1), evalText(ix, right, depth + 1)]);
      if (op === '??' || op === '||') {
        const l = evalText(ix, left, depth + 1);
        return l.complete ? l : evalText(ix, right, depth + 1);
      }
      return unknown(expr);
    }
    case 'call_expression':
      return callText(ix, expr, depth);
    case 'identifier':
    case 'shorthand_property_identifier':
    case 'member_expression':
    case 'subscript_expression': {
      const resolved = resolveValue(ix, expr);
      if (resolved.id === expr.id || isOpaque(resolved)) return unknown(expr);
      return evalText(ix, resolved, depth + 1);
    }
    default:
      return unknown(expr);
  }
}

function templateText(ix: FileIndex, tpl: Node, depth: number): TextValue {
  const parts: TextValue[] = [];
  for (const child of namedKids(tpl)) {
    if (child.type === 'string_fragment') parts.push(literal(child.text));
    else if (child.type === 'escape_sequence') parts.push(literal(decodeEscapes(child.text)));
    else if (child.type === 'template_substitution') {
      const inner = child.namedChild(0);
      parts.push(inner ? evalText(ix, inner, depth + 1) : unknown(child));
    }
  }
  return parts.length === 0 ? literal('') : concat(parts);
}

function callText(ix: FileIndex, call: Node, depth: number): TextValue {
  const args = call.childForFieldName('arguments');
  // Tagged templates (dedent`…`, String.raw`…`, outdent`…`) keep their text.
  if (args?.type === 'template_string') return templateText(ix, args, depth);
  const fn = call.childForFieldName('function');
  if (fn?.type !== 'member_expression') return unknown(call);
  const method = fn.childForFieldName('property')?.text;
  const object = fn.childForFieldName('object');
  if (!object) return unknown(call);
  if (method === 'trim' || method === 'trimStart' || method === 'trimEnd') {
    const inner = evalText(ix, object, depth + 1);
    return { ...inner, known: inner.known.trim(), shape: inner.shape.trim() };
  }
  if (method === 'join') {
    const array = resolveValue(ix, object);
    if (array.type !== 'array') return unknown(call);
    const sepNode = args?.namedChild(0);
    const sep = sepNode ? evalText(ix, sepNode, depth + 1) : literal(',');
    const items = namedKids(array).map((item) => evalText(ix, item, depth + 1));
    const joined: TextValue[] = [];
    items.forEach((item, i) => {
      if (i > 0) joined.push(sep);
      joined.push(item);
    });
    return joined.length === 0 ? literal('') : concat(joined);
  }
  return unknown(call);
}

/** A string only when every part of it is known (model ids, URLs without placeholders). */
export function evalString(ix: FileIndex, node: Node): string | null {
  const value = evalText(ix, node);
  return value.complete ? value.known : null;
}

/** An integer or decimal constant (`4096`, `4_096`, `MAX_TOKENS`, `1024 * 4`), or null. */
export function evalNumber(ix: FileIndex, node: Node, depth = 0): number | null {
  const expr = resolveValue(ix, node);
  if (depth > MAX_DEPTH) return null;
  if (expr.type === 'number') {
    const n = Number(expr.text.replace(/_/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  if (expr.type === 'unary_expression' && expr.childForFieldName('operator')?.text === '-') {
    const arg = expr.childForFieldName('argument');
    const n = arg ? evalNumber(ix, arg, depth + 1) : null;
    return n === null ? null : -n;
  }
  if (expr.type === 'binary_expression') {
    const op = expr.childForFieldName('operator')?.text;
    const left = expr.childForFieldName('left');
    const right = expr.childForFieldName('right');
    if (!left || !right) return null;
    if (op === '??' || op === '||') return evalNumber(ix, left, depth + 1) ?? evalNumber(ix, right, depth + 1);
    const l = evalNumber(ix, left, depth + 1);
    const r = evalNumber(ix, right, depth + 1);
    if (l === null || r === null) return null;
    if (op === '*') return l * r;
    if (op === '+') return l + r;
    if (op === '-') return l - r;
    return null;
  }
  return null;
}

/** `true` / `false` (directly or through a constant), else null. */
export function evalBoolean(ix: FileIndex, node: Node): boolean | null {
  const expr = resolveValue(ix, node);
  if (expr.type === 'true') return true;
  if (expr.type === 'false') return false;
  return null;
}
