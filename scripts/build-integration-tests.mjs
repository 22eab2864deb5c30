#!/usr/bin/env node
// Compiles test/integration/*.ts (the mocha entry index.ts and every *.test.ts) into
// out/test/integration/*.js for VS Code's extension host: CommonJS, one self-contained file per
// entry; `vscode` comes from the host and `mocha` from node_modules at run time.
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sourceDir = path.join(root, 'test', 'integration');

/** Output directory of the compiled tests (what extensionTestsPath points into). */
export const INTEGRATION_OUT_DIR = path.join(root, 'out', 'test', 'integration');

/** Builds the integration tests; returns the compiled entry (index.js). */
export async function buildIntegrationTests() {
  const entries = fs.readdirSync(sourceDir).filter((f) => f === 'index.ts' || f.endsWith('.test.ts'));
  fs.rmSync(INTEGRATION_OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: entries.map((f) => path.join(sourceDir, f)),
    outdir: INTEGRATION_OUT_DIR,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return path.join(INTEGRATION_OUT_DIR, 'index.js');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(await buildIntegrationTests());
}
