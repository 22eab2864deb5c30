#!/usr/bin/env node
// Bundles the prompt panel's browser script: src/webview/main.ts -> dist/webview.js (IIFE, browser,
// no imports at run time; loaded by a <script nonce> under the panel's CSP). Its stylesheet is
// media/panel.css, used as is. Called from build-extension.mjs; runnable alone:
// node scripts/build-webview.mjs [--production]
import esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Builds dist/webview.js. Returns esbuild's metafile so callers can report the size.
 * @param {{ production?: boolean }} [options]
 */
export async function buildWebview({ production = false } = {}) {
  const result = await esbuild.build({
    entryPoints: { webview: path.join(root, 'src/webview/main.ts') },
    outdir: path.join(root, 'dist'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    sourcemap: production ? false : 'linked',
    minify: production,
    metafile: true,
    logLevel: 'warning',
  });
  return result.metafile;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const metafile = await buildWebview({ production: process.argv.includes('--production') });
  console.log(`dist/webview.js ${(metafile.outputs['dist/webview.js'].bytes / 1024).toFixed(1)} KiB`);
}
