/**
 * Finds the syntax nodes of given identifier names. The file text serves only as an index: one
 * linear scan lists the words spelled like a wanted name, each is mapped to the smallest tree node
 * at its offset, and only identifiers and property names are kept, so mentions in comments,
 * strings and template text never count. This visits a handful of nodes instead of the whole tree.
 */
import type { Node } from 'web-tree-sitter';

const NAME_NODE_TYPES = new Set(['identifier', 'property_identifier', 'type_identifier', 'shorthand_property_identifier']);

function isIdentStart(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 36 || code === 95 || code > 127;
}

function isIdentPart(code: number): boolean {
  return isIdentStart(code) || (code >= 48 && code <= 57);
}

/** Offsets of the words in `text` that are exactly one of `names`. */
function wordOffsets(text: string, names: ReadonlySet<string>): number[] {
  const lengths = new Set<number>();
  const starts = new Set<number>();
  for (const name of names) {
    lengths.add(name.length);
    starts.add(name.charCodeAt(0));
  }
  const out: number[] = [];
  const length = text.length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isIdentStart(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < length && isIdentPart(text.charCodeAt(end))) end++;
    if (starts.has(code) && lengths.has(end - i) && names.has(text.slice(i, end))) out.push(i);
    i = end;
  }
  return out;
}

/** The identifier / property-name nodes spelled like one of `names`, in source order. */
export function nameNodesOf(root: Node, text: string, names: Iterable<string>): Node[] {
  const wanted = new Set(names);
  const out: Node[] = [];
  if (wanted.size === 0) return out;
  for (const offset of wordOffsets(text, wanted)) {
    let end = offset + 1;
    while (end < text.length && isIdentPart(text.charCodeAt(end))) end++;
    const node = root.descendantForIndex(offset, end);
    if (node && node.startIndex === offset && node.endIndex === end && NAME_NODE_TYPES.has(node.type)) out.push(node);
  }
  return out;
}
