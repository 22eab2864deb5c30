/**
 * The `llm-cost:` directive of a call: a comment on the line directly above the call's statement,
 * or directly above the line of the callee name (for calls inside multi-line statements).
 */
import type { Node } from 'web-tree-sitter';
import type { Directive } from '../../model';
import { parseDirective } from '../directive';
import type { FileIndex } from './fileIndex';
import { statementOf } from './syntax';

/** The directive that applies to a call, or null. */
export function findDirective(index: FileIndex, call: Node, nameNode: Node): Directive | null {
  const rows = [statementOf(call).startPosition.row - 1, nameNode.startPosition.row - 1];
  for (const row of rows) {
    const comment = row >= 0 ? index.commentAt(row) : undefined;
    const directive = comment ? parseDirective(comment.trimEnd()) : null;
    if (directive) return directive;
  }
  return null;
}
