/**
 * The `llm-cost` executable (dist/cli.js): runs the CLI bundle (dist/cliMain.js, built from
 * main.ts) through a V8 code cache per command in the cache folder (src/node/codeCache.ts), so a
 * repeated command starts without compiling the CLI again. `--no-cache` runs without any cache.
 */
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { cacheDir } from '../node/cacheDir';
import { requireWithCodeCache } from '../node/codeCache';

// A CLI command lives for about a second, and V8's default tiering is tuned for long-lived pages:
// with it, a third of a scan's CPU went to optimising (TurboFan) functions that ran a few more
// times, on the same two cores the scan needs. A 4x larger budget before a function is optimised
// leaves that to the truly hot loops (the pre-filter's search, the parser's walk): a scan of the
// bench tree takes 8% less time and 10% less CPU. The flag is process-wide, so the scan's worker
// threads share it; it only changes when code is optimised, never what it computes.
v8.setFlagsFromString('--interrupt-budget=300000');
const args = process.argv.slice(2);
const command = /^[a-z]+$/.test(args[0] ?? '') ? args[0] : 'help';
const cacheFile = args.includes('--no-cache') ? null : path.join(cacheDir(), 'code-cache', `cli-${command}.bin`);
const cli = requireWithCodeCache(path.join(__dirname, 'cliMain.js'), cacheFile) as { runCli(): void };
cli.runCli();
