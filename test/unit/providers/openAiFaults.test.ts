import assert from 'node:assert/strict';
import { createProvider } from '../../../src/providers/createProvider';
import type { ProviderSpec } from '../../../src/providers/createProvider';
import type { CollectedRun } from '../../support/collectRun';
import { collectRun, FAST_POLICY } from '../../support/collectRun';
import { FakeHttpServer, refusedUrl } from '../../support/fakeHttpServer';
import { deepseekUsage, errorResponder, silentResponder, sseResponder } from '../../support/openAiWire';

const KEY = 'sk-faults-0a1b2c3d4e5f6a7b8c9d';

/** Every fault must end with a message, keep what arrived, and never show the key. */
/** `maxMs` is generous for a loaded machine: the point is seconds, not the SDK's 10-minute default. */
function assertFault(run: CollectedRun, kind: string, message: RegExp, maxMs = 3000): void {
  const { result, events } = run;
  assert.equal(result.error?.kind, kind, `kind; message was: ${result.error?.message}`);
  assert.match(result.error.message, message);
  assert.equal(result.incomplete, true);
  assert.equal(events.at(-1)?.type, 'error', 'the stream ends with the error event');
  assert.ok(run.elapsedMs < maxMs, `ended promptly (${run.elapsedMs} ms)`);
  const everything = JSON.stringify(events) + JSON.stringify(result);
  assert.equal(everything.includes(KEY), false, 'the key must never appear');
  assert.equal(everything.includes(KEY.slice(-8)), false, 'no piece of the key either');
}

describe('providers/openAiCompatible faults', () => {
  let server: FakeHttpServer;
  before(async () => {
    server = await FakeHttpServer.start();
    await server.warmUp();
  });
  after(async () => {
    await server.close();
  });
  const provider = (spec: Partial<ProviderSpec> = {}) =>
    createProvider({ id: 'deepseek', apiKey: KEY, keyHint: 'DEEPSEEK_API_KEY', baseUrl: server.url, policy: FAST_POLICY, ...spec });

  it('401: names the env var, is not retried, and scrubs a key the host echoes', async () => {
    server.respond(errorResponder(401, `Authentication Fails, Your api key: ${KEY} is invalid`, {}, 'invalid_request_error'));
    const run = await collectRun(provider());
    assertFault(run, 'auth', /DeepSeek rejected the API key \(HTTP 401.*Check DEEPSEEK_API_KEY/);
    assert.equal(server.requests.length, 1);
    assert.equal(run.result.error?.status, 401);
  });

  it("401: masks DeepSeek's ****-style key echo", async () => {
    server.respond(errorResponder(401, `Authentication Fails, Your api key: ****${KEY.slice(-4)} is invalid`));
    const run = await collectRun(provider());
    assert.doesNotMatch(run.result.error!.message, new RegExp(KEY.slice(-4)));
  });

  it('403: access refused, naming the env var', async () => {
    server.respond(errorResponder(403, 'Forbidden'));
    assertFault(await collectRun(provider()), 'auth', /refused access \(HTTP 403.*DEEPSEEK_API_KEY/);
  });

  it('402: insufficient balance, not retried', async () => {
    server.respond(errorResponder(402, 'Insufficient Balance'));
    assertFault(await collectRun(provider()), 'balance', /balance or quota is insufficient \(HTTP 402: Insufficient Balance\)/);
    assert.equal(server.requests.length, 1);
  });

  it('429 insufficient_quota is a balance problem and is not retried', async () => {
    server.respond(errorResponder(429, 'You exceeded your current quota', {}, 'insufficient_quota'));
    assertFault(await collectRun(provider({ id: 'openai', keyHint: 'OPENAI_API_KEY' })), 'balance', /OPENAI_API_KEY/);
    assert.equal(server.requests.length, 1);
  });

  it('429: waits as long as Retry-After says, then succeeds', async () => {
    server.respond(errorResponder(429, 'Rate limit reached', { 'retry-after': '1' }), sseResponder({ content: ['ok'], usage: deepseekUsage(0, 2, 1, 0) }));
    const run = await collectRun(provider());
    assert.equal(run.result.error, null);
    assert.equal(run.result.output, 'ok');
    assert.equal(server.requests.length, 2);
    assert.ok(run.elapsedMs >= 1000, `waited the Retry-After second (${run.elapsedMs} ms)`);
    assert.match(run.result.notes.join('\n'), /rate-limit \(HTTP 429\): retrying in 1\.0 s \(attempt 2 of 3\)/);
  });

  it('429: gives up after the retries with a clear message', async () => {
    server.respond(errorResponder(429, 'Rate limit reached', { 'retry-after-ms': '30' }));
    const run = await collectRun(provider());
    assertFault(run, 'rate-limit', /rate-limiting requests \(HTTP 429: Rate limit reached\).*Gave up after 3 attempts/);
    assert.equal(server.requests.length, 3);
  });

  it('429: fails at once when Retry-After is longer than the run will wait', async () => {
    server.respond(errorResponder(429, 'Rate limit reached', { 'retry-after': '3600' }));
    const run = await collectRun(provider());
    assertFault(run, 'rate-limit', /asks to wait 3600 s before retrying, longer than this run waits \(2 s\)/);
    assert.equal(server.requests.length, 1);
  });

  it('5xx: retried with backoff, then reported as a server error', async () => {
    server.respond(errorResponder(503, 'Server overloaded'));
    const run = await collectRun(provider());
    assertFault(run, 'server', /server error \(HTTP 503: Server overloaded\).*Gave up after 3 attempts/);
    assert.equal(server.requests.length, 3);
  });

  it('5xx once, then a good answer', async () => {
    server.respond(errorResponder(500, 'oops'), sseResponder({ content: ['fine'], usage: deepseekUsage(0, 2, 1, 0) }));
    const run = await collectRun(provider());
    assert.equal(run.result.output, 'fine');
    assert.equal(run.result.error, null);
  });

  it('connection refused: names the endpoint', async () => {
    const url = await refusedUrl();
    const run = await collectRun(provider({ baseUrl: url }));
    assertFault(run, 'connection', new RegExp(`could not connect to DeepSeek at ${url.replace(/\./g, '\\.')} \\(connection refused\\)`));
  });

  it('no response headers: times out after the header timeout, without retrying', async () => {
    server.respond(silentResponder());
    const run = await collectRun(provider());
    assertFault(run, 'timeout', /DeepSeek sent no response within 1\.0 s/);
    assert.ok(run.elapsedMs >= 980);
    assert.equal(server.requests.length, 1);
  });

  it('a stream that stalls after the headers is stopped by the idle watchdog, keeping the partial output', async () => {
    server.respond(sseResponder({ reasoning: ['thinking…'], content: ['Hel'], finishReason: null, usage: null, done: false, end: 'stall' }));
    const run = await collectRun(provider());
    assertFault(run, 'stalled', /stalled: no data for 0\.3 s.*output so far is kept/);
    assert.equal(run.result.output, 'Hel');
    assert.equal(run.result.reasoning, 'thinking…');
  });

  it('before the first token the (longer) first-token limit applies, then the idle limit', async () => {
    const policy = { ...FAST_POLICY, idleTimeoutMs: 300, firstTokenTimeoutMs: 900 };
    server.respond(sseResponder({ finishReason: null, usage: null, done: false, end: 'stall' }));
    const silent = await collectRun(provider({ policy }));
    assertFault(silent, 'stalled', /no data for 0\.9 s after the response headers, before any token/);
    assert.ok(silent.elapsedMs >= 850, `${silent.elapsedMs} ms`);
    server.respond(sseResponder({ content: ['tok'], finishReason: null, usage: null, done: false, end: 'stall' }));
    const flowing = await collectRun(provider({ policy }));
    assertFault(flowing, 'stalled', /no data for 0\.3 s after it had started/);
  });

  it('a stream cut off mid-way (socket destroyed) keeps the partial output', async () => {
    server.respond(sseResponder({ content: ['Hello', ' wor'], finishReason: null, usage: null, done: false, end: 'destroy' }));
    const run = await collectRun(provider());
    assertFault(run, 'cut-off', /connection to DeepSeek broke mid-stream.*kept/);
    assert.equal(run.result.output, 'Hello wor');
    assert.equal(server.requests.length, 1, 'never retried once output has arrived');
  });

  it('a stream that ends without finish_reason or [DONE] is incomplete, keeping the partial output', async () => {
    server.respond(sseResponder({ content: ['Partial ', 'answer'], finishReason: null, usage: null, done: false }));
    const run = await collectRun(provider());
    assertFault(run, 'incomplete', /incomplete: it ended without a finish reason or \[DONE\]\. The partial output is kept/);
    assert.equal(run.result.output, 'Partial answer');
  });

  it('a stream cut after the finish reason but before usage and [DONE] is incomplete', async () => {
    server.respond(sseResponder({ content: ['All'], usage: null, done: false }));
    const run = await collectRun(provider());
    assertFault(run, 'incomplete', /without usage or \[DONE\]/);
    assert.equal(run.result.output, 'All');
    assert.equal(run.result.finishReason, null, 'only a completed run has a finish reason');
  });

  it('a finished stream without usage but with [DONE] completes, with a note that the cost is unknown', async () => {
    server.respond(sseResponder({ content: ['All'], usage: null }));
    const run = await collectRun(provider());
    assert.equal(run.result.error, null);
    assert.match(run.result.notes.join('\n'), /returned no token usage/);
  });

  it('malformed SSE JSON ends the run with a clear message and the partial output', async () => {
    server.respond(sseResponder({ content: ['Good '], raw: 'data: {"choices":[{"index":0,"delta":{"content":"bro\n\n', finishReason: null, usage: null, done: false, end: 'stall' }));
    const run = await collectRun(provider());
    assertFault(run, 'malformed', /not valid JSON.*output so far is kept/);
    assert.equal(run.result.output, 'Good ');
  });

  it('an error object inside the stream is reported with the host message', async () => {
    server.respond(sseResponder({ content: ['Par'], raw: 'data: {"error":{"message":"model overloaded","type":"server_error"}}\n\n', finishReason: null, usage: null, done: false }));
    const run = await collectRun(provider());
    assertFault(run, 'server', /model overloaded/);
    assert.equal(run.result.output, 'Par');
  });

  it('cancelling mid-stream ends at once as cancelled and keeps the output so far', async () => {
    server.respond(sseResponder({ content: ['one ', 'two ', 'three ', 'four'], delayMs: 150, usage: deepseekUsage(0, 2, 4, 0) }));
    const controller = new AbortController();
    const run = await collectRun(provider(), {}, controller, (e) => e.type === 'content' && controller.abort());
    assertFault(run, 'cancelled', /cancelled; the output so far is kept/);
    assert.equal(run.result.output, 'one ');
  });

  it('cancelling during a retry wait ends at once', async () => {
    server.respond(errorResponder(503, 'busy', { 'retry-after': '2' }));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const run = await collectRun(provider(), {}, controller);
    assertFault(run, 'cancelled', /cancelled before any output/, 1500); // the Retry-After was 2 s
  });

  it('without a key nothing is sent and the message names the env var', async () => {
    server.respond(sseResponder({ content: ['never'] }));
    const run = await collectRun(createProvider({ id: 'deepseek', keyHint: 'DEEPSEEK_API_KEY', baseUrl: server.url }));
    assertFault(run, 'config', /no API key for DeepSeek: set DEEPSEEK_API_KEY/);
    assert.equal(server.requests.length, 0);
  });

  it('Azure without an endpoint says which variable to set', async () => {
    const run = await collectRun(createProvider({ id: 'azure-foundry', apiKey: KEY, keyHint: 'AZURE_AI_API_KEY' }));
    assertFault(run, 'config', /AZURE_AI_ENDPOINT/);
  });
});
