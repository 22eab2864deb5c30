import assert from 'node:assert/strict';
import { createProvider } from '../../../src/providers/createProvider';
import type { ProviderSpec } from '../../../src/providers/createProvider';
import { bedrockErrorResponder, converseResponder } from '../../support/bedrockWire';
import { collectRun, FAST_POLICY } from '../../support/collectRun';
import { FakeHttpServer, refusedUrl } from '../../support/fakeHttpServer';

const TOKEN = 'ABSKbedrock-api-key-7q6w5e4r3t2y1u';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY';
const MODEL = 'us.deepseek.r1-v1:0';

describe('providers/bedrock (ConverseStream against a local event-stream server)', () => {
  let server: FakeHttpServer;
  before(async () => {
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    server = await FakeHttpServer.start();
    await server.warmUp();
  });
  after(async () => {
    await server.close();
  });
  const bearer = (spec: Partial<ProviderSpec> = {}) =>
    createProvider({ id: 'aws-bedrock', apiKey: TOKEN, keyHint: 'AWS_BEARER_TOKEN_BEDROCK', baseUrl: server.url, region: 'us-east-1', policy: FAST_POLICY, ...spec });
  const sigv4 = () =>
    createProvider({ id: 'aws-bedrock', keyHint: 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY', baseUrl: server.url, region: 'eu-west-1', awsCredentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: SECRET }, policy: FAST_POLICY });
  const run = (provider = bearer(), request = {}) => collectRun(provider, { model: MODEL, ...request });

  it('sends a Bedrock API key as Bearer, the Converse body, and splits reasoningContent from text', async () => {
    server.respond(converseResponder({ reasoning: ['Think ', 'first.'], text: ['Hel', 'lo'], usage: { inputTokens: 12, outputTokens: 30, totalTokens: 42 } }));
    const { result } = await run(bearer(), { system: 'Be brief.', maxTokens: 100, temperature: 0.2 });
    const req = server.requests[0]!;
    assert.equal(req.url, '/model/us.deepseek.r1-v1%3A0/converse-stream');
    assert.equal(req.headers.authorization, `Bearer ${TOKEN}`);
    assert.deepEqual(req.body, {
      messages: [{ role: 'user', content: [{ text: 'Say hello' }] }],
      system: [{ text: 'Be brief.' }],
      inferenceConfig: { maxTokens: 100, temperature: 0.2 },
    });
    assert.equal(result.reasoning, 'Think first.');
    assert.equal(result.output, 'Hello');
    assert.equal(result.finishReason, 'end_turn');
    assert.deepEqual(result.usage, { inputTokens: 12, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 30, reasoningTokens: 0 });
    assert.equal(result.error, null);
  });

  it('signs with SigV4 for the region when static credentials are given', async () => {
    server.respond(converseResponder({ text: ['ok'] }));
    const { result } = await run(sigv4());
    assert.equal(result.output, 'ok');
    assert.match(String(server.requests[0]!.headers.authorization), /^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/bedrock\/aws4_request/);
  });

  it('adds cache reads and writes back into the input count (Bedrock leaves them out)', async () => {
    server.respond(converseResponder({ text: ['ok'], usage: { inputTokens: 4, outputTokens: 21, totalTokens: 1209, cacheReadInputTokens: 0, cacheWriteInputTokens: 1184 } }));
    assert.deepEqual((await run()).result.usage, { inputTokens: 1188, cachedInputTokens: 0, cacheWriteTokens: 1184, outputTokens: 21, reasoningTokens: 0 });
  });

  it('403 AccessDeniedException names where the credentials come from', async () => {
    server.respond(bedrockErrorResponder(403, 'AccessDeniedException', 'You do not have access to the model with the specified model ID.'));
    const { result } = await run();
    assert.equal(result.error?.kind, 'auth');
    assert.match(result.error!.message, /AWS Bedrock refused access \(HTTP 403: You do not have access.*Check AWS_BEARER_TOKEN_BEDROCK/);
    assert.equal(server.requests.length, 1);
  });

  it('429 ThrottlingException honours Retry-After, then gives up with a clear message', async () => {
    server.respond(bedrockErrorResponder(429, 'ThrottlingException', 'Too many requests, please wait before trying again.', { 'retry-after': '0' }));
    const { result, elapsedMs } = await run();
    assert.equal(result.error?.kind, 'rate-limit');
    assert.match(result.error!.message, /rate-limiting requests \(HTTP 429: Too many requests.*Gave up after 3 attempts/);
    assert.equal(server.requests.length, 3);
    assert.ok(elapsedMs < 3000);
  });

  it('an exception inside the stream keeps the text that came before it', async () => {
    server.respond(converseResponder({ text: ['Partial'], extra: [{ exception: 'modelStreamErrorException', message: 'model crashed' }] }));
    const { result } = await run();
    assert.equal(result.output, 'Partial');
    assert.equal(result.error?.kind, 'server');
    assert.match(result.error!.message, /model crashed.*output so far is kept/);
  });

  it('a stream that ends without messageStop is incomplete', async () => {
    server.respond(converseResponder({ text: ['Half'], stopReason: null, usage: null }));
    const { result } = await run();
    assert.equal(result.error?.kind, 'incomplete');
    assert.match(result.error!.message, /without a messageStop event/);
    assert.equal(result.output, 'Half');
  });

  it('a stream that ends after messageStop but without metadata is incomplete', async () => {
    server.respond(converseResponder({ text: ['All'], usage: null }));
    const { result } = await run();
    assert.equal(result.error?.kind, 'incomplete');
    assert.match(result.error!.message, /metadata \(usage\)/);
  });

  it('a stalled stream is stopped by the idle watchdog', async () => {
    server.respond(converseResponder({ text: ['Wait'], stopReason: null, usage: null, end: 'stall' }));
    const { result, elapsedMs } = await run();
    assert.equal(result.error?.kind, 'stalled');
    assert.equal(result.output, 'Wait');
    assert.ok(elapsedMs < 3000, `${elapsedMs} ms`);
  });

  it('a stream cut off by a destroyed socket keeps the partial output', async () => {
    server.respond(converseResponder({ text: ['Cut'], stopReason: null, usage: null, end: 'destroy' }));
    const { result } = await run();
    assert.equal(result.error?.kind, 'cut-off');
    assert.equal(result.output, 'Cut');
  });

  it('connection refused ends promptly with the endpoint named', async () => {
    const url = await refusedUrl();
    const { result, elapsedMs } = await run(bearer({ baseUrl: url }));
    assert.equal(result.error?.kind, 'connection');
    assert.match(result.error!.message, /could not connect to AWS Bedrock/);
    assert.ok(elapsedMs < 3000);
  });

  it('never shows the token or the secret key in any event, even when the host echoes them', async () => {
    const cases = [
      { provider: bearer(), secret: TOKEN },
      { provider: sigv4(), secret: SECRET },
    ];
    for (const { provider, secret } of cases) {
      server.respond(bedrockErrorResponder(403, 'UnrecognizedClientException', `The security token included in the request is invalid: ${secret}`));
      const { result, events } = await run(provider);
      const text = JSON.stringify({ result, events });
      assert.equal(result.error?.kind, 'auth');
      assert.match(result.error!.message, /invalid: \[redacted\]/);
      assert.equal(text.includes(secret), false);
    }
  });
});
