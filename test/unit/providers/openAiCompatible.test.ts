import assert from 'node:assert/strict';
import { createProvider } from '../../../src/providers/createProvider';
import type { ProviderSpec } from '../../../src/providers/createProvider';
import { collectRun, FAST_POLICY } from '../../support/collectRun';
import { FakeHttpServer } from '../../support/fakeHttpServer';
import { deepseekUsage, openAiUsage, sseResponder } from '../../support/openAiWire';

const KEY = 'sk-ds-test-9f8e7d6c5b4a3210';

describe('providers/openAiCompatible (against a local OpenAI-compatible server)', () => {
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

  it('sends the key, include_usage and the messages to DeepSeek, and splits reasoning from the answer', async () => {
    server.respond(sseResponder({ reasoning: ['Let me ', 'think.'], content: ['Hello', ', world'], usage: deepseekUsage(1200, 300, 90, 40) }));
    const { result, events } = await collectRun(provider(), { system: 'Be brief.', maxTokens: 64 });
    const req = server.requests[0]!;
    assert.equal(req.method, 'POST');
    assert.equal(req.url, '/chat/completions');
    assert.equal(req.headers.authorization, `Bearer ${KEY}`);
    assert.deepEqual(req.body, {
      model: 'deepseek-flash',
      messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Say hello' }],
      stream: true,
      stream_options: { include_usage: true },
      max_tokens: 64,
    });
    assert.equal(result.reasoning, 'Let me think.');
    assert.equal(result.output, 'Hello, world');
    assert.deepEqual(result.usage, { inputTokens: 1500, cachedInputTokens: 1200, cacheWriteTokens: 0, outputTokens: 90, reasoningTokens: 40 });
    assert.equal(result.finishReason, 'stop');
    assert.equal(result.error, null);
    assert.equal(result.incomplete, false);
    assert.ok(result.timings.ttftMs !== null && result.timings.ttftMs <= result.timings.totalMs);
    assert.deepEqual(events.map((e) => e.type), ['reasoning', 'reasoning', 'content', 'content', 'usage', 'done']);
  });

  it('switches DeepSeek thinking on and off with thinking.type', async () => {
    server.respond(sseResponder({ content: ['ok'], usage: deepseekUsage(0, 5, 1, 0) }));
    await collectRun(provider(), { thinking: false, reasoningEffort: 'high' });
    assert.deepEqual((server.requests[0]!.body as Record<string, unknown>).thinking, { type: 'disabled' });
    assert.equal((server.requests[0]!.body as Record<string, unknown>).reasoning_effort, 'high');
    await collectRun(provider(), { thinking: true });
    assert.deepEqual((server.requests[1]!.body as Record<string, unknown>).thinking, { type: 'enabled' });
    await collectRun(provider(), {});
    assert.equal('thinking' in (server.requests[2]!.body as Record<string, unknown>), false);
  });

  it('sends SiliconFlow enable_thinking and notes that other hosts get no thinking switch', async () => {
    server.respond(sseResponder({ content: ['ok'], usage: openAiUsage(5, 0, 1, 0) }));
    await collectRun(provider({ id: 'siliconflow-cn' }), { model: 'deepseek-ai/DeepSeek-V3.2', thinking: true });
    assert.equal((server.requests[0]!.body as Record<string, unknown>).enable_thinking, true);
    const { result } = await collectRun(provider({ id: 'huawei-maas' }), { model: 'deepseek-v3.2', thinking: true });
    assert.equal('thinking' in (server.requests[1]!.body as Record<string, unknown>), false);
    assert.match(result.notes.join('\n'), /thinking switch is not sent to huawei-maas/);
  });

  it("reads OpenAI's cached and reasoning token details and sends max_completion_tokens", async () => {
    server.respond(sseResponder({ model: 'o4-mini', content: ['4'], usage: openAiUsage(2006, 1920, 300, 256) }));
    const { result } = await collectRun(provider({ id: 'openai' }), { model: 'o4-mini', maxTokens: 500 });
    const body = server.requests[0]!.body as Record<string, unknown>;
    assert.equal(body.max_completion_tokens, 500);
    assert.equal('max_tokens' in body, false);
    assert.deepEqual(result.usage, { inputTokens: 2006, cachedInputTokens: 1920, cacheWriteTokens: 0, outputTokens: 300, reasoningTokens: 256 });
  });

  it('speaks to Azure through the v1 base URL with the key as Bearer and api-key', async () => {
    server.respond(sseResponder({ content: ['hi'], usage: openAiUsage(3, 0, 1, 0) }));
    await collectRun(provider({ id: 'azure-foundry', keyHint: 'AZURE_AI_API_KEY' }), { model: 'DeepSeek-V3.2' });
    const req = server.requests[0]!;
    assert.equal(req.url, '/openai/v1/chat/completions');
    assert.equal(req.headers.authorization, `Bearer ${KEY}`);
    assert.equal(req.headers['api-key'], KEY);
  });

  it('speaks to Azure deployments with an api-version and the api-key header only', async () => {
    server.respond(sseResponder({ content: ['hi'], usage: openAiUsage(3, 0, 1, 0) }));
    await collectRun(provider({ id: 'azure-foundry', apiVersion: '2024-10-21' }), { model: 'my-r1' });
    const req = server.requests[0]!;
    assert.equal(req.url, '/openai/deployments/my-r1/chat/completions?api-version=2024-10-21');
    assert.equal(req.headers['api-key'], KEY);
    assert.equal(req.headers.authorization, undefined);
  });

  it("speaks to Azure's model inference API (/models) with an api-version", async () => {
    server.respond(sseResponder({ content: ['hi'], usage: openAiUsage(3, 0, 1, 0) }));
    await collectRun(provider({ id: 'azure-foundry', baseUrl: `${server.url}/models`, apiVersion: '2024-05-01-preview' }), { model: 'DeepSeek-R1' });
    assert.equal(server.requests[0]!.url, '/models/chat/completions?api-version=2024-05-01-preview');
    assert.equal(server.requests[0]!.headers['api-key'], KEY);
  });

  it("splits Azure R1's <think> tags in content into reasoning, even when a tag is cut across chunks", async () => {
    server.respond(sseResponder({ content: ['<thi', 'nk>\nStep 1. ', 'Step 2.</th', 'ink>\n\nThe answer', ' is 4.'], usage: openAiUsage(9, 0, 20, 0) }));
    const { result } = await collectRun(provider({ id: 'azure-foundry', apiVersion: '2024-10-21' }), { model: 'DeepSeek-R1' });
    assert.equal(result.reasoning, 'Step 1. Step 2.');
    assert.equal(result.output, 'The answer is 4.');
  });

  it('reads the `reasoning` delta field of vLLM/Ollama on a custom base URL without a key', async () => {
    server.respond(sseResponder({ reasoningField: 'reasoning', reasoning: ['hmm'], content: ['yes'], usage: openAiUsage(4, 0, 2, 0) }));
    const { result } = await collectRun(createProvider({ id: 'custom', keyHint: 'LLM_COST_CUSTOM_API_KEY', baseUrl: `${server.url}/v1`, policy: FAST_POLICY }), { model: 'qwen3:8b' });
    assert.equal(server.requests[0]!.url, '/v1/chat/completions');
    assert.equal(result.reasoning, 'hmm');
    assert.equal(result.output, 'yes');
    assert.equal(result.error, null);
  });

  it('treats SSE keep-alive comments as activity, so a queued request is not taken for a stall', async () => {
    // 8 keep-alives 150 ms apart: 1.2 s without an event, twice the 600 ms idle limit.
    server.respond(sseResponder({ keepAlives: 8, delayMs: 150, content: ['late'], usage: deepseekUsage(0, 3, 1, 0) }));
    const { result } = await collectRun(provider({ policy: { ...FAST_POLICY, idleTimeoutMs: 600 } }));
    assert.equal(result.error, null);
    assert.equal(result.output, 'late');
  });

  it('keeps the last usage when a host repeats running totals in every chunk', async () => {
    server.respond(sseResponder({ content: ['a', 'b'], usage: { prompt_tokens: 7, completion_tokens: 2, total_tokens: 9 } }));
    const { result } = await collectRun(provider({ id: 'siliconflow-com' }), { model: 'deepseek-ai/DeepSeek-V3.2' });
    assert.deepEqual(result.usage, { inputTokens: 7, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 2, reasoningTokens: 0 });
  });

  it('notes a stream that has finish reason and usage but no [DONE], and still completes it', async () => {
    server.respond(sseResponder({ content: ['ok'], usage: deepseekUsage(0, 3, 1, 0), done: false }));
    const { result } = await collectRun(provider());
    assert.equal(result.error, null);
    assert.match(result.notes.join('\n'), /did not send the \[DONE\] end marker/);
  });

  it("notes DeepSeek's insufficient_system_resource finish reason: the answer is cut short", async () => {
    server.respond(sseResponder({ content: ['Half an'], finishReason: 'insufficient_system_resource', usage: deepseekUsage(0, 3, 2, 0) }));
    const { result } = await collectRun(provider());
    assert.equal(result.finishReason, 'insufficient_system_resource');
    assert.match(result.notes.join('\n'), /cut short/);
  });

  it('warns before sending a key over plain http to another machine (and sends nothing once cancelled)', async () => {
    const controller = new AbortController();
    const { result } = await collectRun(provider({ baseUrl: 'http://192.0.2.1:9' }), {}, controller, (e) => e.type === 'note' && controller.abort());
    assert.match(result.notes[0] ?? '', /API key is sent unencrypted \(plain http\) to 192\.0\.2\.1:9/);
    assert.equal(result.error?.kind, 'cancelled');
  });
});
