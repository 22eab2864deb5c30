/**
 * Environment variable names an expression reads: `os.environ["X"]`, `os.getenv("X")`,
 * `os.environ.get("X")`, through names bound to such reads, `a or b` and f-string parts.
 */
import type { Node } from 'web-tree-sitter';
import type { Resolver } from './resolveValue';
import { GETENV } from './resolveValue';
import { callArgs, collapse, unwrap } from './syntax';

/** The env-var names `node` reads, following assignments; empty when it reads none. */
export function envVarNames(r: Resolver, node: Node, depth = 0): string[] {
  if (depth > 6) return [];
  const n = unwrap(node);
  if (n.type === 'call') {
    const callee = collapse(n.childForFieldName('function')?.text ?? '');
    const args = callArgs(n);
    const first = args.positional[0] ?? args.keywords.get('key');
    if ((GETENV.test(callee) || /(^|\.)environ\.get$/.test(callee)) && first) {
      const name = r.exactString(first);
      return name ? [name] : [];
    }
    return [];
  }
  if (n.type === 'subscript') {
    const value = n.childForFieldName('value');
    const key = n.childForFieldName('subscript');
    if (value && key && /(^|\.)environ$/.test(collapse(value.text))) {
      const name = r.exactString(key);
      return name ? [name] : [];
    }
    return [];
  }
  if (n.type === 'boolean_operator') return n.namedChildren.flatMap((c) => (c ? envVarNames(r, c, depth + 1) : []));
  // f"{os.getenv('AZURE_OPENAI_ENDPOINT')}/openai/v1/", f"{ENDPOINT}/openai/v1/"
  if (n.type === 'string') {
    return n.namedChildren.flatMap((c) => {
      const e = c && c.type === 'interpolation' ? c.childForFieldName('expression') : null;
      return e ? envVarNames(r, e, depth + 1) : [];
    });
  }
  if (n.type === 'identifier' || n.type === 'attribute') {
    for (const target of r.targetsOf(n)) {
      if (target.value) return envVarNames(r, target.value, depth + 1);
    }
  }
  return [];
}
