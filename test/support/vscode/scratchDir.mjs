// Per-run scratch directories, removed afterwards unless KEEP_VSCODE_TEST_TMP is set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './runtimePaths.mjs';

// VS Code puts unix sockets (vscode-ipc-<uuid>.sock, 53 chars) under TMPDIR and the user-data
// dir, and a socket path may not exceed 107 bytes, so the root must stay short.
const MAX_ROOT_LENGTH = 40;
const preferred = process.env.VSCODE_TEST_TMP || path.join(REPO_ROOT, '.tmp');
const SCRATCH_ROOT = preferred.length <= MAX_ROOT_LENGTH ? preferred : os.tmpdir();

/** True when scratch dirs are kept for inspection. */
export const KEEP_SCRATCH = Boolean(process.env.KEEP_VSCODE_TEST_TMP);

/** Creates a fresh directory `<root>/<prefix>XXXXXX` and returns its path. */
export function makeScratchDir(prefix) {
  fs.mkdirSync(SCRATCH_ROOT, { recursive: true });
  return fs.mkdtempSync(path.join(SCRATCH_ROOT, prefix));
}

/** Removes a scratch directory (kept when KEEP_VSCODE_TEST_TMP is set). */
export function removeScratchDir(dir) {
  if (!KEEP_SCRATCH) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** Copies a workspace into a scratch dir so tests may write settings without touching the repo. */
export function copyWorkspace(source) {
  const target = path.join(makeScratchDir('ws-'), path.basename(source));
  fs.cpSync(source, target, { recursive: true });
  return target;
}
