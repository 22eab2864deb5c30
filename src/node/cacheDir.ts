/**
 * Where the CLI keeps its caches (token counts, compiled code): `$LLM_COST_CACHE_DIR` if set, else
 * `$XDG_CACHE_HOME/llm-cost-lens`, else `~/.cache/llm-cost-lens` (`%LOCALAPPDATA%\llm-cost-lens` on
 * Windows), and how a cache file is written. Everything in it may be deleted at any time.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (env.LLM_COST_CACHE_DIR) return path.resolve(env.LLM_COST_CACHE_DIR);
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'llm-cost-lens');
  // The XDG spec says a relative $XDG_CACHE_HOME is invalid and must be ignored.
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'llm-cost-lens');
  return path.join(home, '.cache', 'llm-cost-lens');
}

/**
 * Writes a cache file readable by its owner only, atomically: to a temp file in the same folder
 * (created if needed), renamed over the old one, so a reader never sees half a file. Returns whether
 * it was written; a failure (read-only folder, full disk) is not an error: the cache is just not kept.
 */
export function writeCacheFile(file: string, data: string | Uint8Array): boolean {
  const temp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    fs.writeFileSync(temp, data, { mode: 0o600 });
    fs.renameSync(temp, file);
    return true;
  } catch {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing more to do: the temp file was never written or cannot be removed.
    }
    return false;
  }
}
