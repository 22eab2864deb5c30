/**
 * Loads a CommonJS bundle through V8's code cache, the way Node 22's module compile cache does
 * (Node 20 has none). The cache holds the bytecode of every function the first run compiled, so a
 * later run of the same command neither parses the bundle nor compiles those functions again —
 * for a short CLI command, that is a large share of its time. V8 checks the cache against the
 * source and its own version and flags; a cache it rejects is rewritten. A cache that cannot be read
 * or written only means a slower start: nothing here fails a command.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { writeCacheFile } from './cacheDir';

/** Runs the CommonJS file `file` and returns its exports; `cacheFile` null runs it without a cache. */
export function requireWithCodeCache(file: string, cacheFile: string | null): unknown {
  let source = fs.readFileSync(file, 'utf8');
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const cachedData = cacheFile ? readCache(cacheFile) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cacheFile && (!cachedData || script.cachedDataRejected)) {
    // At exit the cache also holds the functions this run compiled, not only the top level.
    process.once('exit', () => writeCacheFile(cacheFile, script.createCachedData()));
  }
  const module = { exports: {} as unknown };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: { exports: unknown }, filename: string, dirname: string) => void;
  run(module.exports, createRequire(file), module, file, path.dirname(file));
  return module.exports;
}

function readCache(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
