/**
 * Entry point of call-site detection: picks the grammar for a file name, parses, and hands the
 * tree to the language's detector. Notebooks are split into code cells first.
 */
import type { DetectedCall, LanguageId } from '../model';
import type { DetectContext } from './detectContext';
export { UnreadableSourceError } from './detectContext';
import type { GrammarId, TreeSitterParsers } from './treeSitter';
import { detectPythonTree } from './python/detectPython';
import { detectTypeScriptTree } from './typescript/detectTypeScript';
import { detectNotebookCalls } from './notebook';

interface FileKind {
  readonly grammar: GrammarId;
  readonly language: LanguageId;
}

const KINDS: Readonly<Record<string, FileKind>> = {
  '.ts': { grammar: 'typescript', language: 'typescript' },
  '.mts': { grammar: 'typescript', language: 'typescript' },
  '.cts': { grammar: 'typescript', language: 'typescript' },
  '.tsx': { grammar: 'tsx', language: 'typescriptreact' },
  '.js': { grammar: 'javascript', language: 'javascript' },
  '.mjs': { grammar: 'javascript', language: 'javascript' },
  '.cjs': { grammar: 'javascript', language: 'javascript' },
  '.jsx': { grammar: 'javascript', language: 'javascriptreact' },
  '.py': { grammar: 'python', language: 'python' },
  '.pyi': { grammar: 'python', language: 'python' },
};

/** File extensions the detector reads (notebooks included). */
export const DETECTABLE_EXTENSIONS: readonly string[] = [...Object.keys(KINDS), '.ipynb'];

/** The extension of a path, lower-cased, with its dot; '' when there is none. */
export function extensionOf(file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** Whether the detector can read this file at all (by extension). */
export function isDetectable(file: string): boolean {
  return DETECTABLE_EXTENSIONS.includes(extensionOf(file));
}

/** The VS Code language id the detector uses for a file name, or null when it does not read it. */
export function languageOf(file: string): LanguageId | null {
  const ext = extensionOf(file);
  if (ext === '.ipynb') return 'python';
  return KINDS[ext]?.language ?? null;
}

/**
 * Finds the LLM calls in one file. `file` is reported as given; `text` is the file's content.
 * Throws UnreadableSourceError for a notebook that is not valid JSON.
 */
export async function detectCalls(parsers: TreeSitterParsers, file: string, text: string): Promise<DetectedCall[]> {
  const ext = extensionOf(file);
  if (ext === '.ipynb') return detectNotebookCalls(parsers, file, text);
  const kind = KINDS[ext];
  if (!kind) return [];
  return detectSource(parsers, kind.grammar, { file, language: kind.language, text });
}

/** Detects calls in a text whose language is known (an editor buffer, a notebook cell). */
export async function detectInText(parsers: TreeSitterParsers, language: LanguageId, file: string, text: string, cell?: number): Promise<DetectedCall[]> {
  const grammar: GrammarId = language === 'python' ? 'python' : language === 'typescript' ? 'typescript' : language === 'typescriptreact' ? 'tsx' : 'javascript';
  return detectSource(parsers, grammar, { file, language, text, cell });
}

async function detectSource(parsers: TreeSitterParsers, grammar: GrammarId, ctx: DetectContext): Promise<DetectedCall[]> {
  const tree = await parsers.parse(grammar, ctx.text);
  try {
    return grammar === 'python' ? detectPythonTree(tree, ctx) : detectTypeScriptTree(tree, ctx);
  } finally {
    tree.delete();
  }
}
