/**
 * Where the CLI keeps its caches (token counts, compiled code): `$LLM_COST_CACHE_DIR` if set, else
 * `$XDG_CACHE_HOME/llm-cost-lens`, else `~/.cache/llm-cost-lens` (`%LOCALAPPDATA%\llm-cost-lens` on
 * Windows). Everything in it may be deleted at any time.
 */
import * as os from 'node:os';
import * as path from 'node:path';

export function cacheDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, home: string = os.homedir()): string {
  if (env.LLM_COST_CACHE_DIR) return path.resolve(env.LLM_COST_CACHE_DIR);
  if (platform === 'win32') return path.join(env.LOCALAPPDATA || path.join(home, 'AppData', 'Local'), 'llm-cost-lens');
  // The XDG spec says a relative $XDG_CACHE_HOME is invalid and must be ignored.
  if (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)) return path.join(env.XDG_CACHE_HOME, 'llm-cost-lens');
  return path.join(home, '.cache', 'llm-cost-lens');
}
