/**
 * The file's own fetch wrappers: `async function fetchWithTimeout(url, options) { … fetch(url,
 * { ...options, signal }) … }`. The fetch inside sees neither the URL nor the request; both are
 * given where the wrapper is called, so that call is the raw HTTP call site
 * (`fetchWithTimeout('https://api.deepseek.com/chat/completions', { body: … })`).
 */
import type { Node } from 'web-tree-sitter';
import { parameterIndex } from './bindings';
import type { FileIndex } from './fileIndex';
import { nameNodesOf } from './nameTokens';
import { namedKids, unwrap } from './syntax';

/** Which of a wrapper's parameters become fetch's URL and its options (init). */
export interface FetchWrapper {
  readonly urlIndex: number;
  readonly initIndex: number | null;
}

/**
 * The file's fetch wrappers by name: functions whose parameter is the URL of a fetch-like call
 * inside them (`isFetch` tells those callees: names bound to fetch, not the app's own `fetch`).
 */
export function fetchWrappers(ix: FileIndex, fetchNames: readonly string[], isFetch: (callee: Node) => boolean): ReadonlyMap<string, FetchWrapper> {
  return ix.memo('fetchWrappers', () => {
    const out = new Map<string, FetchWrapper>();
    for (const callee of nameNodesOf(ix.root, ix.text, fetchNames)) {
      const call = ix.parentOf(callee);
      if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== callee.id || !isFetch(callee)) continue;
      const [urlArg, initArg] = namedKids(call.childForFieldName('arguments') ?? call).map(unwrap);
      const url = urlArg ? parameterOf(ix, urlArg) : null;
      const name = url ? functionName(ix, url.fn) : null;
      if (!url || !name || out.has(name)) continue;
      out.set(name, { urlIndex: url.index, initIndex: initArg ? initParameter(ix, url.fn, initArg) : null });
    }
    return out;
  });
}

/** The function whose plain parameter `node` (an identifier) is, and its position, or null. */
function parameterOf(ix: FileIndex, node: Node): { fn: Node; index: number } | null {
  if (node.type !== 'identifier') return null;
  const binding = ix.lookup(node, node.text);
  const index = binding?.kind === 'param' ? parameterIndex(binding.fn, node.text) : -1;
  return binding?.kind === 'param' && index >= 0 ? { fn: binding.fn, index } : null;
}

/** The parameter of `fn` that fetch's options come from: the options themselves or spread into them. */
function initParameter(ix: FileIndex, fn: Node, init: Node): number | null {
  const candidates = init.type === 'object' ? namedKids(init).filter((c) => c.type === 'spread_element').map((s) => unwrap(s.namedChild(0) ?? s)) : [init];
  for (const candidate of candidates) {
    const param = parameterOf(ix, candidate);
    if (param?.fn.id === fn.id) return param.index;
  }
  return null;
}

/** `function name(…)`, or the variable a function expression or arrow is assigned to. */
function functionName(ix: FileIndex, fn: Node): string | null {
  const own = fn.childForFieldName('name');
  if (own && fn.type === 'function_declaration') return own.text;
  const parent = ix.parentOf(fn);
  const name = parent?.type === 'variable_declarator' ? parent.childForFieldName('name') : null;
  return name?.type === 'identifier' ? name.text : null;
}
