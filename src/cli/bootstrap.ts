/**
 * The `llm-cost` executable (dist/cli.js): runs the CLI bundle (dist/cliMain.js, built from
 * main.ts) through a V8 code cache per command in the cache folder (src/node/codeCache.ts), so a
 * repeated command starts without compiling the CLI again. `--no-cache` runs without any cache.
 */
import * as path from 'node:path';
import { cacheDir } from '../node/cacheDir';
import { requireWithCodeCache } from '../node/codeCache';

const args = process.argv.slice(2);
const command = /^[a-z]+$/.test(args[0] ?? '') ? args[0] : 'help';
const cacheFile = args.includes('--no-cache') ? null : path.join(cacheDir(), 'code-cache', `cli-${command}.bin`);
const cli = requireWithCodeCache(path.join(__dirname, 'cliMain.js'), cacheFile) as { runCli(): void };
cli.runCli();
