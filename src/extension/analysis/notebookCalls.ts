/**
 * Calls in a notebook open in the editor, found the way the CLI finds them in an .ipynb file
 * (core's detectNotebookCalls: Python cells parsed together, so a client made in one cell resolves
 * in a later one; cell by cell when a syntax error crosses a cell boundary). The editor holds the
 * cells as separate documents, so they are handed over as a minimal notebook. No `vscode` here.
 */
import { detectNotebookCalls } from '../../core/detect/notebook';
import { mayContainCalls } from '../../core/detect/prefilter';
import type { TreeSitterParsers } from '../../core/detect/treeSitter';
import type { DetectedCall } from '../../core/model';

/** One cell as the editor holds it. */
export interface EditorCell {
  /** 0-based index among all cells (markdown included). */
  readonly index: number;
  /** The cell's language id; only `python` code cells are read. */
  readonly languageId: string;
  readonly isCode: boolean;
  readonly text: string;
}

/** The calls of all cells; each call's `cell` is set and its lines count within the cell. */
export async function notebookCalls(parsers: TreeSitterParsers, file: string, cells: readonly EditorCell[]): Promise<DetectedCall[]> {
  const code = cells.filter((c) => c.isCode && c.languageId === 'python');
  if (code.length === 0 || !mayContainCalls(code.map((c) => c.text).join('\n'), 'python')) return [];
  const notebook = {
    nbformat: 4,
    metadata: { kernelspec: { language: 'python' } },
    cells: cells.map((c) => ({
      cell_type: c.isCode ? 'code' : 'markdown',
      source: c.text,
      metadata: { vscode: { languageId: c.languageId } },
    })),
  };
  return detectNotebookCalls(parsers, file, JSON.stringify(notebook));
}
