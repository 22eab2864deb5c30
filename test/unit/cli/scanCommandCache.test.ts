/**
 * `llm-cost scan` and the token-count cache: two scans of the sample workspace with the same
 * $LLM_COST_CACHE_DIR print identical JSON, and the second loads no tokenizer (in-process, with the
 * real loaders behind a log; and the built CLI, whose module loads NODE_DEBUG=module reveals);
 * --no-cache reads and writes no cache. `llm-cost run`'s estimator shares the cache.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import '../../support/isolatedCacheDir';
import { ExitCode } from '../../../src/cli/cliIo';
import { runEstimator } from '../../../src/cli/runEstimator';
import { runScanCommand } from '../../../src/cli/scanCommand';
import type { ExactTokenizerId, TokenizerLoaders } from '../../../src/core/tokens/tokenCounter';
import { FileTokenCountStore } from '../../../src/node/tokenCountCache';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';
import { captureIo } from '../../support/captureIo';

const SAMPLE = path.resolve(__dirname, '../../fixtures/sample-workspace');
const AT = '2026-08-18T02:00:00Z';
const CACHE_FILE = 'token-counts.json';

/** The real disk loaders, with a log of every load. */
function recordingLoaders(): TokenizerLoaders & { calls: ExactTokenizerId[] } {
  const inner = nodeTokenizerLoaders();
  const calls: ExactTokenizerId[] = [];
  return { calls, load: (id) => (calls.push(id), inner.load(id)) };
}

describe('cli/scanCommand with the token-count cache', function () {
  this.timeout(60_000);
  let cacheDir: string;
  let saved: string | undefined;
  beforeEach(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-scancache-'));
    saved = process.env.LLM_COST_CACHE_DIR;
    process.env.LLM_COST_CACHE_DIR = cacheDir;
  });
  afterEach(() => {
    process.env.LLM_COST_CACHE_DIR = saved;
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  async function scan(args: string[], loaders: TokenizerLoaders, signal = new AbortController().signal): Promise<{ code: number; out: string; err: string }> {
    const io = captureIo();
    const code = await runScanCommand([SAMPLE, '--at', AT, '--format', 'json', ...args], io, signal, { tokenizers: loaders });
    return { code, out: io.stdout.join(''), err: io.stderr.join('') };
  }

  it('a second scan prints the same JSON without loading any tokenizer', async () => {
    const cold = recordingLoaders();
    const first = await scan([], cold);
    assert.equal(first.code, ExitCode.ok, first.err);
    assert.deepEqual([...cold.calls].sort(), ['deepseek-v3', 'o200k'], 'the sample workspace needs both real tokenizers');
    assert.deepEqual(fs.readdirSync(cacheDir), [CACHE_FILE]);

    const warm = recordingLoaders();
    const second = await scan([], warm);
    assert.equal(second.code, ExitCode.ok, second.err);
    assert.deepEqual(warm.calls, []);
    assert.equal(second.out, first.out);
    assert.equal(JSON.parse(second.out).calls.length, 13);
  });

  it('--no-cache neither reads nor writes the cache', async () => {
    const loaders = recordingLoaders();
    const r = await scan(['--no-cache'], loaders);
    assert.equal(r.code, ExitCode.ok, r.err);
    assert.deepEqual(fs.readdirSync(cacheDir), []);

    await scan([], recordingLoaders());
    const again = recordingLoaders();
    const uncached = await scan(['--no-cache'], again);
    assert.deepEqual([...again.calls].sort(), ['deepseek-v3', 'o200k'], 'a warm cache is not read');
    assert.equal(uncached.out, r.out);
  });

  it('--help names --no-cache', async () => {
    const io = captureIo();
    assert.equal(await runScanCommand(['--help'], io, new AbortController().signal), ExitCode.ok);
    assert.match(io.stdout.join(''), /--no-cache /);
  });

  it('a scan that cannot write its cache still succeeds, silently', async () => {
    const blocker = path.join(cacheDir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    process.env.LLM_COST_CACHE_DIR = blocker;
    const r = await scan([], recordingLoaders());
    assert.equal(r.code, ExitCode.ok);
    assert.equal(r.err, '');
    assert.equal(JSON.parse(r.out).calls.length, 13);
  });

  it('llm-cost run\'s estimator shares the cache: the same prompt again loads no tokenizer', async () => {
    const file = path.join(cacheDir, CACHE_FILE);
    const request = { model: 'deepseek-flash', prompt: 'Translate "cache" into French.', system: 'Be brief.' };
    const target = { provider: 'deepseek', model: 'deepseek-flash' } as const;
    const at = new Date('2026-12-01T02:00:00Z');
    const cold = recordingLoaders();
    const first = await runEstimator(new FileTokenCountStore(file), cold)(target, request, 'USD', at);
    assert.deepEqual(cold.calls, ['deepseek-v3']);
    assert.ok(fs.existsSync(file), 'saved after the estimate');
    const warm = recordingLoaders();
    const second = await runEstimator(new FileTokenCountStore(file), warm)(target, request, 'USD', at);
    assert.deepEqual(warm.calls, []);
    assert.equal(second, first);
    assert.ok(typeof first === 'number' && first > 0, String(first));
  });
});

describe('cli/scanCommand with the token-count cache (spawned: node dist/cli.js scan)', function () {
  this.timeout(60_000);
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  let cacheDir: string;
  before(function () {
    if (!fs.existsSync(cli)) this.skip();
  });
  beforeEach(() => {
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-scancache-cli-'));
  });
  afterEach(() => fs.rmSync(cacheDir, { recursive: true, force: true }));

  /** Runs the built CLI; with NODE_DEBUG=module, Node logs every module it loads on stderr. */
  const run = () =>
    spawnSync(process.execPath, [cli, 'scan', SAMPLE, '--at', AT, '--format', 'json'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, LLM_COST_CACHE_DIR: cacheDir, NODE_DEBUG: 'module' },
      maxBuffer: 64 * 1024 * 1024,
    });
  const tokenizerLoads = (stderr: string) => [...new Set(stderr.match(/\btokenizers[/\\]\w+\.js\b/g) ?? [])].sort();

  it('the second run prints the same JSON and loads no tokenizer bundle', () => {
    const first = run();
    assert.equal(first.status, ExitCode.ok, first.stderr.slice(-2000));
    assert.deepEqual(tokenizerLoads(first.stderr), ['tokenizers/deepseek.js', 'tokenizers/o200k.js'], 'NODE_DEBUG=module shows the loads');
    const second = run();
    assert.equal(second.status, ExitCode.ok, second.stderr.slice(-2000));
    assert.deepEqual(tokenizerLoads(second.stderr), []);
    assert.equal(second.stdout, first.stdout);
    const cache = JSON.parse(fs.readFileSync(path.join(cacheDir, CACHE_FILE), 'utf8')) as { tokenizers: string };
    assert.match(cache.tokenizers, /^encoders:\d+ gpt-tokenizer@\S+ @lenml\/tokenizers@\S+ @lenml\/tokenizer-deepseek_v3@\S+$/);
  });
});
