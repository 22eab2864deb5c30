/**
 * Keyword arguments of a call, or the entries of a dict literal, behind one interface: `**config`
 * splats of resolvable dicts are merged in, and nested option objects (`config=types.X(...)`,
 * `inferenceConfig={...}`) open as bags of their own.
 */
import type { Node } from 'web-tree-sitter';
import type { Resolver } from './resolveValue';
import { callArgs, unwrap } from './syntax';

/** Named values of a call or dict, plus the positional arguments of a call. */
export class ArgBag {
  private constructor(
    private readonly r: Resolver,
    private readonly entries: ReadonlyMap<string, Node>,
    /** Positional arguments (empty for dicts). */
    readonly positional: readonly Node[],
    /** True when a `**splat` could not be resolved: absent keys may still be set. */
    readonly opaque: boolean,
  ) {}

  /** The keyword arguments of a call, `**dict` splats merged in (explicit keywords win). */
  static ofCall(r: Resolver, call: Node): ArgBag {
    const args = callArgs(call);
    const entries = new Map<string, Node>();
    let opaque = false;
    for (const splat of args.splats) {
      const dict = r.resolve(splat);
      if (dict && (dict.type === 'dictionary' || isDictCall(dict))) {
        const inner = ArgBag.ofDict(r, dict);
        for (const [k, v] of inner.entries) entries.set(k, v);
        opaque ||= inner.opaque;
      } else {
        opaque = true;
      }
    }
    for (const [k, v] of args.keywords) entries.set(k, v);
    return new ArgBag(r, entries, args.positional, opaque);
  }

  /**
   * The arguments a call of `functools.partial(fn, *args, **kwargs)` ends up passing: the partial's
   * own (its first positional is the function), then the call's, whose keywords win.
   */
  static ofPartialCall(r: Resolver, partial: Node, call: Node): ArgBag {
    const bound = ArgBag.ofCall(r, partial);
    const own = ArgBag.ofCall(r, call);
    return new ArgBag(r, new Map([...bound.entries, ...own.entries]), [...bound.positional.slice(1), ...own.positional], bound.opaque || own.opaque);
  }

  /** The string-keyed entries of a dict literal or `dict(k=v)` call. */
  static ofDict(r: Resolver, dict: Node): ArgBag {
    const d = unwrap(dict);
    if (d.type === 'call') return ArgBag.ofCall(r, d);
    const entries = new Map<string, Node>();
    let opaque = false;
    for (const item of d.namedChildren) {
      if (!item) continue;
      if (item.type === 'pair') {
        const k = item.childForFieldName('key');
        const v = item.childForFieldName('value');
        const key = k ? r.exactString(k) : null;
        if (key !== null && v) entries.set(key, v);
        else opaque = true;
      } else if (item.type === 'dictionary_splat') {
        const inner = item.namedChild(0);
        const resolved = inner ? r.resolve(inner) : null;
        if (resolved && resolved.type === 'dictionary') {
          for (const [k, v] of ArgBag.ofDict(r, resolved).entries) if (!entries.has(k)) entries.set(k, v);
        } else {
          opaque = true;
        }
      }
    }
    return new ArgBag(r, entries, [], opaque);
  }

  /** All named values (for evidence readers that take a map). */
  keywords(): ReadonlyMap<string, Node> {
    return this.entries;
  }

  /** The value expression of a key, or undefined. */
  get(key: string): Node | undefined {
    return this.entries.get(key);
  }

  /** The first of these keys that is present. */
  first(keys: readonly string[]): Node | undefined {
    for (const k of keys) {
      const v = this.entries.get(k);
      if (v) return v;
    }
    return undefined;
  }

  /** Whether any of these keys is present. */
  has(...keys: string[]): boolean {
    return keys.some((k) => this.entries.has(k));
  }

  /** A nested options object (`config=…`, `inferenceConfig={…}`) as a bag, or null. */
  nested(key: string): ArgBag | null {
    const v = this.entries.get(key);
    if (!v) return null;
    const n = this.r.resolve(v);
    if (!n) return null;
    if (n.type === 'dictionary') return ArgBag.ofDict(this.r, n);
    if (n.type === 'call') return ArgBag.ofCall(this.r, n);
    return null;
  }

  /** A resolved, fully known string value of a key. */
  string(key: string): string | null {
    const v = this.entries.get(key);
    return v ? this.r.exactString(v) : null;
  }

  /** A resolved integer value of a key. */
  int(key: string): number | null {
    const v = this.entries.get(key);
    return v ? this.r.int(v) : null;
  }

  /** A resolved boolean value of a key. */
  bool(key: string): boolean | null {
    const v = this.entries.get(key);
    return v ? this.r.bool(v) : null;
  }
}

function isDictCall(node: Node): boolean {
  return node.type === 'call' && node.childForFieldName('function')?.text === 'dict';
}
