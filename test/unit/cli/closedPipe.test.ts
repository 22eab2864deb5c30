/**
 * `llm-cost scan … | head`: when the reader closes the pipe early, the built CLI stops quietly with
 * exit code 0, without a stack trace about the closed pipe.
 */
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

describe('cli: output into a pipe its reader closed', function () {
  this.timeout(60_000);
  before(function () {
    if (!fs.existsSync(CLI)) this.skip(); // npm test builds first; a bare mocha run may not have
  });

  let cacheDir: string;
  beforeEach(() => (cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-pipe-'))));
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  it('stops quietly with exit code 0', async () => {
    // The corpus's JSON report is several times a pipe's buffer, so the CLI is still writing when the pipe closes.
    const child = spawn(process.execPath, [CLI, 'scan', path.join(ROOT, 'test/fixtures/corpus'), '--format', 'json'], {
      env: { PATH: process.env.PATH, LLM_COST_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Like `head -c 100`: read the first chunk, then close the pipe.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(code, 0);
  });
});
