/**
 * Points the token-count cache ($LLM_COST_CACHE_DIR) at a fresh temp folder for the whole test
 * process, so that no test reads or writes the real ~/.cache/llm-cost-lens — even when the developer
 * has LLM_COST_CACHE_DIR set. Loaded by .mocharc.json, and imported by every test file that runs a
 * command using the cache, so that it also holds under `mocha --no-config`. Spawned CLIs must be
 * given this variable in their environment. The folder is removed when the process exits.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

function isolate(): string {
  // Runs once per process: .mocharc.json and the test files load the same module.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-test-cache-'));
  process.env.LLM_COST_CACHE_DIR = dir;
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The temp folder the tests' token-count cache lives in. */
export const TEST_CACHE_DIR = isolate();
