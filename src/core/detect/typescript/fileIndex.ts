/**
 * Lazy, cached facts about one parsed file: which names a scope binds, what a class's members
 * hold, which assignments a scope makes, which modules the file imports. Everything is computed on
 * first use and only for the scopes a detected call needs, so a file is never walked twice.
 */
import type { Node } from 'web-tree-sitter';
import { blockBindings, paramBindings } from './bindings';
import type { Binding, ImportBinding } from './bindings';
import { BLOCK_TYPES, CLASS_TYPES, FUNCTION_TYPES, namedKids } from './syntax';

/** What a class member (field, parameter property, `this.x = …`) holds. */
export interface ClassMember {
  readonly value: Node | null;
  readonly type: Node | null;
  /** Right-hand sides of `this.<name> = …` anywhere in the class. */
  readonly assigned: readonly Node[];
}

const ASSIGNMENT_TYPES = ['assignment_expression', 'augmented_assignment_expression'];

export class FileIndex {
  private readonly blocks = new Map<number, Map<string, Binding>>();
  private readonly params = new Map<number, Map<string, Binding>>();
  private readonly classes = new Map<number, Map<string, ClassMember>>();
  private readonly assignmentCache = new Map<number, Node[]>();
  private lineStarts: number[] | null = null;
  private readonly memos = new Map<string, unknown>();

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

  /** The binding of `name` visible at `from` (innermost scope first), or null for globals. */
  lookup(from: Node, name: string): Binding | null {
    for (let node: Node | null = from; node; node = node.parent) {
      if (BLOCK_TYPES.has(node.type)) {
        const found = this.bindingsOf(node).get(name);
        if (found) return found;
      } else if (FUNCTION_TYPES.has(node.type)) {
        const found = this.paramsOf(node).get(name);
        if (found) return found;
      }
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
    if (this.imports().some((b) => test(b.module))) return true;
    // Side-effect and type-only imports bind no usable name but still say which SDK the file uses.
    return namedKids(this.root).some((s) => s.type === 'import_statement' && test(s.childForFieldName('source')?.text.slice(1, -1) ?? ''));
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
    for (let node: Node | null = from.parent; node; node = node.parent) {
      if (CLASS_TYPES.has(node.type)) return node;
      if (node.type === 'function_declaration' || node.type === 'function_expression' || node.type === 'function') return null;
    }
    return null;
  }

  /** The members of a class: fields, constructor parameter properties and `this.x = …` assignments. */
  classMembers(cls: Node): Map<string, ClassMember> {
    const cached = this.classes.get(cls.id);
    if (cached) return cached;
    const members = new Map<string, { value: Node | null; type: Node | null; assigned: Node[] }>();
    const entry = (name: string): { value: Node | null; type: Node | null; assigned: Node[] } => {
      let m = members.get(name);
      if (!m) {
        m = { value: null, type: null, assigned: [] };
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
          if (pattern?.type === 'identifier') entry(pattern.text).type = p.childForFieldName('type');
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

  /** Right-hand sides of `name = …` / `name ??= …` under `scope`. */
  assignmentsTo(scope: Node, name: string): Node[] {
    const out: Node[] = [];
    for (const a of this.assignmentsIn(scope)) {
      const left = a.childForFieldName('left');
      const right = a.childForFieldName('right');
      if (left?.type === 'identifier' && left.text === name && right) out.push(right);
    }
    return out;
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
