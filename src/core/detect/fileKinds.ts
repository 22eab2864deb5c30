/**
 * What the detector reads, by file name: the grammar and language of each extension, which files
 * are skipped outright (declaration files), and the pre-filter of a file's language. Kept apart
 * from detect.ts so that a scan worker can screen files without loading the detectors.
 */
import type { LanguageId } from '../model';
import { mayContainCalls } from './prefilter';
import type { GrammarId } from './treeSitter';

export interface FileKind {
  readonly grammar: GrammarId;
  readonly language: LanguageId;
}

export const KINDS: Readonly<Record<string, FileKind>> = {
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

/** Whether the detector can read this file at all: by extension, and not a declaration file. */
export function isDetectable(file: string): boolean {
  return DETECTABLE_EXTENSIONS.includes(extensionOf(file)) && !isDeclarationFile(file);
}

/** `.d.ts`, `.d.mts`, `.d.cts`: type declarations only, which never hold a call. */
export function isDeclarationFile(file: string): boolean {
  return /\.d\.[cm]?ts$/i.test(file);
}

/** The grammar a file is parsed with (notebooks: Python), or null when the detector does not read it. */
export function grammarOf(file: string): GrammarId | null {
  const ext = extensionOf(file);
  return ext === '.ipynb' ? 'python' : (KINDS[ext]?.grammar ?? null);
}

/** The VS Code language id the detector uses for a file name, or null when it does not read it. */
export function languageOf(file: string): LanguageId | null {
  const ext = extensionOf(file);
  if (ext === '.ipynb') return 'python';
  return KINDS[ext]?.language ?? null;
}

/** Whether a file (by name) may hold calls, by the pre-filter of its language; see prefilter.ts. */
export function mayHoldCalls(file: string, source: string | Uint8Array): boolean {
  // A notebook's cells may be Python or, in Deno notebooks, TypeScript: both detectors' rules apply.
  if (extensionOf(file) === '.ipynb') return mayContainCalls(source);
  return mayContainCalls(source, languageOf(file) === 'python' ? 'python' : 'typescript');
}

