/**
 * What one Python file defines: name bindings (assignments, `with … as x`, loop targets, walrus),
 * imports, comments by line, function/class definitions by name and the scope table. Built from
 * the nodes of the detector's single descendantsOfType pass, only when a candidate call needs it.
 * Node getters that cross into wasm (type, endIndex, text) are read as rarely as possible.
 */
import type { Node } from 'web-tree-sitter';
import { callArgs, collapse, stringValue } from './syntax';

type BindingKind = 'assign' | 'alias' | 'loop' | 'annotation';

/**
 * One place where a name (`model`) or an attribute path (`self.client`) gets a value. Plain
 * assignments are indexed from the source text and read from the tree only when looked up.
 */
export class Binding {
  private end = -1;
  private loaded: boolean;

  constructor(
    private readonly statement: Node,
    private targetNode: Node | null,
    private valueNode: Node | null,
    private kindValue: BindingKind,
  ) {
    this.loaded = targetNode !== null;
  }

  /** A binding of a simple `target = value` / `target: T = value` statement, read lazily. */
  static lazyAssignment(statement: Node): Binding {
    return new Binding(statement, null, null, 'assign');
  }

  /** The target node (identifier, attribute or subscript). */
  get target(): Node {
    this.load();
    return this.targetNode ?? this.statement;
  }

  /** The assigned expression; null for loop targets and unpacking we cannot pair up. */
  get value(): Node | null {
    this.load();
    return this.valueNode;
  }

  /** `annotation` bindings (`client: AzureOpenAI`) carry the type node as value. */
  get kind(): BindingKind {
    this.load();
    return this.kindValue;
  }

  /** End offset of the binding statement: uses after it see the value. */
  get endIndex(): number {
    if (this.end < 0) this.end = this.statement.endIndex;
    return this.end;
  }

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.targetNode = this.statement.childForFieldName('left');
    const value = finalValue(this.statement);
    const type = this.statement.childForFieldName('type');
    this.valueNode = value ?? type;
    this.kindValue = value ? 'assign' : 'annotation';
  }
}

/** The value of an assignment, through chained `a = b = value`. */
function finalValue(assignment: Node): Node | null {
  let value = assignment.childForFieldName('right');
  while (value && value.type === 'assignment') value = value.childForFieldName('right');
  return value;
}

/** `import a.b as x` → {module: 'a.b', name: null}; `from a import b as x` → {module: 'a', name: 'b'}. */
export interface ImportRef {
  readonly module: string;
  readonly name: string | null;
}

/** A function, class or lambda: its byte range and the index of the scope around it (-1: module). */
export interface ScopeEntry {
  readonly node: Node;
  readonly id: number;
  readonly type: string;
  readonly start: number;
  readonly end: number;
  readonly parent: number;
}

/** Node types the index reads; the detector asks for them in its one descendantsOfType pass. */
export const INDEXED_TYPES: readonly string[] = [
  'assignment', 'as_pattern', 'for_statement', 'named_expression', 'import_statement',
  'import_from_statement', 'comment', 'function_definition', 'class_definition', 'lambda',
];

/** A node with its type already read. */
export interface TypedNode {
  readonly node: Node;
  readonly type: string;
}

const IDENTIFIER_AT = /[A-Za-z_][A-Za-z0-9_]*/y;
/** A simple assignment target at the start of a statement: `x`, `self.client`, `cfg["model"]`, then `=` or `:`. */
const SIMPLE_TARGET = /[A-Za-z_][A-Za-z0-9_]*(?:[ \t]*\.[ \t]*[A-Za-z_][A-Za-z0-9_]*)*(?:\[[^\]\n]*\])?[ \t]*(?==(?!=)|:)/y;

/** The lazily built index of one file. */
export class FileIndex {
  private readonly bindingMap = new Map<string, Binding[]>();
  private readonly importMap = new Map<string, ImportRef>();
  private readonly starModules: string[] = [];
  private readonly commentMap = new Map<number, Node>();
  private readonly functionMap = new Map<string, Node[]>();
  private readonly classMap = new Map<string, Node>();
  /** Scopes in document order, each with its enclosing scope (Node.parent is slow in web-tree-sitter). */
  readonly scopes: ScopeEntry[] = [];
  private argparse: Map<string, Node> | undefined;
  private callsByName: Map<string, Node[]> | undefined;

  /**
   * `nodes`: the INDEXED_TYPES nodes of the file in document order; `source`: the parsed text;
   * `calls`: all call nodes (read only for argparse defaults and constructor arguments).
   */
  constructor(nodes: readonly TypedNode[], private readonly source: string, private readonly calls: readonly Node[] = []) {
    const open: number[] = [];
    for (const { node, type } of nodes) {
      if (type === 'function_definition' || type === 'class_definition' || type === 'lambda') {
        const start = node.startIndex;
        while (open.length > 0 && this.scopes[open[open.length - 1]].end <= start) open.pop();
        this.scopes.push({ node, id: node.id, type, start, end: node.endIndex, parent: open.length > 0 ? open[open.length - 1] : -1 });
        open.push(this.scopes.length - 1);
      }
      this.add(node, type);
    }
  }

  /** Bindings of a name or attribute path (`self.client`, `openai.api_base`), in source order. */
  bindings(key: string): readonly Binding[] {
    return this.bindingMap.get(key) ?? [];
  }

  /** The import that binds `name` at module level, if any. */
  importOf(name: string): ImportRef | undefined {
    return this.importMap.get(name);
  }

  /** The fully qualified name an imported local name stands for (`genai` → `google.genai`). */
  qualifiedImport(name: string): string | null {
    const ref = this.importMap.get(name);
    if (!ref) return null;
    return ref.name ? `${ref.module}.${ref.name}` : ref.module;
  }

  /** Whether any import statement names a module starting with `prefix` (`langchain`, `anthropic`). */
  importsModule(prefix: string): boolean {
    for (const ref of this.importMap.values()) if (startsModule(ref.module, prefix)) return true;
    return this.starModules.some((m) => startsModule(m, prefix));
  }

  /** The text of a comment on this 0-based row (Python comments are one line). */
  commentAt(row: number): string | undefined {
    return this.commentMap.get(row)?.text;
  }

  /** Function definitions with this name, in source order. */
  functions(name: string): readonly Node[] {
    return this.functionMap.get(name) ?? [];
  }

  /** Calls whose callee is the plain name `name` (`ReportWriter(...)`), in document order. */
  callsOf(name: string): readonly Node[] {
    if (!this.callsByName) {
      this.callsByName = new Map();
      for (const call of this.calls) {
        const fn = call.childForFieldName('function');
        if (fn?.type !== 'identifier') continue;
        const list = this.callsByName.get(fn.text);
        if (list) list.push(call);
        else this.callsByName.set(fn.text, [call]);
      }
    }
    return this.callsByName.get(name) ?? [];
  }

  /**
   * The `default=` of `parser.add_argument("--model-name", default=…)` for `args.model_name`
   * (read lazily from the file's calls, which the detector hands over).
   */
  argparseDefault(dest: string): Node | null {
    if (!this.argparse) {
      this.argparse = new Map();
      for (const call of this.calls) {
        const fn = call.childForFieldName('function');
        if (!fn || fn.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'add_argument') continue;
        const args = callArgs(call);
        const declared = args.keywords.get('default');
        if (!declared) continue;
        const destKw = args.keywords.get('dest');
        const names = destKw ? [stringValue(destKw)?.text ?? ''] : args.positional.map((p) => (stringValue(p)?.text ?? '').replace(/^-+/, '').replace(/-/g, '_'));
        for (const name of names) if (name && !this.argparse.has(name)) this.argparse.set(name, declared);
      }
    }
    return this.argparse.get(dest) ?? null;
  }

  /** The class definition with this name (the first one), if the file defines it. */
  classNamed(name: string): Node | undefined {
    return this.classMap.get(name);
  }

  private add(node: Node, type: string): void {
    switch (type) {
      case 'assignment':
        this.addAssignment(node);
        break;
      case 'as_pattern': {
        const alias = node.childForFieldName('alias')?.namedChild(0);
        const value = node.namedChild(0);
        if (alias && value) this.bind(alias, value, node, 'alias');
        break;
      }
      case 'for_statement': {
        const left = node.childForFieldName('left');
        if (left) this.bindPattern(left, null, left);
        break;
      }
      case 'named_expression': {
        const name = node.childForFieldName('name');
        const value = node.childForFieldName('value');
        if (name && value) this.bind(name, value, node, 'assign');
        break;
      }
      case 'import_statement':
      case 'import_from_statement':
        this.addImport(node, type);
        break;
      case 'comment':
        this.commentMap.set(node.startPosition.row, node);
        break;
      case 'function_definition':
      case 'class_definition': {
        const name = node.childForFieldName('name')?.text;
        if (!name) break;
        if (type === 'class_definition') {
          if (!this.classMap.has(name)) this.classMap.set(name, node);
        } else {
          push(this.functionMap, name, node);
        }
        break;
      }
      default:
        break;
    }
  }

  private addAssignment(node: Node): void {
    SIMPLE_TARGET.lastIndex = node.startIndex;
    const m = SIMPLE_TARGET.exec(this.source);
    if (m) {
      const text = m[0].trim();
      const key = /[.[]/.test(text) ? normaliseKey(text, text.includes('[')) : text;
      push(this.bindingMap, key, Binding.lazyAssignment(node));
      return;
    }
    // Tuple targets, non-ASCII names …: read the tree now. Inner `b = …` of `a = b = …` come as their own nodes.
    const left = node.childForFieldName('left');
    const value = finalValue(node);
    const type = node.childForFieldName('type');
    if (!left) return;
    if (value) this.bindPattern(left, value, node);
    else if (type) this.bind(left, type, node, 'annotation');
  }

  private bindPattern(left: Node, value: Node | null, statement: Node): void {
    if (left.type === 'pattern_list' || left.type === 'tuple_pattern' || left.type === 'list_pattern') {
      const targets = left.namedChildren.filter((c): c is Node => c !== null);
      const values = value && (value.type === 'expression_list' || value.type === 'tuple') ? value.namedChildren.filter((c): c is Node => c !== null) : null;
      targets.forEach((t, i) => this.bind(t, values && values.length === targets.length ? values[i] : null, statement, value ? 'assign' : 'loop'));
      return;
    }
    this.bind(left, value, statement, value ? 'assign' : 'loop');
  }

  private bind(target: Node, value: Node | null, statement: Node, kind: BindingKind): void {
    const type = target.type;
    let key: string;
    if (type === 'identifier') {
      IDENTIFIER_AT.lastIndex = target.startIndex;
      const m = IDENTIFIER_AT.exec(this.source);
      const next = this.source.charCodeAt(IDENTIFIER_AT.lastIndex);
      // Non-ASCII identifiers are rare: read those from the tree.
      key = m && !(next > 127) ? m[0] : target.text;
    } else if (type === 'attribute' || type === 'subscript') {
      key = bindingKey(target);
    } else {
      return;
    }
    push(this.bindingMap, key, new Binding(statement, target, value, kind));
  }

  private addImport(node: Node, type: string): void {
    if (type === 'import_statement') {
      for (const item of node.childrenForFieldName('name')) {
        if (!item) continue;
        if (item.type === 'aliased_import') {
          const module = item.childForFieldName('name')?.text;
          const alias = item.childForFieldName('alias')?.text;
          if (module && alias) this.importMap.set(alias, { module, name: null });
        } else {
          // `import google.generativeai` binds `google`; the dotted path is kept for qualification.
          this.importMap.set(item.text.split('.')[0], { module: item.text.split('.')[0], name: null });
          this.importMap.set(item.text, { module: item.text, name: null });
        }
      }
      return;
    }
    const module = node.childForFieldName('module_name');
    if (!module) return;
    if (node.namedChildren.some((c) => c?.type === 'wildcard_import')) this.starModules.push(module.text);
    for (const item of node.childrenForFieldName('name')) {
      if (!item) continue;
      if (item.type === 'aliased_import') {
        const name = item.childForFieldName('name')?.text;
        const alias = item.childForFieldName('alias')?.text;
        if (name && alias) this.importMap.set(alias, { module: module.text, name });
      } else {
        this.importMap.set(item.text, { module: module.text, name: item.text });
      }
    }
  }
}

/**
 * The key a target is indexed under: the name, the attribute path (`self.client`) or the
 * subscript path with double quotes (`st.session_state["model"]`, `os.environ["OPENAI_BASE_URL"]`).
 */
export function bindingKey(target: Node): string {
  const type = target.type;
  return type === 'identifier' ? target.text : normaliseKey(target.text, type === 'subscript');
}

function normaliseKey(text: string, subscript: boolean): string {
  const collapsed = collapse(text);
  return subscript ? collapsed.replace(/'/g, '"') : collapsed;
}

function startsModule(module: string, prefix: string): boolean {
  return module === prefix || module.startsWith(prefix);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
