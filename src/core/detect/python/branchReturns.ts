/**
 * Which `return`s of a same-file helper a call can reach. `make_client("deepseek")` runs only the
 * `if kind == "deepseek": return OpenAI(...)` branch: conditions that compare parameters with
 * literals (`==`, `!=`, `in`, `is None`, truthiness, `and` / `or` / `not`) are evaluated with the
 * call's literal arguments (or the parameters' defaults). Conditions that cannot be evaluated keep
 * every branch, so the caller can tell a decided return from an open choice.
 */
import type { Node } from 'web-tree-sitter';
import type { Scopes } from './scopes';
import { callArgs, integerValue, stringValue, unwrap } from './syntax';

/** A Python literal value; `null` is None. */
type Literal = string | number | boolean | null;

/** What a parameter holds during one call: a literal, or unknown (`undefined`), and the argument node. */
interface Param {
  readonly value: Literal | undefined;
  readonly node: Node | null;
}

/** The parameters of one helper call. */
export type CallEnv = ReadonlyMap<string, Param>;

/** What the branch evaluation needs from the resolver: name lookup, for constants. */
export interface LiteralSource {
  readonly scopes: Scopes;
}

/** The returns a call may reach, in source order; `decided` when exactly one path is certain. */
export interface ReachedReturns {
  readonly returns: readonly Node[];
  readonly decided: boolean;
  readonly env: CallEnv;
}

interface Flow {
  readonly returns: Node[];
  /** True when every path through the statements ends in a return or raise. */
  readonly exits: boolean;
  /** True when some condition on the way could not be evaluated. */
  readonly open: boolean;
}

/**
 * The return statements of `fn` that `call` can reach. `skipFirst`: the call is a method call
 * (`self.make_client(…)`), so the first parameter is the receiver.
 */
export function reachedReturns(src: LiteralSource, fn: Node, call: Node, skipFirst: boolean): ReachedReturns {
  const env = callEnv(src, fn, call, skipFirst);
  const body = fn.childForFieldName('body');
  const flow = body ? block(src, body, new Map(env)) : { returns: [], exits: false, open: false };
  return { returns: flow.returns, decided: !flow.open && flow.returns.length === 1 && flow.exits, env };
}

/**
 * The literal an expression certainly has: a literal, or a name assigned once from one (`KIND =
 * "deepseek"`). Parameters, env reads and names assigned several times are not certain.
 */
function literalOf(src: LiteralSource, node: Node): Literal | undefined {
  const v = constantNode(src, node);
  switch (v?.type) {
    case 'string':
    case 'concatenated_string': {
      const s = stringValue(v);
      return s && s.complete ? s.text : undefined;
    }
    case 'integer':
      return integerValue(v) ?? undefined;
    case 'true':
      return true;
    case 'false':
      return false;
    case 'none':
      return null;
    default:
      return undefined;
  }
}

/** The literal an expression has inside the helper, parameters taken from the call. */
export function valueIn(src: LiteralSource, env: CallEnv, node: Node): Literal | undefined {
  const n = unwrap(node);
  if (n.type === 'identifier' && env.has(n.text)) return env.get(n.text)?.value;
  if (n.type === 'call') {
    // `kind.lower()` and friends on a known string.
    const fn = n.childForFieldName('function');
    const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : null;
    const method = fn?.childForFieldName('attribute')?.text ?? '';
    const base = object && callArgs(n).positional.length === 0 ? valueIn(src, env, object) : undefined;
    if (typeof base !== 'string') return undefined;
    if (method === 'lower' || method === 'casefold') return base.toLowerCase();
    if (method === 'upper') return base.toUpperCase();
    if (method === 'strip') return base.trim();
    return undefined;
  }
  return literalOf(src, n);
}

function callEnv(src: LiteralSource, fn: Node, call: Node, skipFirst: boolean): Map<string, Param> {
  const args = callArgs(call);
  const env = new Map<string, Param>();
  let position = skipFirst ? -1 : 0;
  let keywordOnly = false;
  for (const p of fn.childForFieldName('parameters')?.namedChildren ?? []) {
    if (!p) continue;
    if (p.type === 'list_splat_pattern' || p.type === 'keyword_separator') {
      keywordOnly = true;
      continue;
    }
    const name = p.type === 'identifier' ? p : p.type === 'typed_parameter' ? p.namedChildren.find((c) => c?.type === 'identifier') ?? null : p.childForFieldName('name');
    if (!name || name.type !== 'identifier') continue;
    const here = keywordOnly ? undefined : position++;
    if (here !== undefined && here < 0) continue;
    const passed = args.keywords.get(name.text) ?? (here !== undefined && !args.hasListSplat ? args.positional[here] : undefined);
    const fallback = args.splats.length > 0 || args.hasListSplat ? undefined : p.childForFieldName('value') ?? undefined;
    const node = passed ?? fallback ?? null;
    env.set(name.text, { value: node ? literalOf(src, node) : undefined, node });
  }
  return env;
}

function block(src: LiteralSource, body: Node, env: Map<string, Param>): Flow {
  const returns: Node[] = [];
  let open = false;
  for (const stmt of body.namedChildren) {
    if (!stmt) continue;
    const flow = statement(src, stmt, env);
    returns.push(...flow.returns);
    open ||= flow.open;
    if (flow.exits) return { returns, exits: true, open };
  }
  return { returns, exits: false, open };
}

function statement(src: LiteralSource, stmt: Node, env: Map<string, Param>): Flow {
  switch (stmt.type) {
    case 'return_statement':
      return { returns: [stmt], exits: true, open: false };
    case 'raise_statement':
      return { returns: [], exits: true, open: false };
    case 'if_statement':
      return ifStatement(src, stmt, env);
    case 'with_statement': {
      const body = stmt.childForFieldName('body');
      return body ? block(src, body, env) : NOTHING;
    }
    case 'function_definition':
    case 'class_definition':
    case 'decorated_definition':
      return NOTHING;
    case 'expression_statement':
      forgetAssigned(stmt, env);
      return NOTHING;
    default: {
      // Loops, try, match: their returns may run, and what they assign is unknown afterwards.
      forgetAssigned(stmt, env);
      const returns = ownReturns(stmt);
      return { returns, exits: false, open: returns.length > 0 };
    }
  }
}

const NOTHING: Flow = { returns: [], exits: false, open: false };

function ifStatement(src: LiteralSource, stmt: Node, env: Map<string, Param>): Flow {
  const clauses: Array<{ condition: Node | null; body: Node | null }> = [
    { condition: stmt.childForFieldName('condition'), body: stmt.childForFieldName('consequence') },
  ];
  for (const alt of stmt.childrenForFieldName('alternative')) {
    if (!alt) continue;
    if (alt.type === 'elif_clause') clauses.push({ condition: alt.childForFieldName('condition'), body: alt.childForFieldName('consequence') });
    else clauses.push({ condition: null, body: alt.childForFieldName('body') });
  }
  const returns: Node[] = [];
  let open = false;
  let everyTakenExits = true;
  for (const clause of clauses) {
    const truth = clause.condition ? conditionIn(src, env, clause.condition) : true;
    if (truth === false) continue;
    const flow = clause.body ? block(src, clause.body, env) : NOTHING;
    returns.push(...flow.returns);
    open ||= flow.open || truth === undefined;
    everyTakenExits &&= flow.exits;
    if (truth === true) return { returns, exits: everyTakenExits, open };
  }
  // No clause is certain to run: the statement may fall through.
  return { returns, exits: false, open };
}

/** A condition's truth with the call's parameters, undefined when it cannot be told. */
export function conditionIn(src: LiteralSource, env: CallEnv, node: Node): boolean | undefined {
  const n = unwrap(node);
  switch (n.type) {
    case 'not_operator': {
      const arg = n.childForFieldName('argument');
      const v = arg ? conditionIn(src, env, arg) : undefined;
      return v === undefined ? undefined : !v;
    }
    case 'boolean_operator': {
      const left = n.childForFieldName('left');
      const right = n.childForFieldName('right');
      const a = left ? conditionIn(src, env, left) : undefined;
      const b = right ? conditionIn(src, env, right) : undefined;
      if (n.childForFieldName('operator')?.type === 'and') return a === false || b === false ? false : a === true && b === true ? true : undefined;
      return a === true || b === true ? true : a === false && b === false ? false : undefined;
    }
    case 'comparison_operator':
      return comparison(src, env, n);
    default: {
      const v = valueIn(src, env, n);
      return v === undefined ? undefined : Boolean(v);
    }
  }
}

function comparison(src: LiteralSource, env: CallEnv, n: Node): boolean | undefined {
  const operands = n.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment' && !/^(not in|is not|in|is|==|!=|<|>|<=|>=|<>)$/.test(c.type));
  const operators = n.childrenForFieldName('operators');
  if (operands.length !== 2 || operators.length !== 1 || !operators[0]) return undefined;
  const op = operators[0].type;
  const left = valueIn(src, env, operands[0]);
  if (left === undefined) return undefined;
  if (op === 'in' || op === 'not in') {
    const found = contains(src, env, operands[1], left);
    return found === undefined ? undefined : op === 'in' ? found : !found;
  }
  const right = valueIn(src, env, operands[1]);
  if (right === undefined) return undefined;
  if (op === '==' || op === 'is') return left === right;
  if (op === '!=' || op === 'is not') return left !== right;
  return undefined;
}

/** Whether a tuple/list/set of literals (or a string) holds a value. */
function contains(src: LiteralSource, env: CallEnv, container: Node, value: Literal): boolean | undefined {
  const items = constantNode(src, container);
  if (!items) return undefined;
  if (items.type === 'tuple' || items.type === 'list' || items.type === 'set') {
    const values = items.namedChildren.filter((i): i is Node => i !== null && i.type !== 'comment').map((i) => valueIn(src, env, i));
    if (values.includes(value)) return true;
    return values.includes(undefined) ? undefined : false;
  }
  if (items.type === 'dictionary') {
    const keys = items.namedChildren.filter((p): p is Node => p?.type === 'pair').map((p) => { const k = p.childForFieldName('key'); return k ? valueIn(src, env, k) : undefined; });
    if (keys.includes(value)) return true;
    return keys.includes(undefined) || items.namedChildren.some((p) => p?.type === 'dictionary_splat') ? undefined : false;
  }
  const s = valueIn(src, env, items);
  return typeof s === 'string' && typeof value === 'string' ? s.includes(value) : undefined;
}

/** An expression, or the one value a name is ever assigned (`KINDS = ("a", "b")`); null for other names. */
function constantNode(src: LiteralSource, node: Node, hops = 0): Node | null {
  const v = unwrap(node);
  if (v.type !== 'identifier') return v;
  const targets = src.scopes.lookup(v.text, v);
  const only = targets.length === 1 && targets[0].kind === 'binding' && targets[0].binding.kind === 'assign' ? targets[0].binding.value : null;
  return only && hops < 4 ? constantNode(src, only, hops + 1) : null;
}

/** A reassigned parameter (`kind = kind.lower()`) no longer holds the argument. */
function forgetAssigned(stmt: Node, env: Map<string, Param>): void {
  for (const a of stmt.descendantsOfType(['assignment', 'augmented_assignment', 'for_statement', 'named_expression'])) {
    const target = a ? a.childForFieldName('left') ?? a.childForFieldName('name') : null;
    for (const id of target ? [target, ...target.descendantsOfType('identifier')] : []) {
      if (id && id.type === 'identifier' && env.has(id.text)) env.set(id.text, { value: undefined, node: null });
    }
  }
}

/** Return statements inside a statement that belong to the same function (not nested definitions). */
function ownReturns(stmt: Node): Node[] {
  const nested = stmt.descendantsOfType(['function_definition', 'lambda', 'class_definition']).filter((d): d is Node => d !== null);
  return stmt.descendantsOfType('return_statement').filter((r): r is Node => r !== null && !nested.some((d) => d.startIndex <= r.startIndex && r.endIndex <= d.endIndex));
}
