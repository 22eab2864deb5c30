/**
 * Calls of same-file helper functions (`make_client("deepseek")`, `self._client()`): which function
 * a callee names, which of its returns the call reaches (see branchReturns.ts), and the value it
 * returns, with dict lookups by a parameter (`return CLIENTS[name]`) done with the call's argument.
 */
import type { Node } from 'web-tree-sitter';
import type { CallEnv, ReachedReturns } from './branchReturns';
import { conditionIn, reachedReturns, valueIn } from './branchReturns';
import type { Resolver } from './resolveValue';
import { callArgs, unwrap } from './syntax';

/** Helper-call lookups of one file, memoised per call. */
export class HelperCalls {
  private readonly reached = new Map<number, ReachedReturns>();

  constructor(private readonly r: Resolver) {}

  /** A function of this file that a callee names (`make_client()`, `self._client()`), not a class. */
  functionNamed(fn: Node): Node | null {
    const { index, scopes } = this.r;
    if (fn.type === 'identifier') {
      if (index.classNamed(fn.text)) return null;
      const defs = index.functions(fn.text).filter((d) => scopes.classOf(d) === null);
      return defs[defs.length - 1] ?? null;
    }
    if (fn.type === 'attribute' && fn.childForFieldName('object')?.text === 'self') {
      const cls = scopes.classOf(fn);
      const name = fn.childForFieldName('attribute')?.text ?? '';
      return index.functions(name).find((d) => cls !== null && scopes.classOf(d)?.id === cls.id) ?? null;
    }
    return null;
  }

  /** The returns a call of `helper` can reach, with the call's parameters. */
  reach(helper: Node, call: Node): ReachedReturns {
    let found = this.reached.get(call.id);
    if (!found) {
      const first = helper.childForFieldName('parameters')?.namedChildren.find((p) => p !== null && p.type !== 'comment');
      const isMethod = call.childForFieldName('function')?.type === 'attribute' && (first?.text === 'self' || first?.text === 'cls');
      found = reachedReturns(this.r, helper, call, isMethod);
      this.reached.set(call.id, found);
    }
    return found;
  }

  /**
   * The value a helper call returns: the one return it certainly reaches, else the first reachable
   * return that resolves (callers that must not guess ask `openReturns`).
   */
  returnedValue(helper: Node, call: Node, depth: number): Node | null {
    const reach = this.reach(helper, call);
    if (reach.decided) {
      const value = reach.returns[0].namedChild(0);
      return value ? this.valueWith(value, reach.env, depth) : null;
    }
    for (const ret of reach.returns) {
      const value = ret.namedChild(0);
      const resolved = value ? this.r.resolve(value, depth + 1) : null;
      if (resolved) return resolved;
    }
    return null;
  }

  /**
   * What a provider function hands out when a framework calls it (a FastAPI dependency, a pytest
   * fixture): the first of its returned or yielded values that resolves.
   */
  providedValue(provider: Node, depth: number): Node | null {
    for (const value of this.ownValues(provider, ['return_statement', 'yield'])) {
      const resolved = this.r.resolve(value, depth + 1);
      if (resolved) return resolved;
    }
    return null;
  }

  /** The module-level function `name` when it is a pytest fixture (`@pytest.fixture`, `@fixture(...)`). */
  fixtureNamed(name: string): Node | null {
    const defs = this.r.index.functions(name).filter((d) => this.r.scopes.classOf(d) === null);
    const def = defs[defs.length - 1];
    const decorated = def?.parent?.type === 'decorated_definition' ? def.parent : null;
    const isFixture = decorated?.namedChildren.some((d) => d?.type === 'decorator' && /^@\s*(pytest\.)?fixture\b/.test(d.text));
    return isFixture ? def : null;
  }

  /** The expressions of every return of a helper call's function, reachable or not (unresolved, in source order). */
  allReturnExpressions(call: Node): Node[] {
    const fn = call.childForFieldName('function');
    const helper = fn ? this.functionNamed(fn) : null;
    return helper ? this.ownValues(helper, ['return_statement']) : [];
  }

  /** The values of `fn`'s own statements of these types (not those of functions nested in it), in source order. */
  private ownValues(fn: Node, types: readonly string[]): Node[] {
    const out: Node[] = [];
    for (const node of fn.childForFieldName('body')?.descendantsOfType([...types]) ?? []) {
      const value = node && this.r.scopes.functionOf(node)?.id === fn.id ? node.namedChild(0) : null;
      if (value) out.push(value);
    }
    return out;
  }

  /**
   * When an expression stands for a helper call whose branches cannot be decided (`make_client(kind)`
   * with `kind` unknown), the expressions of the returns it may reach; otherwise [].
   */
  openReturns(node: Node): Node[] {
    let n = unwrap(node);
    for (let hops = 0; hops < 4 && (n.type === 'identifier' || n.type === 'attribute'); hops++) {
      const value = this.r.targetsOf(n)[0]?.value;
      if (!value) return [];
      n = unwrap(value);
    }
    if (n.type !== 'call') return [];
    const fn = n.childForFieldName('function');
    const helper = fn ? this.functionNamed(fn) : null;
    const reach = helper ? this.reach(helper, n) : null;
    if (!reach || reach.decided) return [];
    return reach.returns.map((ret) => ret.namedChild(0)).filter((v): v is Node => v !== null);
  }

  /** A returned expression with the call's parameters: `name`, `CLIENTS[name]`, `CLIENTS.get(name, …)`, `a if name == "x" else b`. */
  private valueWith(expr: Node, env: CallEnv, depth: number): Node | null {
    const n = unwrap(expr);
    if (depth > 12) return null;
    if (n.type === 'identifier' && env.has(n.text)) {
      const arg = env.get(n.text)?.node;
      const passed = arg ? this.r.resolve(arg, depth + 1) : null;
      // Otherwise the parameter's own default or type hint, as for any name.
      if (passed) return passed;
    }
    if (n.type === 'conditional_expression') {
      const [whenTrue, test, whenFalse] = n.namedChildren;
      const truth = test ? conditionIn(this.r, env, test) : undefined;
      const chosen = truth === true ? whenTrue : truth === false ? whenFalse : null;
      if (chosen) return this.valueWith(chosen, env, depth + 1);
    }
    const lookup = dictLookup(n);
    const key = lookup ? valueIn(this.r, env, lookup.key) : undefined;
    if (lookup && typeof key === 'string') {
      const container = this.r.resolve(lookup.dict, depth + 1);
      const entry = container ? this.r.entry(container, key) : null;
      if (entry) return this.valueWith(entry, env, depth + 1);
      if (lookup.fallback) return this.valueWith(lookup.fallback, env, depth + 1);
    }
    return this.r.resolve(n, depth + 1);
  }
}

/** `d[key]` and `d.get(key[, default])`. */
function dictLookup(n: Node): { dict: Node; key: Node; fallback: Node | null } | null {
  if (n.type === 'subscript') {
    const dict = n.childForFieldName('value');
    const key = n.childForFieldName('subscript');
    return dict && key ? { dict, key, fallback: null } : null;
  }
  if (n.type !== 'call') return null;
  const fn = n.childForFieldName('function');
  const dict = fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'get' ? fn.childForFieldName('object') : null;
  const args = callArgs(n);
  return dict && args.positional[0] ? { dict, key: args.positional[0], fallback: args.positional[1] ?? args.keywords.get('default') ?? null } : null;
}
