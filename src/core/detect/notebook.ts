/**
 * Jupyter notebooks: splits an .ipynb file into its cells. Code cells get a language (python,
 * unless the notebook's kernel says another language: then null, as for markdown and raw cells).
 * IPython magics and shell escapes (`%pip …`, `!pip …`, `%%time`) are blanked out so the cell
 * parses as Python, keeping line numbers; the cell index counts all cells.
 */
import type { Node } from 'web-tree-sitter';
import type { DetectedCall, LanguageId } from '../model';
import { UnreadableSourceError } from './detectContext';
import { detectPythonTree } from './python/detectPython';
import type { TreeSitterParsers } from './treeSitter';

/** One notebook cell: its 0-based index among all cells, its language (null: not scanned) and source. */
export interface NotebookCell {
  readonly index: number;
  readonly language: LanguageId | null;
  readonly source: string;
}

/** Cell magics whose body is still Python. */
const PYTHON_CELL_MAGICS = new Set(['time', 'timeit', 'capture', 'prun', 'writefile', 'file', 'debug', 'python', 'python3', 'ipython', 'skip', 'memit']);
/** Line magics followed by a Python statement (`%time x = f()`). */
const PREFIX_MAGICS = /^(\s*)(%%?(?:time|timeit|prun|memit)\b)/;

/** The cells of a notebook. Throws UnreadableSourceError when the text is not notebook JSON. */
export function notebookCells(text: string): NotebookCell[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new UnreadableSourceError(`not valid notebook JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!isRecord(doc)) throw new UnreadableSourceError('not a notebook: the JSON is not an object');
  const cells = Array.isArray(doc.cells) ? doc.cells : worksheetCells(doc);
  if (!cells) throw new UnreadableSourceError('not a notebook: no cells');
  const codeLanguage = kernelIsPython(doc.metadata) ? 'python' : null;
  return cells.map((cell, index) => {
    if (!isRecord(cell)) return { index, language: null, source: '' };
    const source = joinSource(cell.source ?? cell.input);
    if (cell.cell_type !== 'code' || codeLanguage === null || !cellIsPython(cell, source)) return { index, language: null, source };
    return { index, language: codeLanguage, source: blankMagics(source) };
  });
}

/** A notebook's code cells of one language joined into one text (cells share one namespace at run time). */
export interface JoinedCells {
  readonly text: string;
  /** Per joined cell: its index and its first line (0-based) in `text`, in order. */
  readonly parts: ReadonlyArray<{ readonly cell: number; readonly firstRow: number; readonly rows: number }>;
}

/**
 * Joins the code cells of `language` with a blank line between cells, so that a client or constant
 * defined in one cell resolves in a later one and a comment never reaches across a cell boundary.
 */
export function joinCells(cells: readonly NotebookCell[], language: LanguageId): JoinedCells {
  const parts: Array<{ cell: number; firstRow: number; rows: number }> = [];
  const chunks: string[] = [];
  let row = 0;
  for (const c of cells) {
    if (c.language !== language) continue;
    const rows = c.source.split('\n').length;
    parts.push({ cell: c.index, firstRow: row, rows });
    chunks.push(c.source);
    row += rows + 1;
  }
  return { text: chunks.join('\n\n'), parts };
}

/** The cell and 1-based line within it of a 1-based line of the joined text, or null between cells. */
export function cellLine(joined: JoinedCells, line: number): { cell: number; line: number } | null {
  const row = line - 1;
  for (const p of joined.parts) {
    if (row >= p.firstRow && row < p.firstRow + p.rows) return { cell: p.cell, line: row - p.firstRow + 1 };
  }
  return null;
}

/** A call found in the joined text, moved to its cell (line and endLine within the cell, `cell` set). */
export function toCellCall(call: DetectedCall, joined: JoinedCells): DetectedCall | null {
  const start = cellLine(joined, call.line);
  const end = cellLine(joined, call.endLine);
  if (!start || !end) return null;
  return { ...call, cell: start.cell, line: start.line, endLine: end.line };
}

/**
 * Whether a syntax error of the joined parse reaches across a cell boundary (e.g. an unclosed
 * string in one cell): then the cells must be parsed one by one instead.
 */
export function errorCrossesCells(root: Node, joined: JoinedCells): boolean {
  if (!root.hasError) return false;
  for (const err of root.descendantsOfType('ERROR')) {
    if (!err) continue;
    const a = cellLine(joined, err.startPosition.row + 1);
    const b = cellLine(joined, err.endPosition.row + 1);
    if (!a || !b || a.cell !== b.cell) return true;
  }
  return false;
}

/**
 * Finds the calls of a notebook's Python cells, parsed together so that later cells see the
 * clients and constants of earlier ones; when a syntax error runs across cells (an unclosed
 * string or bracket), each cell is parsed on its own instead. Calls carry `cell` and cell lines.
 */
export async function detectNotebookCalls(parsers: TreeSitterParsers, file: string, text: string): Promise<DetectedCall[]> {
  const cells = notebookCells(text);
  const joined = joinCells(cells, 'python');
  if (joined.parts.length === 0) return [];
  const tree = await parsers.parse('python', joined.text);
  try {
    if (!errorCrossesCells(tree.rootNode, joined)) {
      const calls = detectPythonTree(tree, { file, language: 'python', text: joined.text });
      return calls.map((c) => toCellCall(c, joined)).filter((c): c is DetectedCall => c !== null);
    }
  } finally {
    tree.delete();
  }
  const calls: DetectedCall[] = [];
  for (const cell of cells) {
    if (cell.language !== 'python') continue;
    const cellTree = await parsers.parse('python', cell.source);
    try {
      calls.push(...detectPythonTree(cellTree, { file, language: 'python', text: cell.source, cell: cell.index }));
    } finally {
      cellTree.delete();
    }
  }
  return calls;
}

/** nbformat 3 keeps cells in `worksheets[0].cells`. */
function worksheetCells(doc: Record<string, unknown>): unknown[] | null {
  if (!Array.isArray(doc.worksheets)) return null;
  return doc.worksheets.flatMap((w) => (isRecord(w) && Array.isArray(w.cells) ? w.cells : []));
}

function kernelIsPython(metadata: unknown): boolean {
  if (!isRecord(metadata)) return true;
  const names: string[] = [];
  if (isRecord(metadata.kernelspec)) names.push(String(metadata.kernelspec.language ?? ''));
  if (isRecord(metadata.language_info)) names.push(String(metadata.language_info.name ?? ''));
  const stated = names.map((n) => n.trim().toLowerCase()).filter((n) => n.length > 0);
  return stated.length === 0 || stated.some((n) => n === 'python' || n.startsWith('python') || n === 'ipython' || n.startsWith('ipython'));
}

/** Per-cell languages (VS Code's `metadata.vscode.languageId`) and non-Python cell magics (`%%bash`). */
function cellIsPython(cell: Record<string, unknown>, source: string): boolean {
  const meta = cell.metadata;
  if (isRecord(meta) && isRecord(meta.vscode) && typeof meta.vscode.languageId === 'string') {
    if (!/^python/i.test(meta.vscode.languageId)) return false;
  }
  const magic = /^\s*%%([A-Za-z0-9_]+)/.exec(source);
  return !magic || PYTHON_CELL_MAGICS.has(magic[1]);
}

function joinSource(source: unknown): string {
  if (typeof source === 'string') return source;
  if (Array.isArray(source)) return source.map((s) => (typeof s === 'string' ? s : '')).join('');
  return '';
}

/**
 * Blanks IPython-only lines (`%magic`, `!shell`, `%%cell magic` headers, and their `\` continuation
 * lines) and strips timing prefixes (`%time stmt` keeps `stmt`), keeping every line in place.
 * Lines inside triple-quoted strings are left alone.
 */
export function blankMagics(source: string): string {
  const lines = source.split('\n');
  let inString: string | null = null;
  let continuing = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (inString === null) {
      if (continuing || /^\s*[%!]/.test(line)) {
        const prefix = PREFIX_MAGICS.exec(line);
        if (prefix && !continuing) {
          lines[i] = prefix[1] + ' '.repeat(prefix[2].length) + line.slice(prefix[0].length);
        } else {
          continuing = /\\\r?$/.test(line);
          lines[i] = line.endsWith('\r') ? '\r' : '';
          continue;
        }
      } else if (/^\s*[A-Za-z_][A-Za-z0-9_.]*\s*=\s*[!%]/.test(line)) {
        // `files = !ls` / `t = %timeit -o f()`: keep the target, drop the magic.
        lines[i] = line.replace(/=\s*[!%].*$/, '= None');
      }
    }
    continuing = false;
    inString = tripleQuoteState(lines[i], inString);
  }
  return lines.join('\n');
}

/** Which triple quote is open after a line, given the one open before it (a light scan; comments end it). */
function tripleQuoteState(line: string, open: string | null): string | null {
  let state = open;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (state === null) {
      if (ch === '#') return null;
      if (ch === '"' || ch === "'") {
        const triple = line.startsWith(ch.repeat(3), i);
        if (triple) {
          state = ch.repeat(3);
          i += 2;
        } else {
          i = skipShortString(line, i, ch);
        }
      }
    } else if (ch === '\\') {
      i++;
    } else if (line.startsWith(state, i)) {
      i += 2;
      state = null;
    }
  }
  return state;
}

function skipShortString(line: string, start: number, quote: string): number {
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === quote) return i;
  }
  return line.length;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
