/**
 * Scope and constant resolution: follows an expression through const/let/var declarations,
 * destructuring, default parameter values, `this.x` class members, object-literal properties,
 * enums and `a ?? b` / `a || b` defaults to the expression that finally holds the value.
 */
import type { Node } from 'web-tree-sitter';
import { parameterIndex } from './bindings';
import type { FileIndex } from './fileIndex';
import { namedKids, propertyKeyName, stringLiteral, unwrap } from './syntax';

const MAX_DEPTH = 12;

/** Expressions that say "no value yet" (`let client = null`, `let x: T | undefined = undefined`). */
function isEmptyValue(node: Node | null): boolean {
  return !node || node.type === 'null' || node.type === 'undefined';
}

/**
 * The expression that holds the value of `node`, following names and property accesses within
 * the file. Returns the input (unwrapped) when it cannot be followed further.
 */
export function resolveValue(ix: FileIndex, node: Node, depth = 0): Node {
  const expr = unwrap(node);
  if (depth > MAX_DEPTH) return expr;
  switch (expr.type) {
    case 'identifier':
    case 'shorthand_property_identifier':
      return resolveIdentifier(ix, expr, depth) ?? expr;
    case 'member_expression':
    case 'subscript_expression': {
      const found = resolveMember(ix, expr, depth);
      return found ? resolveValue(ix, found, depth + 1) : expr;
    }
    case 'binary_expression': {
      const op = expr.childForFieldName('operator')?.text;
      if (op !== '??' && op !== '||') return expr;
      const left = expr.childForFieldName('left');
      const right = expr.childForFieldName('right');
      if (!left || !right) return expr;
      const l = resolveValue(ix, left, depth + 1);
      return isOpaque(l) ? resolveValue(ix, right, depth + 1) : l;
    }
    default:
      return expr;
  }
}

/** Whether a resolved expression is still just a name or property access nobody could follow. */
export function isOpaque(node: Node): boolean {
  return ['identifier', 'shorthand_property_identifier', 'member_expression', 'subscript_expression', 'null', 'undefined'].includes(node.type);
}

function resolveIdentifier(ix: FileIndex, id: Node, depth: number): Node | null {
  const binding = ix.lookup(id, id.text);
  if (!binding) return null;
  switch (binding.kind) {
    case 'value': {
      let source = binding.source;
      if (binding.path.length === 0 && !binding.constant) {
        // `let model = 'gpt-4o'; model = 'o3'; create({ model })`: the last plain assignment before the use.
        const before = ix.assignmentsTo(binding.scope, binding.name, true).filter((n) => n.startIndex < id.startIndex && !isEmptyValue(n));
        source = before[before.length - 1] ?? source;
      }
      if (isEmptyValue(source) && binding.path.length === 0) source = ix.assignmentsTo(binding.scope, binding.name).find((n) => !isEmptyValue(n)) ?? null;
      if (!source) return binding.fallback ? resolveValue(ix, binding.fallback, depth + 1) : null;
      if (binding.path.length === 0) return resolveValue(ix, source, depth + 1);
      const found = propertyPath(ix, source, binding.path, depth + 1);
      if (found) return found;
      return binding.fallback ? resolveValue(ix, binding.fallback, depth + 1) : null;
    }
    case 'param': {
      // What the file passes where it builds the class says more than the parameter's default.
      const given = constructorArgument(ix, binding.fn, binding.name) ?? binding.fallback;
      return given ? resolveValue(ix, given, depth + 1) : null;
    }
    default:
      return null;
  }
}

/** The value of `obj.key` / `obj['key']` / `this.key` / `Enum.Key`, or null. */
function resolveMember(ix: FileIndex, expr: Node, depth: number): Node | null {
  const object = expr.childForFieldName('object');
  if (!object) return null;
  const key = memberKey(expr);
  if (key === null) return null;
  const obj = unwrap(object);
  if (obj.type === 'this') return thisMember(ix, obj, key);
  const base = resolveValue(ix, obj, depth + 1);
  if (base.type === 'identifier') {
    const binding = ix.lookup(base, base.text);
    if (binding?.kind === 'enum') return enumMember(binding.node, key);
    if (binding?.kind === 'class') return staticField(binding.node, key);
  }
  return objectProperty(ix, base, key, depth + 1);
}

/** The initialiser of `static <key> = …` in a class declaration (`ClaudeService.MODEL`), or null. */
function staticField(cls: Node, key: string): Node | null {
  const body = cls.childForFieldName('body');
  for (const member of body ? namedKids(body) : []) {
    if (member.type !== 'public_field_definition' || !member.children.some((c) => c?.type === 'static')) continue;
    if ((member.childForFieldName('name') ?? member.childForFieldName('property'))?.text === key) return member.childForFieldName('value');
  }
  return null;
}

/** The property name a member or subscript expression reads, or null when computed. */
export function memberKey(expr: Node): string | null {
  if (expr.type === 'member_expression') return expr.childForFieldName('property')?.text ?? null;
  const index = expr.childForFieldName('index');
  return index ? (stringLiteral(unwrap(index)) ?? (index.type === 'number' ? index.text : null)) : null;
}

/** What `this.<key>` holds in the enclosing class: the field initialiser or first assignment. */
export function thisMember(ix: FileIndex, thisNode: Node, key: string): Node | null {
  const cls = ix.enclosingClass(thisNode);
  if (!cls) return null;
  const member = ix.classMembers(cls).get(key);
  if (!member) return null;
  // A parameter property (`constructor(private readonly client: OpenAI)`) is what the file passes
  // where it builds the class, else its default.
  const injected = member.parameterOf ? constructorArgument(ix, member.parameterOf, key) : null;
  if (injected) return injected;
  if (!isEmptyValue(member.value)) return member.value;
  return member.assigned.find((n) => !isEmptyValue(n)) ?? null;
}

/**
 * Constructor injection: what this file passes for the parameter `name` of a class's constructor
 * where it builds the class (`new TranslationService(new OpenAI({ baseURL }))`) — only when every
 * `new` of the class passes the same expression; otherwise (one omits it, or they differ) null.
 */
export function constructorArgument(ix: FileIndex, fn: Node, name: string): Node | null {
  if (fn.type !== 'method_definition' || fn.childForFieldName('name')?.text !== 'constructor') return null;
  const className = ix.enclosingClass(fn)?.childForFieldName('name')?.text;
  const index = parameterIndex(fn, name);
  if (!className || index < 0) return null;
  let found: Node | null = null;
  for (const created of ix.newExpressionsOf(className)) {
    const arg = namedKids(created.childForFieldName('arguments') ?? created)[index];
    if (!arg || arg.type === 'spread_element' || (found && found.text !== arg.text)) return null;
    found ??= arg;
  }
  return found;
}

function enumMember(decl: Node, key: string): Node | null {
  const body = decl.childForFieldName('body');
  for (const entry of body ? namedKids(body) : []) {
    if (entry.type === 'enum_assignment' && entry.childForFieldName('name')?.text === key) return entry.childForFieldName('value');
  }
  return null;
}

/** `source` followed by a destructuring path (`['a', 'b']` for `const { a: { b } } = source`). */
function propertyPath(ix: FileIndex, source: Node, path: readonly string[], depth: number): Node | null {
  let current: Node | null = source;
  for (const key of path) {
    if (!current) return null;
    current = objectProperty(ix, resolveValue(ix, current, depth + 1), key, depth + 1);
  }
  return current ? resolveValue(ix, current, depth + 1) : null;
}

/** The value expression of `key` in an object (or array) literal, or null. */
function objectProperty(ix: FileIndex, obj: Node, key: string, depth = 0): Node | null {
  const resolved = resolveValue(ix, obj, depth + 1);
  if (resolved.type === 'array') {
    const i = Number(key);
    return Number.isInteger(i) ? (namedKids(resolved)[i] ?? null) : null;
  }
  return objectProps(ix, resolved, depth + 1)?.get(key) ?? null;
}

/**
 * The properties of an object literal (after resolving `node` to one): key → value expression,
 * spreads of resolvable objects merged in source order. Null when `node` is not an object.
 */
export function objectProps(ix: FileIndex, node: Node, depth = 0): Map<string, Node> | null {
  if (depth > MAX_DEPTH) return null;
  const obj = resolveValue(ix, node, depth + 1);
  if (obj.type !== 'object') return null;
  const props = new Map<string, Node>();
  for (const entry of namedKids(obj)) {
    if (entry.type === 'pair') {
      const key = entry.childForFieldName('key');
      const value = entry.childForFieldName('value');
      const name = key ? propertyKeyName(key) : null;
      if (name !== null && value) props.set(name, value);
    } else if (entry.type === 'shorthand_property_identifier') {
      props.set(entry.text, entry);
    } else if (entry.type === 'spread_element') {
      const inner = entry.namedChild(0);
      const spread = inner ? objectProps(ix, inner, depth + 1) : null;
      if (spread) for (const [k, v] of spread) props.set(k, v);
    }
  }
  return props;
}

/** A property of an already-collected object, following a dotted path through nested literals. */
export function propAt(ix: FileIndex, props: Map<string, Node> | null, path: string): Node | null {
  if (!props) return null;
  const keys = path.split('.');
  let current = props.get(keys[0]) ?? null;
  for (const key of keys.slice(1)) {
    if (!current) return null;
    current = objectProperty(ix, current, key);
  }
  return current;
}
