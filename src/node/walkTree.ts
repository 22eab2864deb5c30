/**
 * Walks a folder the way users expect a code scanner to: skips `.git`, `node_modules`, virtual
 * environments, build output and whatever `.gitignore` files ignore (nested ones too), and yields
 * only the files the detector can read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore from 'ignore';
import type { Ignore } from 'ignore';

/** Folder names never worth scanning for application code. */
const SKIPPED_DIRS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'jspm_packages',
  '.venv', 'venv', '.virtualenv', 'virtualenv', '__pycache__', 'site-packages', '.tox', '.nox', '.mypy_cache',
  '.pytest_cache', '.ruff_cache', '.ipynb_checkpoints', '.eggs',
  'dist', 'build', 'out', '.next', '.nuxt', '.svelte-kit', '.output', '.turbo', '.parcel-cache', '.cache',
  'coverage', '.nyc_output', 'target', '.gradle', '.idea', '.vscode-test', '.vscode-runtime',
]);

/** A file found by the walk, with its path relative to the walk's root (forward slashes). */
export interface WalkedFile {
  readonly absolute: string;
  readonly relative: string;
}

/** Options of a walk. */
export interface WalkOptions {
  /** Keep a file when this returns true for its name; default keeps everything not ignored. */
  readonly include?: (relative: string) => boolean;
  /** Stop early when aborted. */
  readonly signal?: AbortSignal;
  /** Told about what the walk could not enter (unreadable folders, links to folders). */
  readonly onSkip?: (relative: string, reason: string) => void;
}

interface IgnoreLayer {
  /** Folder of the .gitignore, relative to the root ('' for the root). */
  readonly base: string;
  readonly rules: Ignore;
}

/**
 * Yields the files under `root` (a folder) that are not skipped or git-ignored. A folder that
 * looks like a virtual environment (has `pyvenv.cfg`) is skipped whatever its name. The walk is
 * synchronous (a listing takes microseconds; promise round trips would cost more than the file
 * system): a caller on a busy thread yields between files (see pauser.ts).
 */
export function* walkTree(root: string, options: WalkOptions = {}): Generator<WalkedFile> {
  const stack: Array<{ dir: string; relative: string; layers: readonly IgnoreLayer[] }> = [{ dir: path.resolve(root), relative: '', layers: [] }];
  while (stack.length > 0) {
    if (options.signal?.aborted) return;
    const { dir, relative, layers: parentLayers } = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      options.onSkip?.(relative || '.', `folder cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      continue;
    }
    if (relative !== '' && entries.some((e) => e.name === 'pyvenv.cfg')) continue;
    // A folder's own .gitignore applies to everything below it.
    const layers = entries.some((e) => e.name === '.gitignore' && !e.isDirectory()) ? withIgnoreFile(dir, relative, parentLayers) : parentLayers;
    const subdirs: typeof stack = [];
    for (const entry of entries) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) {
        if (SKIPPED_DIRS.has(entry.name) || isIgnored(layers, rel, true)) continue;
        subdirs.push({ dir: childPath(dir, entry.name), relative: rel, layers });
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        if (options.include && !options.include(entry.name)) continue;
        if (isIgnored(layers, rel, false)) continue;
        const absolute = childPath(dir, entry.name);
        // A link to a file is read like the file; links to folders are not followed (no loops).
        if (entry.isSymbolicLink() && !isFileBehindLink(absolute, rel, options)) continue;
        yield { absolute, relative: rel };
      }
    }
    stack.push(...subdirs.reverse());
  }
}

/** `dir/name` (path.join normalises, which a walk of thousands of files need not pay for). */
function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

function isFileBehindLink(absolute: string, relative: string, options: WalkOptions): boolean {
  try {
    if (fs.statSync(absolute).isFile()) return true;
    options.onSkip?.(relative, 'symbolic link to a folder: not followed');
  } catch {
    options.onSkip?.(relative, 'broken symbolic link');
  }
  return false;
}

function withIgnoreFile(dir: string, relative: string, parent: readonly IgnoreLayer[]): readonly IgnoreLayer[] {
  let text: string;
  try {
    text = fs.readFileSync(path.join(dir, '.gitignore'), 'utf8');
  } catch {
    return parent;
  }
  return [...parent, { base: relative, rules: ignore().add(text) }];
}

function isIgnored(layers: readonly IgnoreLayer[], relative: string, isDir: boolean): boolean {
  if (layers.length === 0) return false;
  let ignored = false;
  for (const layer of layers) {
    const sub = layer.base === '' ? relative : relative.slice(layer.base.length + 1);
    const result = layer.rules.test(isDir ? `${sub}/` : sub);
    if (result.ignored) ignored = true;
    if (result.unignored) ignored = false;
  }
  return ignored;
}
