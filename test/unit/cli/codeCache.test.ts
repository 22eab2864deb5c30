/**
 * The built `llm-cost` (dist/cli.js) runs its bundle through a V8 code cache per command in the
 * cache folder (src/node/codeCache.ts): the first run writes it, later runs use it and print the
 * same, a damaged cache is replaced without failing the command, and --no-cache writes none.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const SAMPLE = path.join(ROOT, 'test/fixtures/sample-workspace');
const ARGS = ['scan', SAMPLE, '--format', 'json', '--at', '2026-08-18T02:00:00Z'];

describe('cli: the V8 code cache of the built CLI', function () {
  this.timeout(60_000);
  let cacheDir: string;
  const run = (args: readonly string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, LLM_COST_CACHE_DIR: cacheDir } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const cacheFile = (): string => path.join(cacheDir, 'code-cache', 'cli-scan.bin');

  before(function () {
    if (!fs.existsSync(CLI)) this.skip(); // npm test builds first; a bare mocha run may not have
  });
  beforeEach(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-codecache-'));
  });
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  it('writes a cache on the first run and gives the same output with it', () => {
    const first = run(ARGS);
    assert.ok(fs.statSync(cacheFile()).size > 10_000, 'a cache holding the compiled functions');
    const written = fs.statSync(cacheFile()).mtimeMs;
    const second = run(ARGS);
    assert.equal(second, first);
    assert.equal(fs.statSync(cacheFile()).mtimeMs, written, 'an accepted cache is not rewritten');
    assert.equal(JSON.parse(second).calls.length, 13);
  });

  it('replaces a damaged cache and still runs the command', () => {
    const expected = run(ARGS);
    fs.writeFileSync(cacheFile(), Buffer.alloc(4096, 7));
    assert.equal(run(ARGS), expected);
    assert.notDeepEqual(fs.readFileSync(cacheFile()), Buffer.alloc(4096, 7));
  });

  it('--no-cache neither reads nor writes a code cache', () => {
    run([...ARGS, '--no-cache']);
    assert.equal(fs.existsSync(path.join(cacheDir, 'code-cache')), false);
  });
});
