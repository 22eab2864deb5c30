/**
 * Finds the `llm-cost:` directive comment for a call: a comment ending on the line directly above
 * the call's statement, or directly above the callee's own line (for calls inside long
 * expressions). The comment must be a real comment node, not text inside a string.
 */
import type { Node } from 'web-tree-sitter';
import type { Directive } from '../../model';
import { parseDirective } from '../directive';
import type { FileIndex } from './fileIndex';
import { BLOCK_TYPES } from './syntax';

/** The statement (or class member) that contains a node. */
function statementOf(ix: FileIndex, node: Node): Node {
  let current = node;
  for (const parent of ix.ancestors(node)) {
    if (BLOCK_TYPES.has(parent.type) || parent.type === 'class_body') return current;
    current = parent;
  }
  return current;
}

function directiveEndingOn(ix: FileIndex, row: number): Directive | null {
  if (row < 0) return null;
  const line = ix.line(row);
  const last = line.trimEnd().length - 1;
  if (last < 0) return null;
  const node = ix.root.descendantForIndex(ix.lineOffset(row) + last);
  if (!node || node.type !== 'comment') return null;
  // A block comment may span lines; the directive is one of them.
  for (const text of node.text.split(/\r?\n/)) {
    const directive = parseDirective(text);
    if (directive) return directive;
  }
  return null;
}

/** The directive that applies to a call site, or null. */
export function directiveFor(ix: FileIndex, call: Node, nameNode: Node): Directive | null {
  const statementRow = statementOf(ix, call).startPosition.row;
  const found = directiveEndingOn(ix, statementRow - 1);
  if (found) return found;
  const calleeRow = nameNode.startPosition.row;
  return calleeRow !== statementRow ? directiveEndingOn(ix, calleeRow - 1) : null;
}
