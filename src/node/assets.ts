/**
 * Finds the runtime files that are loaded lazily and never bundled: tree-sitter .wasm files and
 * tokenizer data. In the bundles they sit next to dist/*.js (esbuild.js copies them there); when
 * running from source (tests) they are resolved from node_modules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { GrammarId, GrammarSource } from '../core/detect/treeSitter';

const GRAMMAR_FILES: Readonly<Record<GrammarId, readonly [string, string]>> = {
  python: ['tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'],
  typescript: ['tree-sitter-typescript.wasm', 'tree-sitter-typescript/tree-sitter-typescript.wasm'],
  tsx: ['tree-sitter-tsx.wasm', 'tree-sitter-typescript/tree-sitter-tsx.wasm'],
  javascript: ['tree-sitter-javascript.wasm', 'tree-sitter-javascript/tree-sitter-javascript.wasm'],
};

/**
 * The absolute path of an asset: `bundledName` next to this bundle if it is there, else the
 * package file `packagePath` resolved from node_modules.
 */
export function assetPath(bundledName: string, packagePath: string): string {
  const beside = path.join(__dirname, bundledName);
  if (fs.existsSync(beside)) return beside;
  try {
    return require.resolve(packagePath);
  } catch {
    throw new Error(`Missing runtime file ${bundledName}: the build did not copy it next to ${__dirname} (run npm run build).`);
  }
}

/** A GrammarSource reading the .wasm files from disk. */
export function diskGrammarSource(): GrammarSource {
  return {
    runtimeWasm: () => fs.promises.readFile(assetPath('tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm')),
    grammarWasm: (id) => {
      const [bundled, pkg] = GRAMMAR_FILES[id];
      return fs.promises.readFile(assetPath(bundled, pkg));
    },
  };
}
