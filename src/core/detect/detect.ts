/**
 * Entry point of call-site detection: picks the grammar for a file name, parses, and hands the
 * tree to the language's detector. Notebooks are split into code cells first.
 */
import type { DetectedCall, LanguageId } from '../model';
import type { DetectContext } from './detectContext';
import { extensionOf, KINDS } from './fileKinds';
import type { GrammarId, TreeSitterParsers } from './treeSitter';
import { detectPythonTree } from './python/detectPython';
import { detectTypeScriptTree } from './typescript/detectTypeScript';
import { detectNotebookCalls } from './notebook';
export { UnreadableSourceError } from './detectContext';
export { DETECTABLE_EXTENSIONS, extensionOf, grammarOf, isDeclarationFile, isDetectable, languageOf, mayHoldCalls } from './fileKinds';

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
