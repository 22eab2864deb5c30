/**
 * What a name is bound to in one scope: declarations among a block's statements, function
 * parameters and imports (ES `import`, `import x = require()` and CommonJS `require()`).
 */
import type { Node } from 'web-tree-sitter';
import { namedKids, propertyKeyName, stringLiteral, unwrapAwait } from './syntax';

/** A name declared with const/let/var, possibly destructured (`path` then leads into `source`). */
export interface ValueBinding {
  readonly kind: 'value';
  readonly name: string;
  /** The initialiser of the declarator (the object destructured, when `path` is not empty). */
  readonly source: Node | null;
  /** Property path from `source` to the value: `const { a: { b } } = x` gives ['a', 'b']. */
  readonly path: readonly string[];
  /** Default of a destructured entry (`const { model = 'x' } = cfg`). */
  readonly fallback: Node | null;
  readonly type: Node | null;
  readonly constant: boolean;
  /** The block that declares it (assignments are looked up there). */
  readonly scope: Node;
}

export interface ParamBinding {
  readonly kind: 'param';
  readonly name: string;
  readonly fallback: Node | null;
  readonly type: Node | null;
  readonly fn: Node;
}

export interface DeclarationBinding {
  readonly kind: 'function' | 'class' | 'enum';
  readonly name: string;
  readonly node: Node;
}

/** `imported` is an export name, `default`, or `*` for a namespace / whole CommonJS module. */
export interface ImportBinding {
  readonly kind: 'import';
  readonly name: string;
  readonly module: string;
  readonly imported: string;
}

export type Binding = ValueBinding | ParamBinding | DeclarationBinding | ImportBinding;

type Add = (binding: Binding) => void;

/** The bindings one block (program, statement block, class static block) declares. */
export function blockBindings(block: Node): Map<string, Binding> {
  const out = new Map<string, Binding>();
  const add: Add = (b) => {
    if (!out.has(b.name)) out.set(b.name, b);
  };
  // Comments fall through declarationsOf's switch; no need to filter them out first.
  for (const stmt of block.namedChildren) if (stmt) declarationsOf(stmt, block, add);
  return out;
}

function declarationsOf(stmt: Node, scope: Node, add: Add): void {
  switch (stmt.type) {
    case 'export_statement': {
      const decl = stmt.childForFieldName('declaration');
      if (decl) declarationsOf(decl, scope, add);
      return;
    }
    case 'lexical_declaration':
    case 'variable_declaration': {
      const constant = stmt.child(0)?.type === 'const';
      for (const declarator of namedKids(stmt)) {
        if (declarator.type === 'variable_declarator') declaratorBindings(declarator, scope, constant, add);
      }
      return;
    }
    case 'function_declaration':
    case 'generator_function_declaration':
    case 'class_declaration':
    case 'abstract_class_declaration':
    case 'enum_declaration': {
      const name = stmt.childForFieldName('name');
      const kind = stmt.type.includes('class') ? 'class' : stmt.type === 'enum_declaration' ? 'enum' : 'function';
      if (name) add({ kind, name: name.text, node: stmt });
      return;
    }
    case 'import_statement':
      importBindings(stmt, add);
      return;
    default:
      return;
  }
}

function declaratorBindings(declarator: Node, scope: Node, constant: boolean, add: Add): void {
  const name = declarator.childForFieldName('name');
  const value = declarator.childForFieldName('value');
  if (!name) return;
  const required = value ? requiredModule(value) : null;
  if (required) {
    patternNames(name, [], null, (local, path) => {
      const imported = required.member ?? (path.length === 0 ? '*' : path[0]);
      add({ kind: 'import', name: local, module: required.module, imported });
    });
    return;
  }
  const type = declarator.childForFieldName('type');
  patternNames(name, [], null, (local, path, fallback) => {
    add({ kind: 'value', name: local, source: value, path, fallback, type: path.length === 0 ? type : null, constant, scope });
  });
}

/** `require('m')`, `require('m').X`, `await import('m')`: the module and the member taken. */
function requiredModule(value: Node): { module: string; member: string | null } | null {
  let node = unwrapAwait(value);
  let member: string | null = null;
  if (node.type === 'member_expression') {
    member = node.childForFieldName('property')?.text ?? null;
    const object = node.childForFieldName('object');
    if (!object) return null;
    node = unwrapAwait(object);
  }
  if (node.type !== 'call_expression') return null;
  const fn = node.childForFieldName('function');
  if (!fn || (fn.text !== 'require' && fn.type !== 'import')) return null;
  const arg = node.childForFieldName('arguments')?.namedChild(0);
  const module = arg ? stringLiteral(arg) : null;
  return module === null ? null : { module: packageName(module), member };
}

/**
 * The npm package a module specifier names, so that Deno and CDN spellings (`npm:openai@4`,
 * `jsr:@openai/openai`, `https://esm.sh/openai@4`, `https://deno.land/x/openai@v4/mod.ts`) match
 * the same tables as `openai`. Relative and alias paths are returned unchanged.
 */
export function packageName(specifier: string): string {
  let spec = specifier.trim();
  const cdn = /^https?:\/\/[^/]+\/(?:npm\/|x\/|v\d+\/)?(.+)$/i.exec(spec);
  if (cdn) spec = cdn[1];
  else if (/^(npm|jsr|node):/.test(spec)) spec = spec.replace(/^(npm|jsr|node):/, '');
  else return spec;
  if (spec === '@openai/openai' || spec.startsWith('@openai/openai@') || spec.startsWith('@openai/openai/')) return 'openai';
  const m = /^(@[^/@]+\/[^/@]+|[^/@]+)(?:@[^/]*)?(\/.*)?$/.exec(spec);
  return m ? m[1] + (m[2] && !/\/(mod|index)\.[jt]s$|\/\+esm$/.test(m[2]) ? m[2] : '') : spec;
}

/** Calls `emit` for every name a binding pattern declares, with its property path and default. */
function patternNames(
  pattern: Node,
  path: readonly string[],
  fallback: Node | null,
  emit: (name: string, path: readonly string[], fallback: Node | null) => void,
): void {
  switch (pattern.type) {
    case 'identifier':
      emit(pattern.text, path, fallback);
      return;
    case 'shorthand_property_identifier_pattern':
      emit(pattern.text, [...path, pattern.text], fallback);
      return;
    case 'object_assignment_pattern':
    case 'assignment_pattern': {
      const left = pattern.childForFieldName('left');
      const right = pattern.childForFieldName('right');
      if (left) patternNames(left, path, right, emit);
      return;
    }
    case 'pair_pattern': {
      const key = pattern.childForFieldName('key');
      const value = pattern.childForFieldName('value');
      const keyName = key ? propertyKeyName(key) : null;
      if (value && keyName !== null) patternNames(value, [...path, keyName], fallback, emit);
      return;
    }
    case 'object_pattern':
      for (const child of namedKids(pattern)) patternNames(child, path, null, emit);
      return;
    case 'array_pattern':
      namedKids(pattern).forEach((child, i) => patternNames(child, [...path, String(i)], null, emit));
      return;
    default:
      return;
  }
}

function importBindings(stmt: Node, add: Add): void {
  const source = stmt.childForFieldName('source');
  const requireClause = namedKids(stmt).find((k) => k.type === 'import_require_clause');
  if (requireClause) {
    const local = requireClause.namedChild(0);
    const mod = requireClause.childForFieldName('source');
    const raw = mod ? stringLiteral(mod) : null;
    const module = raw === null ? null : packageName(raw);
    if (local && module !== null) add({ kind: 'import', name: local.text, module, imported: '*' });
    return;
  }
  const raw = source ? stringLiteral(source) : null;
  const module = raw === null ? null : packageName(raw);
  const clause = namedKids(stmt).find((k) => k.type === 'import_clause');
  if (module === null || !clause) return;
  for (const part of namedKids(clause)) {
    if (part.type === 'identifier') add({ kind: 'import', name: part.text, module, imported: 'default' });
    else if (part.type === 'namespace_import') {
      const id = part.namedChild(0);
      if (id) add({ kind: 'import', name: id.text, module, imported: '*' });
    } else if (part.type === 'named_imports') {
      for (const spec of namedKids(part)) {
        const name = spec.childForFieldName('name');
        const alias = spec.childForFieldName('alias');
        const imported = name ? propertyKeyName(name) : null;
        if (imported !== null) add({ kind: 'import', name: (alias ?? name)!.text, module, imported });
      }
    }
  }
}

/** The parameters of a function node, by name. */
export function paramBindings(fn: Node): Map<string, Binding> {
  const out = new Map<string, Binding>();
  for (const param of parameterNodes(fn)) {
    const { pattern, fallback, type } = parameterParts(param);
    if (!pattern) continue;
    if (pattern.type === 'identifier') {
      out.set(pattern.text, { kind: 'param', name: pattern.text, fallback, type, fn });
      continue;
    }
    // Destructured parameters: only the entries' own defaults are known.
    patternNames(pattern, [], null, (name, _path, entryDefault) => {
      if (!out.has(name)) out.set(name, { kind: 'param', name, fallback: entryDefault, type: null, fn });
    });
  }
  return out;
}

/** Position of the plain (not destructured) parameter `name` among the parameters of `fn`, or -1. */
export function parameterIndex(fn: Node, name: string): number {
  return parameterNodes(fn).findIndex((param) => {
    const { pattern } = parameterParts(param);
    return pattern?.type === 'identifier' && pattern.text === name;
  });
}

/** The parameter nodes of a function, an arrow's lone unparenthesised one included. */
function parameterNodes(fn: Node): Node[] {
  const single = fn.childForFieldName('parameter');
  const params = fn.childForFieldName('parameters');
  return single ? [single] : params ? namedKids(params) : [];
}

/** A parameter's name (or destructuring pattern), its default value and its type annotation. */
function parameterParts(param: Node): { pattern: Node | null; fallback: Node | null; type: Node | null } {
  if (param.type === 'required_parameter' || param.type === 'optional_parameter') {
    return { pattern: param.childForFieldName('pattern'), fallback: param.childForFieldName('value'), type: param.childForFieldName('type') };
  }
  if (param.type === 'assignment_pattern') return { pattern: param.childForFieldName('left'), fallback: param.childForFieldName('right'), type: null };
  return { pattern: param, fallback: null, type: null };
}
