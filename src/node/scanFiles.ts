/**
 * Scans files and folders for LLM calls: walks folders (walkTree), reads files with bounded
 * concurrency, drops binary/huge/minified files and files without a trigger literal, and runs the
 * detector on the rest. Shared by the CLI and the extension's workspace report.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectCalls, isDetectable, languageOf, UnreadableSourceError } from '../core/detect/detect';
import { mayContainCalls } from '../core/detect/prefilter';
import { skipReasonFor } from '../core/detect/sourceChecks';
import type { TreeSitterParsers } from '../core/detect/treeSitter';
import type { DetectedCall, SkippedFile } from '../core/model';
import { walkTree } from './walkTree';

/** Options of a scan. */
export interface ScanOptions {
  readonly parsers: TreeSitterParsers;
  /** Folder that reported paths are relative to; see scanRootFor(). */
  readonly root: string;
  readonly signal?: AbortSignal;
  /** Called after each file is done, with the count of files looked at so far. */
  readonly onProgress?: (filesDone: number, file: string) => void;
}

/** What a scan found. */
export interface ScanResult {
  readonly root: string;
  readonly calls: DetectedCall[];
  /** Files passed over with a reason (huge, binary, minified, unreadable). */
  readonly skipped: SkippedFile[];
  /** Files the walk yielded with a detectable extension. */
  readonly filesSeen: number;
  /** Files that passed the pre-filter and were parsed. */
  readonly filesParsed: number;
  readonly cancelled: boolean;
}

const READ_CONCURRENCY = 32;

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
  const calls: DetectedCall[] = [];
  const skipped: SkippedFile[] = [];
  let filesSeen = 0;
  let filesParsed = 0;
  let done = 0;
  const pending = new Set<Promise<void>>();

  const handle = async (absolute: string): Promise<void> => {
    const relative = toPosix(path.relative(options.root, absolute)) || path.basename(absolute);
    const text = await readSource(absolute, relative, skipped);
    if (text !== null && mayContainCalls(text, languageOf(relative) === 'python' ? 'python' : 'typescript')) {
      filesParsed++;
      try {
        calls.push(...(await detectCalls(options.parsers, relative, text)));
      } catch (err) {
        const reason = err instanceof UnreadableSourceError ? err.message : `could not be analysed: ${(err as Error).message}`;
        skipped.push({ file: relative, reason });
      }
    }
    options.onProgress?.(++done, relative);
  };

  for await (const absolute of candidateFiles(paths, options, skipped)) {
    if (options.signal?.aborted) break;
    filesSeen++;
    const task = handle(absolute).finally(() => pending.delete(task));
    pending.add(task);
    if (pending.size >= READ_CONCURRENCY) await Promise.race(pending);
  }
  await Promise.all(pending);
  calls.sort(compareCalls);
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { root: options.root, calls, skipped, filesSeen, filesParsed, cancelled: options.signal?.aborted ?? false };
}

async function* candidateFiles(paths: readonly string[], options: ScanOptions, skipped: SkippedFile[]): AsyncGenerator<string> {
  for (const p of paths) {
    const absolute = path.resolve(options.root, p);
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(absolute);
    } catch (err) {
      skipped.push({ file: p, reason: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
      continue;
    }
    if (stat.isDirectory()) {
      const onSkip = (relative: string, reason: string): void => {
        skipped.push({ file: toPosix(path.relative(options.root, path.join(absolute, relative))) || relative, reason });
      };
      for await (const f of walkTree(absolute, { include: isDetectable, signal: options.signal, onSkip })) yield f.absolute;
    } else if (isDetectable(absolute)) {
      yield absolute;
    } else {
      skipped.push({ file: p, reason: 'not a TypeScript, JavaScript, Python or notebook file' });
    }
  }
}

/** Reads a file as UTF-8 text, or records why it was skipped and returns null. */
async function readSource(absolute: string, relative: string, skipped: SkippedFile[]): Promise<string | null> {
  let bytes: Buffer;
  try {
    const stat = await fs.promises.stat(absolute);
    const sizeReason = skipReasonFor(relative, stat.size, '');
    if (sizeReason) {
      skipped.push({ file: relative, reason: sizeReason });
      return null;
    }
    bytes = await fs.promises.readFile(absolute);
  } catch (err) {
    skipped.push({ file: relative, reason: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` });
    return null;
  }
  const head = bytes.subarray(0, 8192).toString('latin1');
  const reason = skipReasonFor(relative, bytes.length, head);
  if (reason) {
    skipped.push({ file: relative, reason });
    return null;
  }
  return bytes.toString('utf8');
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

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
