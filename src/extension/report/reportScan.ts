import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { TreeSitterParsers } from '../../core/detect/treeSitter';
import type { DetectedCall, SkippedFile } from '../../core/model';
import { scanFiles } from '../../node/scanFiles';

/** What a scan of one or more files found, keyed by file URI. */
export interface FolderScan {
  readonly files: Map<string, FileCalls>;
  readonly skipped: SkippedFile[];
  readonly cancelled: boolean;
}

/** The calls of one file, with the URI to open it. */
export interface FileCalls {
  readonly uri: vscode.Uri;
  readonly calls: readonly DetectedCall[];
}

/** Folder names whose files never join the report through the file watcher (the scan skips them too). */
const IGNORED_SEGMENTS = /(^|\/)(\.git|node_modules|\.venv|venv|__pycache__|site-packages|dist|build|out|\.next|coverage|target|\.vscode-test|\.ipynb_checkpoints)(\/|$)/;

/**
 * Scans the given workspace folders from disk (the walk honours .gitignore and skips dependencies
 * and build output). In a multi-root workspace, reported paths start with the folder's name.
 */
export async function scanFolders(
  folders: readonly vscode.WorkspaceFolder[],
  parsers: TreeSitterParsers,
  signal: AbortSignal,
  onProgress: (filesDone: number, file: string) => void,
): Promise<FolderScan> {
  const files = new Map<string, FileCalls>();
  const skipped: SkippedFile[] = [];
  let done = 0;
  for (const folder of folders) {
    const prefix = folders.length > 1 ? `${folder.name}/` : '';
    if (folder.uri.scheme !== 'file') {
      skipped.push({ file: folder.name, reason: `not on a local disk (${folder.uri.scheme}:), so it cannot be scanned` });
      continue;
    }
    const base = done;
    const result = await scanFiles([folder.uri.fsPath], {
      parsers,
      root: folder.uri.fsPath,
      signal,
      onProgress: (n, file) => onProgress((done = base + n), prefix + file),
    });
    addCalls(files, folder, prefix, result.calls);
    skipped.push(...result.skipped.map((s) => ({ ...s, file: prefix + s.file })));
    if (result.cancelled) return { files, skipped, cancelled: true };
  }
  return { files, skipped, cancelled: signal.aborted };
}

/**
 * Reads one file from disk again. Resolves with null when the file is gone, or when it is new and
 * lies under a folder the scan skips.
 */
export async function rescanFile(uri: vscode.Uri, folder: vscode.WorkspaceFolder, parsers: TreeSitterParsers, known: boolean): Promise<FolderScan | null> {
  const relative = vscode.workspace.asRelativePath(uri, false);
  if (!known && IGNORED_SEGMENTS.test(relative)) return null;
  try {
    await fs.promises.stat(uri.fsPath);
  } catch {
    return null;
  }
  const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
  const prefix = multiRoot ? `${folder.name}/` : '';
  const result = await scanFiles([uri.fsPath], { parsers, root: folder.uri.fsPath });
  const files = new Map<string, FileCalls>();
  addCalls(files, folder, prefix, result.calls);
  return { files, skipped: result.skipped.map((s) => ({ ...s, file: prefix + s.file })), cancelled: false };
}

function addCalls(files: Map<string, FileCalls>, folder: vscode.WorkspaceFolder, prefix: string, calls: readonly DetectedCall[]): void {
  for (const call of calls) {
    const uri = vscode.Uri.joinPath(folder.uri, call.file);
    const key = uri.toString();
    const entry = files.get(key) ?? { uri, calls: [] };
    files.set(key, { uri, calls: [...entry.calls, prefix ? { ...call, file: prefix + call.file } : call] });
  }
}
