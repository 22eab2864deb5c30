#!/usr/bin/env node
// Bundles the VS Code extension: src/extension/extension.ts -> dist/extension.js (CommonJS, Node,
// `vscode` external). Meant to be folded into esbuild.js (call buildExtension() from there);
// runnable alone: node scripts/build-extension.mjs [--production]
import esbuild from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebview } from './build-webview.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'package.json'));

/**
 * Builds dist/extension.js and the prompt panel's dist/webview.js. Returns esbuild's metafile so callers can report the bundle size.
 * @param {{ production?: boolean, define?: Record<string, string> }} [options] `define`: esbuild constants (esbuild.js passes the tokenizer versions, and that it checked the bundled catalog)
 */
export async function buildExtension({ production = false, define = {} } = {}) {
  await buildWebview({ production });
  const result = await esbuild.build({
    entryPoints: { extension: path.join(root, 'src/extension/extension.ts') },
    outdir: path.join(root, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    sourcemap: !production,
    minify: production,
    metafile: true,
    define,
    logLevel: 'warning',
    // The ESM build of web-tree-sitter needs import.meta.url, which is empty in CJS output.
    alias: { 'web-tree-sitter': path.join(path.dirname(require.resolve('web-tree-sitter')), 'tree-sitter.cjs') },
  });
  return result.metafile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const metafile = await buildExtension({ production: process.argv.includes('--production') });
  const out = metafile.outputs['dist/extension.js'];
  console.log(`dist/extension.js ${(out.bytes / 1024).toFixed(1)} KiB in ${(performance.now() - started).toFixed(0)} ms`);
}
