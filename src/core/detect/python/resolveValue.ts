/**
 * Constant resolution: follows names, `self.x` attributes, class attributes, dict entries,
 * `os.getenv("X", "default")`, `x or "default"` and same-file helper functions back to the
 * expression that gives a value. Everything is lazy and depth-limited; unknown means null.
 */
import type { Node } from 'web-tree-sitter';
import type { FileIndex } from './fileIndex';
import { bindingKey } from './fileIndex';
import { HelperCalls } from './helperCalls';
import { Scopes } from './scopes';
import { formattedString } from './stringFormat';
import type { StrValue } from './syntax';
import { callArgs, collapse, integerValue, stringValue, unwrap } from './syntax';

const MAX_DEPTH = 14;
/** Callees that read an environment variable: `os.getenv`, `getenv`, `os.environ.get`. */
export const GETENV = /^(os\.)?(getenv|environ\.get)$/;
const LITERAL_TYPES = new Set(['string', 'concatenated_string', 'integer', 'float', 'true', 'false', 'dictionary', 'list', 'tuple']);

/** Resolves expressions of one file to the expressions that define them. */
export class Resolver {
  readonly scopes: Scopes;
  /** Calls of the file's own helper functions. */
  readonly helpers: HelperCalls;
  private readonly memo = new Map<number, Node | null>();

  constructor(readonly index: FileIndex) {
    this.scopes = new Scopes(index);
    this.helpers = new HelperCalls(this);
  }

  /**
   * The defining expression of `node`: a literal, a dict/list, a call (constructors stay calls),
   * a parameter's type annotation, or an imported module name (its identifier). Null when unknown.
   */
  resolve(node: Node, depth = 0): Node | null {
    if (depth > MAX_DEPTH) return null;
    const cached = this.memo.get(node.id);
    if (cached !== undefined) return cached;
    const result = this.resolveUncached(node, depth);
    this.memo.set(node.id, result);
    return result;
  }

  private resolveUncached(node: Node, depth: number): Node | null {
    const n = unwrap(node);
    switch (n.type) {
      case 'identifier':
        return this.resolveName(n, depth);
      case 'attribute':
        return this.resolveAttribute(n, depth);
      case 'subscript':
        return this.resolveSubscript(n, depth);
      case 'call':
        return this.resolveCall(n, depth);
      case 'boolean_operator': {
        const left = n.childForFieldName('left');
        const right = n.childForFieldName('right');
        const op = n.childForFieldName('operator')?.text ?? n.child(1)?.text;
        if (op === 'and') return right ? this.resolve(right, depth + 1) : null;
        // `x or "default"`: the more telling side wins (a literal, then a constructor), the left on ties.
        const l = left ? this.resolve(left, depth + 1) : null;
        const r = right ? this.resolve(right, depth + 1) : null;
        return rank(r) > rank(l) ? r : l;
      }
      case 'none':
        return null;
      default:
        return n;
    }
  }

  /** A resolved string (f-string parts resolved too), or null. */
  string(node: Node, depth = 0): StrValue | null {
    const n = this.resolve(node, depth);
    if (!n) return null;
    if (n.type === 'string' || n.type === 'concatenated_string') return stringValue(n, (e) => this.fieldText(e, depth + 1));
    if (n.type === 'binary_operator' && n.child(1)?.type === '+') {
      const l = n.childForFieldName('left');
      const r = n.childForFieldName('right');
      const a = l ? this.string(l, depth + 1) : null;
      const b = r ? this.string(r, depth + 1) : null;
      if (!a && !b) return null;
      const left = a ?? unknownPart(l);
      const right = b ?? unknownPart(r);
      return { text: left.text + right.text, literal: left.literal + right.literal, complete: left.complete && right.complete, hasLiteral: left.hasLiteral || right.hasLiteral };
    }
    if ((n.type === 'binary_operator' && n.child(1)?.type === '%') || n.type === 'call') return formattedString(this, n, depth);
    return null;
  }

  /** A string that is fully known, or null. */
  exactString(node: Node): string | null {
    const v = this.string(node);
    return v && v.complete ? v.text : null;
  }

  /** A resolved integer, or null. */
  int(node: Node): number | null {
    const n = this.resolve(node);
    return n ? integerValue(n) : null;
  }

  /** A resolved boolean literal, or null. */
  bool(node: Node): boolean | null {
    const n = this.resolve(node);
    if (!n) return null;
    return n.type === 'true' ? true : n.type === 'false' ? false : null;
  }

  /** The value of key `key` in a dict literal or `dict(k=v)` call, resolved; null when absent. */
  entry(container: Node, key: string): Node | null {
    const n = unwrap(container);
    if (n.type === 'dictionary') {
      for (const pair of n.namedChildren) {
        if (!pair || pair.type !== 'pair') continue;
        const k = pair.childForFieldName('key');
        if (k && this.exactString(k) === key) return pair.childForFieldName('value');
      }
      return null;
    }
    if (n.type === 'call' && n.childForFieldName('function')?.text === 'dict') return callArgs(n).keywords.get(key) ?? null;
    return null;
  }

  /**
   * Every expression a name, attribute or helper call may stand for (all branches of an
   * `if/else` assignment, all `return`s of a helper), unresolved, best first.
   */
  alternatives(node: Node): Node[] {
    const n = unwrap(node);
    if (n.type === 'identifier' || n.type === 'attribute') return this.targetsOf(n).map((t) => t.value).filter((v): v is Node => v !== null);
    return n.type === 'call' ? this.helpers.allReturnExpressions(n) : [];
  }

  /** Assigned values an identifier or attribute may refer to, best first (no resolution beyond one step). */
  targetsOf(n: Node): Array<{ value: Node | null }> {
    if (n.type === 'identifier') {
      return this.scopes.lookup(n.text, n).map((t) => (t.kind === 'binding' ? { value: t.binding.value } : t.kind === 'param' ? { value: t.value } : { value: null }));
    }
    return this.attributeBindings(n).map((b) => ({ value: b.value }));
  }

  private resolveName(n: Node, depth: number): Node | null {
    for (const target of this.scopes.lookup(n.text, n)) {
      if (target.kind === 'import') return n;
      if (target.kind === 'param') {
        // What the file passes where it builds the class says more than the parameter's default.
        const injected = this.constructorArgument(target.fn, target.name.text, depth);
        if (injected) return injected;
        if (target.value) {
          const r = this.resolve(target.value, depth + 1);
          if (r && r.type !== 'none') return r;
        }
        // A test's parameter named after a pytest fixture of this file is what the fixture gives.
        const fixture = !target.value ? this.helpers.fixtureNamed(n.text) : null;
        return (fixture ? this.helpers.providedValue(fixture, depth) : null) ?? target.type;
      }
      const b = target.binding;
      if (!b.value) return null;
      if (b.kind === 'annotation') return b.value;
      const r = this.resolve(b.value, depth + 1);
      if (r) return r;
    }
    return null;
  }

  /**
   * Constructor injection: what this file passes for `param` of a class's `__init__` where it
   * builds the class (`writer = ReportWriter(AsyncOpenAI(base_url=…))`) — only when every place
   * that builds it passes the same value; otherwise (one omits it, or they differ) null.
   */
  private constructorArgument(fn: Node, param: string, depth: number): Node | null {
    if (fn.childForFieldName('name')?.text !== '__init__') return null;
    const cls = this.scopes.classOf(fn)?.childForFieldName('name')?.text;
    if (!cls) return null;
    const params = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter((p): p is Node => p !== null && p.type !== 'comment');
    const at = params.findIndex((p) => (p.type === 'identifier' ? p : p.childForFieldName('name') ?? p.namedChildren.find((c) => c?.type === 'identifier'))?.text === param);
    // Parameters after `*` or `*args` are keyword-only.
    const positional = at > 0 && !params.slice(0, at).some((p) => p.type === 'keyword_separator' || p.type === 'list_splat_pattern') ? at - 1 : -1;
    let found: Node | null = null;
    for (const call of this.index.callsOf(cls)) {
      const args = callArgs(call);
      const arg = args.keywords.get(param) ?? (positional >= 0 ? args.positional[positional] : undefined);
      const resolved = arg ? this.resolve(arg, depth + 1) : null;
      if (!resolved || (found && found.text !== resolved.text)) return null;
      found ??= resolved;
    }
    return found;
  }

  private resolveAttribute(n: Node, depth: number): Node | null {
    for (const b of this.attributeBindings(n)) {
      if (!b.value) continue;
      if (b.kind === 'annotation') return b.value;
      const r = this.resolve(b.value, depth + 1);
      if (r) return r;
    }
    const object = n.childForFieldName('object');
    const attr = n.childForFieldName('attribute')?.text;
    if (!object || !attr) return null;
    const cls = this.classOfExpression(object, depth);
    if (cls) return this.classAttribute(cls, attr, depth, 0);
    const parsed = this.resolve(object, depth + 1);
    if (parsed && parsed.type === 'call' && /(^|\.)parse(_known)?_args$/.test(collapse(parsed.childForFieldName('function')?.text ?? ''))) {
      const declared = this.index.argparseDefault(attr);
      return declared ? this.resolve(declared, depth + 1) : null;
    }
    return null;
  }

  /** Bindings of an attribute path: `self.x` within the enclosing class, other paths file-wide. */
  private attributeBindings(n: Node): readonly { value: Node | null; kind: string }[] {
    const key = collapse(n.text);
    const all = this.index.bindings(key);
    const object = n.childForFieldName('object');
    if (object && (object.text === 'self' || object.text === 'cls')) {
      const cls = this.scopes.classOf(n);
      if (!cls) return all;
      // The class itself first, then its base classes defined in this file.
      for (const c of this.classChain(cls)) {
        const mine = all.filter((b) => this.scopes.classOf(b.target)?.id === c.id);
        // Values set in __init__ are the ones every method sees first.
        if (mine.length > 0) return mine.sort((a, b) => initRank(this.scopes.functionOf(a.target)) - initRank(this.scopes.functionOf(b.target)));
      }
      return [];
    }
    return [...all].reverse();
  }

  /** A class and its base classes defined in this file, nearest first. */
  private classChain(cls: Node): Node[] {
    const out = [cls];
    for (let i = 0; i < out.length && out.length < 6; i++) {
      for (const base of out[i].childForFieldName('superclasses')?.namedChildren ?? []) {
        const parent = base && base.type === 'identifier' ? this.index.classNamed(base.text) : undefined;
        if (parent && !out.some((c) => c.id === parent.id)) out.push(parent);
      }
    }
    return out;
  }

  /** The class an expression names or instantiates, when the file defines it. */
  private classOfExpression(object: Node, depth: number): Node | null {
    const o = unwrap(object);
    if (o.type === 'identifier' && (o.text === 'self' || o.text === 'cls')) return this.scopes.classOf(o);
    if (o.type === 'identifier') {
      const direct = this.index.classNamed(o.text);
      if (direct && this.scopes.lookup(o.text, o).length === 0) return direct;
    }
    const r = this.resolve(o, depth + 1);
    if (r && r.type === 'call') {
      const fn = r.childForFieldName('function');
      if (fn && fn.type === 'identifier') return this.index.classNamed(fn.text) ?? null;
    }
    return null;
  }

  /** A class attribute or `self.attr` assignment of a class defined in this file, or of its bases. */
  private classAttribute(cls: Node, attr: string, depth: number, hops: number): Node | null {
    for (const b of this.index.bindings(attr)) {
      if (this.scopes.scopeOf(b.target)?.id !== cls.id || !b.value) continue;
      if (b.kind === 'annotation') return b.value;
      const r = this.resolve(b.value, depth + 1);
      if (r) return r;
    }
    for (const b of this.index.bindings(`self.${attr}`)) {
      if (this.scopes.classOf(b.target)?.id !== cls.id || !b.value) continue;
      const r = this.resolve(b.value, depth + 1);
      if (r) return r;
    }
    if (hops > 4) return null;
    for (const base of cls.childForFieldName('superclasses')?.namedChildren ?? []) {
      const parent = base && base.type === 'identifier' ? this.index.classNamed(base.text) : undefined;
      if (parent) {
        const r = this.classAttribute(parent, attr, depth, hops + 1);
        if (r) return r;
      }
    }
    return null;
  }

  private resolveSubscript(n: Node, depth: number): Node | null {
    const assigned = this.index.bindings(bindingKey(n));
    for (let i = assigned.length - 1; i >= 0; i--) {
      const v = assigned[i].value;
      const r = v ? this.resolve(v, depth + 1) : null;
      if (r) return r;
    }
    const value = n.childForFieldName('value');
    const key = n.childForFieldName('subscript');
    if (!value || !key) return null;
    const container = this.resolve(value, depth + 1);
    if (!container) return n;
    const k = this.string(key, depth + 1);
    if (k && k.complete) {
      const v = this.entry(container, k.text);
      return v ? this.resolve(v, depth + 1) : null;
    }
    const i = this.int(key);
    if (i !== null && (container.type === 'list' || container.type === 'tuple')) {
      const items = container.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
      const item = items[i < 0 ? items.length + i : i];
      return item ? this.resolve(item, depth + 1) : null;
    }
    return null;
  }

  private resolveCall(n: Node, depth: number): Node | null {
    const fn = n.childForFieldName('function');
    if (!fn) return n;
    const callee = collapse(fn.text);
    const args = callArgs(n);
    if (GETENV.test(callee) || /(^|\.)environ\.get$/.test(callee)) {
      const fallback = args.positional[1] ?? args.keywords.get('default');
      return fallback ? this.resolve(fallback, depth + 1) ?? n : n;
    }
    if (fn.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'get' && args.positional[0]) {
      const object = fn.childForFieldName('object');
      const key = this.exactString(args.positional[0]);
      const container = object ? this.resolve(object, depth + 1) : null;
      const found = container && key !== null ? this.entry(container, key) : null;
      if (found) return this.resolve(found, depth + 1);
      const fallback = args.positional[1] ?? args.keywords.get('default');
      return fallback ? this.resolve(fallback, depth + 1) : null;
    }
    if ((callee === 'str' || callee === 'int') && args.positional.length === 1) return this.resolve(args.positional[0], depth + 1);
    // Declared defaults: pydantic `Field(default=…)`, dataclasses `field(default=…)`, typer `Option("…")`.
    if (/(^|\.)(Field|field|Option|Argument)$/.test(callee)) {
      const declared = args.keywords.get('default') ?? (/field$/i.test(callee) ? undefined : args.positional[0]);
      return declared && declared.type !== 'ellipsis' ? this.resolve(declared, depth + 1) : null;
    }
    // FastAPI dependencies: `client = Depends(get_client)` is what get_client gives (unknown: the
    // parameter's annotation, which the caller falls back to).
    if (/(^|\.)(Depends|Security)$/.test(callee)) {
      const dependency = args.positional[0] ?? args.keywords.get('dependency');
      const provider = dependency?.type === 'identifier' ? this.helpers.functionNamed(dependency) : null;
      return provider ? this.helpers.providedValue(provider, depth) : null;
    }
    const helper = this.helpers.functionNamed(fn);
    if (helper) return this.helpers.returnedValue(helper, n, depth) ?? n;
    return n;
  }

  /** The text an f-string interpolation or a format argument stands for, when fully known. */
  fieldText(expr: Node, depth: number): string | null {
    const v = this.string(expr, depth);
    if (v && v.complete) return v.text;
    const n = this.resolve(expr, depth);
    if (n && (n.type === 'integer' || n.type === 'float')) return n.text;
    return null;
  }
}

/** How much a resolved value says: a literal, a constructor call, something else, an env read without default. */
function rank(n: Node | null): number {
  if (!n) return -1;
  if (LITERAL_TYPES.has(n.type)) return 3;
  if (n.type === 'call') return GETENV.test(collapse(n.childForFieldName('function')?.text ?? '')) ? 0 : 2;
  return 1;
}

function unknownPart(node: Node | null): StrValue {
  return { text: `{${node?.text ?? ''}}`, literal: '', complete: false, hasLiteral: false };
}

function initRank(fn: Node | null): number {
  const name = fn?.childForFieldName('name')?.text;
  return name === '__init__' ? 0 : name === undefined ? 1 : 2;
}
