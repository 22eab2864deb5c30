/**
 * Python name lookup over the file index: which binding, parameter or import a name refers to at
 * a given place, following Python's function / class / module scoping closely enough for
 * constants, clients and configuration.
 */
import type { Node } from 'web-tree-sitter';
import type { Binding, FileIndex, ImportRef } from './fileIndex';

/** What a name refers to at one place in the file. */
export type NameTarget =
  | { readonly kind: 'binding'; readonly binding: Binding }
  | { readonly kind: 'param'; readonly name: Node; readonly value: Node | null; readonly type: Node | null; readonly fn: Node }
  | { readonly kind: 'import'; readonly ref: ImportRef };

/** Name lookup over the index's scope table, with per-binding scope caching. */
export class Scopes {
  private readonly scopeCache = new Map<number, number>();
  private readonly starts: number[];

  constructor(private readonly index: FileIndex) {
    this.starts = index.scopes.map((s) => s.start);
  }

  /** The innermost function/class/lambda around a node (never the node itself), or null at module level. */
  scopeOf(node: Node): Node | null {
    const i = this.innermost(node);
    return i >= 0 ? this.index.scopes[i].node : null;
  }

  /** The class a method body (or class body) belongs to. */
  classOf(node: Node): Node | null {
    return this.outward(node, 'class_definition');
  }

  /** The innermost function definition around a node. */
  functionOf(node: Node): Node | null {
    return this.outward(node, 'function_definition');
  }

  /**
   * Candidate targets of `name` at `at`, best first: the innermost scope that binds it wins;
   * within a scope the last binding before `at` comes first, then earlier ones, then later ones.
   */
  lookup(name: string, at: Node): NameTarget[] {
    const chain: Array<Node | null> = [];
    for (let i = this.innermost(at); i >= 0; i = this.index.scopes[i].parent) chain.push(this.index.scopes[i].node);
    chain.push(null);
    const all = this.index.bindings(name);
    for (let i = 0; i < chain.length; i++) {
      const scope = chain[i];
      // A class body's names are not visible inside its methods.
      if (scope && scope.type === 'class_definition' && i > 0) continue;
      const here = all.filter((b) => this.bindingScopeId(b) === (scope ? scope.id : -1));
      const param = scope && scope.type !== 'class_definition' ? parameterNamed(scope, name) : null;
      if (here.length === 0 && !param) continue;
      const out: NameTarget[] = [];
      const deferred = scope === null && chain.length > 1;
      const before = here.filter((b) => deferred || b.endIndex <= at.startIndex);
      const after = here.filter((b) => !deferred && b.endIndex > at.startIndex);
      for (let j = before.length - 1; j >= 0; j--) out.push({ kind: 'binding', binding: before[j] });
      if (param) out.push(param);
      for (const b of after) out.push({ kind: 'binding', binding: b });
      return out;
    }
    const ref = this.index.importOf(name);
    return ref ? [{ kind: 'import', ref }] : [];
  }

  /** Index of the innermost scope strictly around `node` (by byte range), or -1. */
  private innermost(node: Node): number {
    const pos = node.startIndex;
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (let i = found; i >= 0; i = this.index.scopes[i].parent) {
      const s = this.index.scopes[i];
      if (s.id !== node.id && s.start <= pos && pos < s.end) return i;
    }
    return -1;
  }

  private outward(node: Node, type: string): Node | null {
    for (let i = this.innermost(node); i >= 0; i = this.index.scopes[i].parent) {
      if (this.index.scopes[i].type === type) return this.index.scopes[i].node;
    }
    return null;
  }

  private bindingScopeId(b: Binding): number {
    const key = b.target.id;
    let id = this.scopeCache.get(key);
    if (id === undefined) {
      id = this.scopeOf(b.target)?.id ?? -1;
      this.scopeCache.set(key, id);
    }
    return id;
  }
}

/** The parameter called `name` of a function or lambda, with its default value and annotation. */
export function parameterNamed(fn: Node, name: string): NameTarget | null {
  const params = fn.childForFieldName('parameters');
  if (!params) return null;
  for (const p of params.namedChildren) {
    if (!p) continue;
    let id: Node | null = null;
    let value: Node | null = null;
    let type: Node | null = null;
    switch (p.type) {
      case 'identifier':
        id = p;
        break;
      case 'default_parameter':
      case 'typed_default_parameter':
        id = p.childForFieldName('name');
        value = p.childForFieldName('value');
        type = p.childForFieldName('type');
        break;
      case 'typed_parameter':
        id = p.namedChildren.find((c) => c?.type === 'identifier') ?? null;
        type = p.childForFieldName('type');
        break;
      default:
        break;
    }
    if (id && id.text === name) return { kind: 'param', name: id, value, type, fn };
  }
  return null;
}
