/**
 * Scans files and folders for LLM calls: the walk (walkTree) lists the candidate files, then each
 * file is read as bytes and pre-filtered, and only files that pass are decoded, parsed and handed
 * to the detector (fileScan.ts) — on two threads for a large scan (parallelScan.ts). Shared by the
 * CLI and the extension's workspace report; its loops yield to the event loop every few
 * milliseconds (pauser.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeclarationFile, isDetectable } from '../core/detect/detect';
import type { TreeSitterParsers } from '../core/detect/treeSitter';
import type { DetectedCall, SkippedFile } from '../core/model';
import { scanFileList, startScanWorker } from './parallelScan';
import type { FileRef } from './parallelScan';
import { pauser } from './pauser';
import { walkTree } from './walkTree';

/** Options of a scan. */
export interface ScanOptions {
  readonly parsers: TreeSitterParsers;
  /** Folder that reported paths are relative to; see scanRootFor(). */
  readonly root: string;
  readonly signal?: AbortSignal;
  /** Called after each file is scanned, with the count of files looked at so far. */
  readonly onProgress?: (filesDone: number, file: string) => void;
  /** Scan a large scan's files on a worker thread too (default true). */
  readonly parallel?: boolean;
  /** Called with each file's calls as soon as they are found (e.g. to estimate them while the scan goes on). */
  readonly onCalls?: (calls: readonly DetectedCall[]) => void;
}

/** What a scan found. */
export interface ScanResult {
  readonly root: string;
  readonly calls: DetectedCall[];
  /** Files passed over with a reason (huge, binary, minified, unreadable). */
  readonly skipped: SkippedFile[];
  /** Files looked at (read and pre-filtered), all of them unless the scan was cancelled. */
  readonly filesSeen: number;
  /** Files that passed the pre-filter and were parsed. */
  readonly filesParsed: number;
  /** Bytes of source read, and of those parsed. */
  readonly bytesRead: number;
  readonly bytesParsed: number;
  /** Threads that scanned the files (2 for a large scan). */
  readonly threads: number;
  readonly cancelled: boolean;
}

/**
 * The root that reported paths are relative to: a single folder argument is its own root;
 * otherwise the current folder when every path is inside it, else the paths' common ancestor.
 */
export function scanRootFor(paths: readonly string[], cwd: string): string {
  const absolute = paths.map((p) => path.resolve(cwd, p));
  if (absolute.length === 1 && isDirectory(absolute[0])) return absolute[0];
  if (absolute.every((p) => p === cwd || p.startsWith(cwd + path.sep))) return cwd;
  let common = path.dirname(absolute[0]);
  while (!absolute.every((p) => p.startsWith(common + path.sep)) && path.dirname(common) !== common) common = path.dirname(common);
  return common;
}

/** Scans the given files and folders (absolute or relative to the root's cwd). */
export async function scanFiles(paths: readonly string[], options: ScanOptions): Promise<ScanResult> {
  const skipped: SkippedFile[] = [];
  const calls: DetectedCall[] = [];
  let filesSeen = 0;
  let filesParsed = 0;
  let bytesRead = 0;
  let bytesParsed = 0;
  // A large scan reads on two threads: the worker boots while this thread walks the tree.
  const worker = options.parallel !== false && paths.some((p) => isDirectory(path.resolve(options.root, p))) ? startScanWorker(options.signal) : null;
  let threads: number;
  try {
    const files: FileRef[] = [];
    const pause = pauser();
    for (const file of candidateFiles(paths, options, skipped)) {
      files.push(file);
      await pause();
    }
    threads = await scanFileList(files, {
      parsers: options.parsers,
      signal: options.signal,
      worker,
      onFile: (scan) => {
        filesSeen++;
        bytesRead += scan.bytesRead;
        if (scan.bytesParsed > 0) filesParsed++;
        bytesParsed += scan.bytesParsed;
        calls.push(...scan.calls);
        if (scan.calls.length > 0) options.onCalls?.(scan.calls);
        if (scan.skipReason) skipped.push({ file: scan.relative, reason: scan.skipReason });
        options.onProgress?.(filesSeen, scan.relative);
      },
      onQuiet: (quiet) => {
        filesSeen += quiet.files;
        bytesRead += quiet.bytes;
        options.onProgress?.(filesSeen, quiet.last);
      },
    });
  } finally {
    worker?.stop();
  }
  calls.sort(compareCalls);
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { root: options.root, calls, skipped, filesSeen, filesParsed, bytesRead, bytesParsed, threads, cancelled: options.signal?.aborted ?? false };
}

/** The files to scan, with their paths as reports show them; notes what cannot be scanned. */
function* candidateFiles(paths: readonly string[], options: ScanOptions, skipped: SkippedFile[]): Generator<FileRef> {
  for (const p of paths) {
    const absolute = path.resolve(options.root, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch (err) {
      skipped.push({ file: relativeTo(options.root, absolute), reason: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    if (stat.isDirectory()) {
      const onSkip = (relative: string, reason: string): void => {
        skipped.push({ file: relativeTo(options.root, path.join(absolute, relative)), reason });
      };
      // Paths relative to the walked folder, prefixed with where that folder is under the root.
      const prefix = absolute === options.root ? '' : `${relativeTo(options.root, absolute)}/`;
      for (const f of walkTree(absolute, { include: isDetectable, signal: options.signal, onSkip })) yield [f.absolute, prefix + f.relative];
    } else if (isDetectable(absolute)) {
      yield [absolute, relativeTo(options.root, absolute)];
    } else {
      const reason = isDeclarationFile(absolute) ? 'a declaration file: it holds types, never calls' : 'not a TypeScript, JavaScript, Python or notebook file';
      skipped.push({ file: relativeTo(options.root, absolute), reason });
    }
  }
}

function compareCalls(a: DetectedCall, b: DetectedCall): number {
  return a.file.localeCompare(b.file) || (a.cell ?? -1) - (b.cell ?? -1) || a.line - b.line || a.column - b.column;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** A path as reports show it: relative to the root with forward slashes (the name alone for the root itself). */
function relativeTo(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/') || path.basename(absolute);
}
