import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runRunCommand } from '../../../src/cli/runCommand';
import { captureIo } from '../../support/captureIo';
import { TEST_CACHE_DIR } from '../../support/isolatedCacheDir';
import { FakeHttpServer, refusedUrl } from '../../support/fakeHttpServer';
import { deepseekUsage, errorResponder, openAiUsage, sseResponder } from '../../support/openAiWire';

const DS_KEY = 'sk-cli-deepseek-5e4d3c2b1a09f8e7';
const OA_KEY = 'sk-cli-openai-0f1e2d3c4b5a6978';
const ENV = { DEEPSEEK_API_KEY: DS_KEY, OPENAI_API_KEY: OA_KEY, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' };
const FAST = ['--timeout', '2', '--idle-timeout', '0.3'];

/** DeepSeek deepseek-flash prices per 1M (USD): peak Mon–Fri 01:00–04:00 and 06:00–10:00 UTC, else half. */
function deepseekFlashCost(at: Date, miss: number, hit: number, output: number): number {
  const h = at.getUTCHours();
  const weekday = at.getUTCDay() >= 1 && at.getUTCDay() <= 5;
  const peak = weekday && ((h >= 1 && h < 4) || (h >= 6 && h < 10));
  const f = peak ? 1 : 0.5;
  return (miss * 0.3 * f + hit * 0.006 * f + output * 1.2 * f) / 1e6;
}

describe('cli/runCommand (llm-cost run, in-process)', () => {
  let ds: FakeHttpServer;
  let oa: FakeHttpServer;
  before(async () => {
    ds = await FakeHttpServer.start();
    oa = await FakeHttpServer.start();
    await ds.warmUp();
  });
  after(async () => {
    await ds.close();
    await oa.close();
  });
  const run = (args: string[], io = captureIo(), env: NodeJS.ProcessEnv = ENV, signal = new AbortController().signal) =>
    runRunCommand([...args, ...FAST], io, env, signal).then((code) => ({ code, io }));

  it('--format json prints the issue contract with exact usage and the cost at the time of the request', async () => {
    ds.respond(sseResponder({ reasoning: ['Thinking about it.'], content: ['Hello', '!'], usage: deepseekUsage(10_000, 5_000, 2_000, 800) }));
    const before = new Date();
    const { code, io } = await run(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt', 'Say hello', '--system', 'Be kind.', '--max-tokens', '256', '--thinking', 'on', '--format', 'json']);
    assert.equal(code, 0, io.all());
    const req = ds.requests[0]!;
    assert.equal(req.headers.authorization, `Bearer ${DS_KEY}`);
    const body = req.body as Record<string, unknown>;
    assert.deepEqual(body.stream_options, { include_usage: true });
    assert.deepEqual(body.thinking, { type: 'enabled' });
    assert.equal(body.max_tokens, 256);
    const json = JSON.parse(io.stdout.join(''));
    assert.deepEqual(Object.keys(json), ['provider', 'model', 'output', 'reasoning', 'usage', 'cost', 'currency', 'estimate', 'ttftMs', 'totalMs', 'finishReason', 'error', 'notes']);
    assert.equal(json.provider, 'deepseek');
    assert.equal(json.model, 'deepseek-flash');
    assert.equal(json.output, 'Hello!');
    assert.equal(json.reasoning, 'Thinking about it.');
    assert.deepEqual(json.usage, { inputTokens: 15_000, cachedInputTokens: 10_000, outputTokens: 2_000, reasoningTokens: 800 });
    assert.equal(json.currency, 'USD');
    assert.ok(Math.abs(json.cost - deepseekFlashCost(before, 5_000, 10_000, 2_000)) < 1e-12, `cost ${json.cost}`);
    assert.equal(json.estimate, null);
    assert.equal(json.finishReason, 'stop');
    assert.equal(json.error, null);
    assert.ok(Number.isInteger(json.totalMs) && json.ttftMs <= json.totalMs);
    assert.equal(io.stderr.join(''), '');
  });

  it('runs several providers concurrently; one failing stops none of the others; exit code 1', async () => {
    ds.respond(sseResponder({ content: ['from deepseek'], usage: deepseekUsage(0, 10, 3, 0), delayMs: 50 }));
    oa.respond(errorResponder(401, `Incorrect API key provided: ${OA_KEY}`));
    const refused = await refusedUrl();
    const { code, io } = await run([
      '--provider', 'deepseek', '--provider', 'openai', '--provider', 'custom',
      '--model', 'deepseek-flash', '--model', 'gpt-4o', '--model', 'local-model',
      '--base-url', ds.url, '--base-url', oa.url, '--base-url', refused,
      '--prompt', 'hi', '--format', 'json', '--retries', '0',
    ]);
    assert.equal(code, 1);
    const runs = JSON.parse(io.stdout.join(''));
    assert.deepEqual(runs.map((r: { provider: string }) => r.provider), ['deepseek', 'openai', 'custom']);
    assert.equal(runs[0].output, 'from deepseek');
    assert.equal(runs[0].error, null);
    assert.match(runs[1].error, /OpenAI rejected the API key \(HTTP 401.*Check OPENAI_API_KEY/);
    assert.match(runs[2].error, /could not connect to custom endpoint .*connection refused/);
    assert.match(io.stderr.join(''), /openai \(gpt-4o\): OpenAI rejected the API key/);
    for (const key of [DS_KEY, OA_KEY]) assert.equal(io.all().includes(key), false, 'a key leaked into the output');
  });

  it('without a TTY prints a labelled transcript in flag order, then the summary table and notes', async () => {
    ds.respond(sseResponder({ reasoning: ['r1'], content: ['answer one'], usage: deepseekUsage(0, 4, 2, 1), delayMs: 60 }));
    oa.respond(sseResponder({ content: ['answer two'], usage: openAiUsage(4, 0, 2, 0) }));
    const { code, io } = await run(['--provider', 'deepseek', '--provider', 'custom', '--model', 'deepseek-flash', '--model', 'my-model', '--base-url', ds.url, '--base-url', oa.url, '--prompt', 'hi']);
    assert.equal(code, 0, io.all());
    const out = io.stdout.join('');
    const first = out.indexOf('=== deepseek · deepseek-flash ===\n[reasoning]\nr1\n[answer]\nanswer one\n[done: stop');
    const second = out.indexOf('=== custom · my-model ===\n[answer]\nanswer two\n[done: stop');
    assert.ok(first >= 0 && second > first, out);
    assert.match(out, /provider\s+model\s+status\s+ttft\s+total\s+input\s+cached\s+output\s+reasoning\s+cost\s+estimate/);
    assert.match(out, /deepseek\s+deepseek-flash\s+ok \(stop\)/);
    assert.match(out, /custom\s+my-model\s+ok \(stop\).*unpriced/);
    assert.match(out, /custom: unpriced: the catalog has no price for "my-model" on custom/);
  });

  it('in a terminal streams the runs side by side, then prints the transcript and table', async () => {
    // Two chunks 150 ms apart: the panel (redrawn every 80 ms) shows the first ones together.
    ds.respond(sseResponder({ content: ['left side', '.'], usage: deepseekUsage(0, 4, 2, 0), delayMs: 150 }));
    oa.respond(sseResponder({ content: ['right side', '.'], usage: openAiUsage(4, 0, 2, 0), delayMs: 150 }));
    const io = captureIo(true, 100);
    const { code } = await run(['--provider', 'deepseek', '--provider', 'openai', '--model', 'deepseek-flash', '--model', 'gpt-4o', '--base-url', ds.url, '--base-url', oa.url, '--prompt', 'hi'], io);
    assert.equal(code, 0, io.all());
    const out = io.stdout.join('');
    assert.match(out, /\x1b\[2Kdeepseek · deepseek-flash\s+│ openai · gpt-4o/, 'both columns on one line');
    assert.match(out, /\x1b\[2Kleft side\s+│ right side/, 'both answers side by side');
    assert.match(out, /\x1b\[\d+F\x1b\[0J=== deepseek · deepseek-flash ===/, 'the panel is erased before the transcript');
    assert.match(out, /openai\s+gpt-4o\s+ok \(stop\)/);
  });

  it('strips terminal escape sequences from model output in table mode', async () => {
    ds.respond(sseResponder({ content: ['safe\x1b]0;pwned\x07 text'], usage: deepseekUsage(0, 4, 2, 0) }));
    const { io } = await run(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt', 'hi']);
    assert.equal(io.stdout.join('').includes('\x1b]0;'), false);
    assert.match(io.stdout.join(''), /safe\]0;pwned text/);
  });

  it('a stalled stream ends promptly with the partial output and exit code 1', async () => {
    ds.respond(sseResponder({ content: ['Partial'], finishReason: null, usage: null, done: false, end: 'stall' }));
    const started = Date.now();
    const { code, io } = await run(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt', 'hi', '--format', 'json']);
    assert.equal(code, 1);
    assert.ok(Date.now() - started < 3000);
    const json = JSON.parse(io.stdout.join(''));
    assert.equal(json.output, 'Partial');
    assert.match(json.error, /stalled/);
    assert.equal(json.finishReason, null);
  });

  it('Ctrl-C (the abort signal) cancels cleanly: exit 130, the partial output kept and reported', async () => {
    ds.respond(sseResponder({ content: ['first ', 'second ', 'third'], delayMs: 200, usage: deepseekUsage(0, 4, 3, 0) }));
    const controller = new AbortController();
    const io = captureIo();
    const pending = run(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt', 'hi', '--format', 'json'], io, ENV, controller.signal);
    setTimeout(() => controller.abort(), 300);
    const { code } = await pending;
    assert.equal(code, 130);
    const json = JSON.parse(io.stdout.join(''));
    assert.equal(json.output, 'first ');
    assert.match(json.error, /cancelled; the output so far is kept/);
    assert.match(io.stderr.join(''), /deepseek \(deepseek-flash\): cancelled/);
  });

  it('a missing key is reported with the env var to set, and nothing is sent', async () => {
    ds.respond(sseResponder({ content: ['never'] }));
    const { code, io } = await run(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt', 'hi'], captureIo(), {});
    assert.equal(code, 1);
    assert.match(io.stderr.join(''), /no API key for DeepSeek: set DEEPSEEK_API_KEY/);
    assert.equal(ds.requests.length, 0);
  });

  it('reads the prompt from --prompt-file', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-run-')), 'prompt.txt');
    fs.writeFileSync(file, 'Prompt from a file');
    ds.respond(sseResponder({ content: ['ok'], usage: deepseekUsage(0, 4, 1, 0) }));
    const { code } = await run(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt-file', file, '--format', 'json']);
    assert.equal(code, 0);
    assert.deepEqual((ds.requests[0]!.body as { messages: unknown }).messages, [{ role: 'user', content: 'Prompt from a file' }]);
  });

  it('bad command lines exit 2 with a message naming the problem', async () => {
    const cases: [string[], RegExp][] = [
      [['--model', 'm', '--prompt', 'p'], /needs --provider/],
      [['--provider', 'nope', '--model', 'm', '--prompt', 'p'], /unknown provider "nope"/],
      [['--provider', 'deepseek', '--prompt', 'p'], /needs --model/],
      [['--provider', 'deepseek', '--model', 'm'], /exactly one of --prompt TEXT or --prompt-file FILE/],
      [['--provider', 'deepseek', '--provider', 'openai', '--model', 'a', '--model', 'b', '--model', 'c', '--prompt', 'p'], /once per --provider/],
      [['--provider', 'deepseek', '--model', 'm', '--prompt', 'p', '--format', 'xml'], /--format must be one of table, json/],
      [['--provider', 'deepseek', '--model', 'm', '--prompt', 'p', '--thinking', 'maybe'], /--thinking must be one of on, off/],
      [['--provider', 'deepseek', '--model', 'm', '--prompt', 'p', '--bogus'], /Unknown option '--bogus'/],
    ];
    for (const [args, message] of cases) {
      const io = captureIo();
      const code = await runRunCommand(args, io, ENV, new AbortController().signal);
      assert.equal(code, 2, args.join(' '));
      assert.match(io.stderr.join(''), message);
    }
  });

  it('--help lists the flags and the env vars', async () => {
    const io = captureIo();
    assert.equal(await runRunCommand(['--help'], io, {}, new AbortController().signal), 0);
    for (const word of ['--base-url', '--prompt-file', '--idle-timeout', 'DEEPSEEK_API_KEY', 'SILICONFLOW_API_KEY', 'HUAWEI_MAAS_API_KEY', 'AZURE_AI_API_KEY', 'OPENAI_API_KEY', 'AWS_BEARER_TOKEN_BEDROCK']) {
      assert.ok(io.stdout.join('').includes(word), word);
    }
  });
});

describe('cli/runCommand (spawned: node dist/cli.js run)', function () {
  const cli = path.resolve(__dirname, '../../../dist/cli.js');
  let ds: FakeHttpServer;
  before(async function () {
    if (!fs.existsSync(cli)) this.skip();
    ds = await FakeHttpServer.start();
  });
  after(async () => {
    await ds?.close();
  });

  const spawnCli = (args: string[], onStdout?: (child: ReturnType<typeof spawn>, text: string) => void) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cli, 'run', ...args], { env: { PATH: process.env.PATH, LLM_COST_CACHE_DIR: TEST_CACHE_DIR, ...ENV } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
        onStdout?.(child, stdout);
      });
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('prints the JSON contract and exits 0', async () => {
    ds.respond(sseResponder({ reasoning: ['hm'], content: ['Hi'], usage: deepseekUsage(0, 8, 2, 1) }));
    const { code, stdout, stderr } = await spawnCli(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt', 'hi', '--format', 'json']);
    assert.equal(code, 0, stderr);
    const json = JSON.parse(stdout);
    assert.equal(json.output, 'Hi');
    assert.equal(json.reasoning, 'hm');
    assert.ok(!stdout.includes(DS_KEY) && !stderr.includes(DS_KEY));
  });

  it('exits 1 on a fault, with the message on stderr', async () => {
    ds.respond(errorResponder(402, 'Insufficient Balance'));
    const { code, stderr } = await spawnCli(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt', 'hi']);
    assert.equal(code, 1);
    assert.match(stderr, /insufficient \(HTTP 402: Insufficient Balance\)/);
  });

  it('SIGINT cancels the run and exits 130, keeping the partial output', async () => {
    ds.respond(sseResponder({ content: ['early ', 'late'], delayMs: 400, usage: deepseekUsage(0, 8, 2, 0) }));
    let sent = false;
    const { code, stdout } = await spawnCli(['--provider', 'deepseek', '--model', 'deepseek-flash', '--base-url', ds.url, '--prompt', 'hi'], (child, text) => {
      if (!sent && text.includes('early')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    assert.equal(code, 130);
    assert.match(stdout, /early/);
    assert.match(stdout, /cancelled/);
  });
});
