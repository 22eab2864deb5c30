// Where scripts/install-vscode-runtime.sh puts the runtime (override each path with env vars).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const RUNTIME_DIR = process.env.VSCODE_RUNTIME_DIR || path.join(REPO_ROOT, '.vscode-runtime');

/** Node 24, which code-server 4.139 requires. */
export const NODE24 = process.env.VSCODE_NODE || path.join(RUNTIME_DIR, 'node24', 'bin', 'node');
/** code-server's entry script (VS Code 1.139.1 server + web workbench). */
export const CODE_SERVER_ENTRY = process.env.CODE_SERVER_ENTRY ||
  path.join(RUNTIME_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
/** Debian's Chromium, driven headless through playwright-core. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Throws a message that says how to install whatever part of the runtime is missing. */
export function assertRuntimeInstalled() {
  const missing = [NODE24, CODE_SERVER_ENTRY, CHROMIUM].filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new Error(`VS Code test runtime missing (${missing.join(', ')}).\nInstall it with: bash scripts/install-vscode-runtime.sh`);
  }
}
