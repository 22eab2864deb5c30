/**
 * Lazy, cached facts about one parsed file: which names a scope binds, what a class's members
 * hold, which assignments a scope makes, which modules the file imports. Everything is computed on
 * first use and only for the scopes a detected call needs, so a file is never walked twice.
 */
import type { Node } from 'web-tree-sitter';
import { blockBindings, packageName, paramBindings } from './bindings';
import type { Binding, ImportBinding } from './bindings';
import { BLOCK_TYPES, CLASS_TYPES, FUNCTION_TYPES, namedKids, stringLiteral } from './syntax';

/** What a class member (field, parameter property, `this.x = …`) holds. */
export interface ClassMember {
  readonly value: Node | null;
  readonly type: Node | null;
  /** For a parameter property (`constructor(private readonly client: OpenAI)`): that constructor. */
  readonly parameterOf: Node | null;
  /** Right-hand sides of `this.<name> = …` anywhere in the class. */
  readonly assigned: readonly Node[];
}

interface Scope {
  readonly node: Node;
  /** A block (declarations) rather than a function (parameters). */
  readonly block: boolean;
}

const ASSIGNMENT_TYPES = ['assignment_expression', 'augmented_assignment_expression'];

export class FileIndex {
  private readonly blocks = new Map<number, Map<string, Binding>>();
  private readonly params = new Map<number, Map<string, Binding>>();
  private newByName: Map<string, Node[]> | undefined;
  private readonly classes = new Map<number, Map<string, ClassMember>>();
  private readonly assignmentCache = new Map<number, Node[]>();
  private readonly nameAssignmentCache = new Map<number, { name: string; right: Node; plain: boolean }[]>();
  private lineStarts: number[] | null = null;
  private readonly memos = new Map<string, unknown>();
  private readonly ancestorCache = new Map<number, Node[]>();
  private readonly scopeCache = new Map<number, readonly Scope[]>();
  private topLevel: { readonly starts: number[]; readonly nodes: Node[] } | null = null;

  constructor(
    readonly root: Node,
    readonly text: string,
  ) {}

  /** Computes a per-file value once (e.g. the list of SDK clients the file constructs). */
  memo<T>(key: string, compute: () => T): T {
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = compute();
    this.memos.set(key, value);
    return value;
  }

  /**
   * The ancestors of a node, innermost first, ending with the root. tree-sitter's `parent` walks
   * down from the root on every call, which is slow in files with many top-level statements;
   * here the top-level statement is found by binary search and the path descends from it once.
   */
  ancestors(node: Node): Node[] {
    let chain = this.ancestorCache.get(node.id);
    if (!chain) {
      chain = this.descendTo(node) ?? parentChain(node);
      this.ancestorCache.set(node.id, chain);
    }
    return chain;
  }

  /** The parent of a node (see ancestors). */
  parentOf(node: Node): Node | null {
    return this.ancestors(node)[0] ?? null;
  }

  private descendTo(node: Node): Node[] | null {
    if (node.id === this.root.id) return [];
    const top = this.topLevelContaining(node);
    if (!top) return null;
    const path: Node[] = [this.root];
    let current: Node | null = top;
    for (let guard = 0; guard < 1000 && current && current.id !== node.id; guard++) {
      path.push(current);
      current = current.childWithDescendant(node);
    }
    if (current?.id !== node.id) return null;
    // Every node on the way down gets its own chain for free.
    for (let i = 1; i < path.length; i++) {
      if (!this.ancestorCache.has(path[i].id)) this.ancestorCache.set(path[i].id, path.slice(0, i).reverse());
    }
    return path.reverse();
  }

  /** The scopes around a node, innermost first: blocks declare names, functions bind parameters. */
  private scopes(node: Node): readonly Scope[] {
    let cached = this.scopeCache.get(node.id);
    if (cached) return cached;
    const parent = this.parentOf(node);
    const outer = parent ? this.scopes(parent) : [];
    const type = node.type;
    cached = BLOCK_TYPES.has(type) ? [{ node, block: true }, ...outer] : FUNCTION_TYPES.has(type) ? [{ node, block: false }, ...outer] : outer;
    this.scopeCache.set(node.id, cached);
    return cached;
  }

  private topLevelContaining(node: Node): Node | null {
    if (!this.topLevel) {
      const nodes = this.root.children.filter((n): n is Node => n !== null);
      this.topLevel = { starts: nodes.map((n) => n.startIndex), nodes };
    }
    const { starts, nodes } = this.topLevel;
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= node.startIndex) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    const top = found >= 0 ? nodes[found] : null;
    return top && top.endIndex >= node.endIndex ? top : null;
  }

  /** The binding of `name` visible at `from` (innermost scope first), or null for globals. */
  lookup(from: Node, name: string): Binding | null {
    for (const scope of this.scopes(from)) {
      const found = (scope.block ? this.bindingsOf(scope.node) : this.paramsOf(scope.node)).get(name);
      if (found) return found;
    }
    return null;
  }

  /** The top-level import (or require) that binds `name`, if any. */
  importOf(name: string): ImportBinding | null {
    const b = this.bindingsOf(this.root).get(name);
    return b && b.kind === 'import' ? b : null;
  }

  /** All top-level imports and requires of the file. */
  imports(): ImportBinding[] {
    const out: ImportBinding[] = [];
    for (const b of this.bindingsOf(this.root).values()) if (b.kind === 'import') out.push(b);
    return out;
  }

  /** Whether the file imports (or requires) a module for which `test` holds. */
  importsModule(test: (module: string) => boolean): boolean {
    return this.modules().some(test);
  }

  /** Every module the file imports or requires at top level, type-only and side-effect imports included. */
  private modules(): string[] {
    return this.memo('modules', () => {
      const out = new Set(this.imports().map((b) => b.module));
      for (const stmt of namedKids(this.root)) {
        const source = stmt.type === 'import_statement' ? stmt.childForFieldName('source') : null;
        const value = source ? stringLiteral(source) : null;
        if (value !== null) out.add(packageName(value));
      }
      return [...out];
    });
  }

  /** `new <name>(…)` expressions of the file, in document order (found on first use). */
  newExpressionsOf(name: string): readonly Node[] {
    if (!this.newByName) {
      this.newByName = new Map();
      for (const node of this.root.descendantsOfType('new_expression')) {
        const ctor = node?.childForFieldName('constructor');
        if (!node || ctor?.type !== 'identifier') continue;
        const list = this.newByName.get(ctor.text);
        if (list) list.push(node);
        else this.newByName.set(ctor.text, [node]);
      }
    }
    return this.newByName.get(name) ?? [];
  }

  bindingsOf(block: Node): Map<string, Binding> {
    let cached = this.blocks.get(block.id);
    if (!cached) {
      cached = blockBindings(block);
      this.blocks.set(block.id, cached);
    }
    return cached;
  }

  private paramsOf(fn: Node): Map<string, Binding> {
    let cached = this.params.get(fn.id);
    if (!cached) {
      cached = paramBindings(fn);
      this.params.set(fn.id, cached);
    }
    return cached;
  }

  /** The class whose `this` an expression at `from` refers to (arrow functions keep `this`). */
  enclosingClass(from: Node): Node | null {
    for (const node of this.ancestors(from)) {
      if (CLASS_TYPES.has(node.type)) return node;
      if (node.type === 'function_declaration' || node.type === 'function_expression' || node.type === 'function') return null;
    }
    return null;
  }

  /** The members of a class: fields, constructor parameter properties and `this.x = …` assignments. */
  classMembers(cls: Node): Map<string, ClassMember> {
    const cached = this.classes.get(cls.id);
    if (cached) return cached;
    const members = new Map<string, { value: Node | null; type: Node | null; parameterOf: Node | null; assigned: Node[] }>();
    const entry = (name: string): { value: Node | null; type: Node | null; parameterOf: Node | null; assigned: Node[] } => {
      let m = members.get(name);
      if (!m) {
        m = { value: null, type: null, parameterOf: null, assigned: [] };
        members.set(name, m);
      }
      return m;
    };
    const body = cls.childForFieldName('body');
    for (const member of body ? namedKids(body) : []) {
      if (member.type === 'public_field_definition' || member.type === 'field_definition') {
        const name = member.childForFieldName('name') ?? member.childForFieldName('property');
        if (!name) continue;
        const m = entry(name.text);
        m.value = member.childForFieldName('value');
        m.type = member.childForFieldName('type');
      } else if (member.type === 'method_definition' && member.childForFieldName('name')?.text === 'constructor') {
        const params = member.childForFieldName('parameters');
        for (const p of params ? namedKids(params) : []) {
          if (!namedKids(p).some((k) => k.type === 'accessibility_modifier') && p.child(0)?.type !== 'readonly') continue;
          const pattern = p.childForFieldName('pattern');
          if (pattern?.type !== 'identifier') continue;
          // `constructor(private readonly model = 'gpt-4o')`: the default is the field's value when
          // the file never builds the class with an argument for it (see thisMember).
          const m = entry(pattern.text);
          m.type = p.childForFieldName('type');
          m.value = p.childForFieldName('value');
          m.parameterOf = member;
        }
      }
    }
    for (const assignment of this.assignmentsIn(cls)) {
      const left = assignment.childForFieldName('left');
      const right = assignment.childForFieldName('right');
      if (left?.type !== 'member_expression' || !right || left.childForFieldName('object')?.type !== 'this') continue;
      const prop = left.childForFieldName('property');
      if (prop) entry(prop.text).assigned.push(right);
    }
    this.classes.set(cls.id, members);
    return members;
  }

  /** Assignment expressions anywhere under `scope` (cached; one subtree query per scope). */
  assignmentsIn(scope: Node): Node[] {
    let cached = this.assignmentCache.get(scope.id);
    if (!cached) {
      cached = scope.descendantsOfType(ASSIGNMENT_TYPES).filter((n): n is Node => n !== null);
      this.assignmentCache.set(scope.id, cached);
    }
    return cached;
  }

  /** Right-hand sides of `name = …` / `name ??= …` under `scope` (`plainOnly`: `=` only), in source order. */
  assignmentsTo(scope: Node, name: string, plainOnly = false): Node[] {
    return this.nameAssignmentsIn(scope)
      .filter((a) => a.name === name && (!plainOnly || a.plain))
      .map((a) => a.right);
  }

  /** The assignments to plain names under `scope`, read once per scope (resolution asks per name, often). */
  private nameAssignmentsIn(scope: Node): readonly { name: string; right: Node; plain: boolean }[] {
    let cached = this.nameAssignmentCache.get(scope.id);
    if (!cached) {
      cached = [];
      for (const a of this.assignmentsIn(scope)) {
        const left = a.childForFieldName('left');
        const right = a.childForFieldName('right');
        if (left?.type === 'identifier' && right) cached.push({ name: left.text, right, plain: a.type === 'assignment_expression' });
      }
      this.nameAssignmentCache.set(scope.id, cached);
    }
    return cached;
  }

  /** The text of a 0-based line, without its line break. */
  line(row: number): string {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const start = this.lineStarts[row];
    if (start === undefined) return '';
    const next = this.lineStarts[row + 1];
    return this.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
  }

  /** The UTF-16 offset where a 0-based line starts. */
  lineOffset(row: number): number {
    this.line(row);
    return this.lineStarts![row] ?? this.text.length;
  }
}

function parentChain(node: Node): Node[] {
  const out: Node[] = [];
  for (let p = node.parent; p; p = p.parent) out.push(p);
  return out;
}
