import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '../../../../src/core/catalog/loadCatalog';
import type { Currency, ProviderId } from '../../../../src/core/model';
import { parseSettings } from '../../../../src/core/settings/parseSettings';
import { TokenCounter } from '../../../../src/core/tokens/tokenCounter';
import { nodeTokenizerLoaders } from '../../../../src/node/tokenizerLoaders';
import type { ApiKeyLookup } from '../../../../src/extension/secrets/apiKeyStore';
import { historyFilesIn } from '../../../../src/extension/runner/historyFiles';
import type { RunnerEvent } from '../../../../src/extension/runner/promptRunner';
import { PromptRunner, RunnerBusyError, requestOf } from '../../../../src/extension/runner/promptRunner';
import { pricedModelFor, providerSpecFor } from '../../../../src/extension/runner/providerSpecFor';
import { createRunEstimator } from '../../../../src/extension/runner/runEstimator';
import { RunHistory } from '../../../../src/extension/runner/runHistory';
import { createProvider, failingProvider } from '../../../../src/providers/createProvider';
import { providerSetup } from '../../../../src/providers/providerRegistry';
import { priceRun } from '../../../../src/providers/runCost';
import type { RunParams, RunTarget } from '../../../../src/shared/panelModel';
import { FakeHttpServer, delay } from '../../../support/fakeHttpServer';
import { deepseekUsage, errorResponder, sseResponder } from '../../../support/openAiWire';
import { tempDir } from './historyFixtures';

const DEEPSEEK_KEY = 'sk-deepseek-test-key-0123456789';
const OPENAI_KEY = 'sk-openai-wrong-key-9876543210';
const params: RunParams = { prompt: 'Why is the sky blue?', system: 'Answer in one line.', maxTokens: 200, temperature: null, thinking: 'on', reasoningEffort: 'default' };

interface Harness {
  runner: PromptRunner;
  history: RunHistory;
  events: RunnerEvent[];
  spend: Array<{ provider: ProviderId; model: string; amount: number; currency: Currency }>;
}

describe('extension/runner/promptRunner (against local OpenAI-compatible servers)', function () {
  this.timeout(20_000);
  let deepseek: FakeHttpServer;
  let openai: FakeHttpServer;
  let dir: string;
  // One estimator for all tests: its tokenizers load once (the DeepSeek one takes about half a second).
  let estimate: ReturnType<typeof createRunEstimator>;

  before(async () => {
    deepseek = await FakeHttpServer.start();
    openai = await FakeHttpServer.start();
    await deepseek.warmUp();
    const { settings } = parseSettings({});
    const counter = new TokenCounter(nodeTokenizerLoaders());
    estimate = createRunEstimator(() => loadCatalog(), () => settings, () => counter);
  });
  after(async () => {
    await deepseek.close();
    await openai.close();
  });
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function harness(persistEveryMs = 500): Harness {
    const { settings } = parseSettings({ 'providers.deepseek.baseUrl': deepseek.url, 'providers.openai.baseUrl': `${openai.url}/v1` });
    const catalog = loadCatalog();
    const keys: Partial<Record<ProviderId, ApiKeyLookup>> = {
      deepseek: { kind: 'secretStorage', key: DEEPSEEK_KEY },
      openai: { kind: 'environment', envVar: 'OPENAI_API_KEY', key: OPENAI_KEY },
    };
    const history = new RunHistory(historyFilesIn(dir), 'this-window');
    const events: RunnerEvent[] = [];
    const spend: Harness['spend'] = [];
    const runner = new PromptRunner({
      history,
      label: (p) => providerSetup(p)?.label ?? p,
      prepare: async (target: RunTarget) => {
        const lookup = keys[target.provider] ?? { kind: 'none', envVars: [] };
        const outcome = providerSpecFor(target, settings, lookup, {});
        return {
          provider: 'problem' in outcome ? failingProvider(target.provider, outcome.problem) : createProvider({ ...outcome.spec, policy: { maxRetries: 0, idleTimeoutMs: 5_000 } }),
          secrets: 'key' in lookup ? [lookup.key] : [],
          pricedModel: pricedModelFor(target, settings),
        };
      },
      price: (result, model) => priceRun(catalog, { ...result, model }, 'USD'),
      estimate,
      onSpend: (entry) => spend.push(entry),
      persistEveryMs,
    });
    runner.onEvent((e) => events.push(e));
    return { runner, history, events, spend };
  }

  it('streams two providers side by side: reasoning apart, usage priced, a 401 named by its key source, one end per run', async () => {
    deepseek.respond(sseResponder({ reasoning: ['Rayleigh ', 'scattering.'], content: ['Short ', 'wavelengths ', 'scatter more.'], usage: deepseekUsage(64, 36, 40, 12) }));
    openai.respond(errorResponder(401, `Incorrect API key provided: ${OPENAI_KEY.slice(0, 6)}****3210.`));
    const h = harness();
    const targets: RunTarget[] = [{ provider: 'deepseek', model: 'deepseek-v4-flash' }, { provider: 'openai', model: 'gpt-4o' }];
    const { session, done } = h.runner.start(params, targets);
    assert.throws(() => h.runner.start(params, targets), RunnerBusyError);
    const final = await done;

    assert.equal(h.events[0]?.type, 'session');
    const ends = h.events.filter((e) => e.type === 'end');
    assert.deepEqual(ends.map((e) => e.runId).sort(), [`${session.id}-0`, `${session.id}-1`]);
    assert.equal(h.events.at(-1)?.type, 'idle');

    const ok = final.runs[0]!;
    assert.equal(ok.status, 'done');
    assert.equal(ok.output, 'Short wavelengths scatter more.');
    assert.equal(ok.reasoning, 'Rayleigh scattering.');
    assert.deepEqual(ok.usage, { inputTokens: 100, cachedInputTokens: 64, cacheWriteTokens: 0, outputTokens: 40, reasoningTokens: 12 });
    const deltas = h.events.filter((e) => e.type === 'delta' && e.runId === ok.id);
    assert.equal(deltas.map((d) => (d.type === 'delta' ? d.content : '')).join(''), ok.output);
    assert.equal(deltas.map((d) => (d.type === 'delta' ? d.reasoning : '')).join(''), ok.reasoning);
    // The actual cost is the returned usage priced at the moment the request started.
    const expected = priceRun(loadCatalog(), { provider: 'deepseek', model: 'deepseek-v4-flash', startedAt: new Date(session.startedAt), output: '', reasoning: '', usage: ok.usage, finishReason: 'stop', timings: { ttftMs: 0, totalMs: 0 }, error: null, incomplete: false, notes: [] }, 'USD');
    assert.ok(expected.cost !== null && expected.cost > 0);
    assert.equal(ok.cost, expected.cost);
    assert.equal(ok.window, expected.window);
    assert.match(ok.costText, /^\$0\.0\d+$/);
    assert.ok(ok.estimate !== null && ok.estimate > 0, 'the engine estimate is shown beside it');
    assert.ok(ok.ttftMs !== null && ok.totalMs !== null && ok.totalMs >= ok.ttftMs);
    assert.deepEqual(h.spend, [{ provider: 'deepseek', model: 'deepseek-v4-flash', amount: expected.cost, currency: 'USD' }]);

    const bad = final.runs[1]!;
    assert.equal(bad.status, 'failed');
    assert.equal(bad.error?.kind, 'auth');
    assert.match(bad.error!.message, /OpenAI rejected the API key \(HTTP 401/);
    assert.match(bad.error!.message, /OPENAI_API_KEY/);
    assert.equal(bad.costText, '—');

    // What went over the wire and what is kept.
    const sent = deepseek.requests[0]!;
    assert.equal(sent.headers.authorization, `Bearer ${DEEPSEEK_KEY}`);
    assert.deepEqual((sent.body as { thinking?: unknown }).thinking, { type: 'enabled' });
    const everything = JSON.stringify(h.events) + fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('') + h.history.exportJsonl();
    assert.ok(!everything.includes(DEEPSEEK_KEY) && !everything.includes(OPENAI_KEY), 'no key in events, history files or export');
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, `${session.id}.json`), 'utf8'));
    assert.deepEqual(onDisk.runs.map((r: { status: string }) => r.status), ['done', 'failed']);
  });

  it('persists the prompt at once and partial output while streaming; cancel keeps the partial output', async () => {
    deepseek.respond(sseResponder({ content: Array.from({ length: 40 }, (_, i) => `w${i} `), delayMs: 60, usage: deepseekUsage(0, 10, 40, 0) }));
    const h = harness(50);
    const { session, done } = h.runner.start({ ...params, thinking: 'default' }, [{ provider: 'deepseek', model: 'deepseek-v4-flash' }]);
    const file = path.join(dir, `${session.id}.json`);
    const read = (): { params: { prompt: string }; runs: Array<{ status: string; output: string }> } | null => (fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : null);
    for (let i = 0; i < 100 && !read(); i++) await delay(10);
    assert.equal(read()?.params.prompt, params.prompt, 'the prompt is on disk as soon as the run starts');
    for (let i = 0; i < 200 && (read()?.runs[0]?.output.length ?? 0) < 12; i++) await delay(20);
    const partial = read()!.runs[0]!;
    assert.equal(partial.status, 'running');
    assert.match(partial.output, /^w0 w1 w2 /);
    assert.ok(h.runner.cancel(session.id));
    assert.equal(h.runner.cancel('other'), false);
    const final = await done;
    const run = final.runs[0]!;
    assert.equal(run.status, 'cancelled');
    assert.ok(run.output.startsWith(partial.output), 'what had arrived is kept');
    assert.equal(h.events.filter((e) => e.type === 'end').length, 1);
    assert.equal(read()!.runs[0]!.status, 'cancelled');
    assert.deepEqual(h.spend, []);
    assert.equal(h.runner.active, null);
  });

  it('scrubs the key when a host echoes it back', async () => {
    deepseek.respond(sseResponder({ content: ['your key is ', DEEPSEEK_KEY, ' ok'], usage: deepseekUsage(0, 5, 5, 0) }));
    const h = harness();
    const final = await h.runner.start(params, [{ provider: 'deepseek', model: 'deepseek-v4-flash' }]).done;
    assert.equal(final.runs[0]!.output, 'your key is [redacted] ok');
    assert.ok(!JSON.stringify(h.events).includes(DEEPSEEK_KEY));
  });

  it('says why a target cannot run without sending anything, and runs the others', async () => {
    deepseek.respond(sseResponder({ content: ['fine'], usage: deepseekUsage(0, 3, 1, 0) }));
    const h = harness();
    const final = await h.runner.start(params, [{ provider: 'custom', model: 'llama3' }, { provider: 'deepseek', model: 'deepseek-v4-flash' }]).done;
    assert.equal(final.runs[0]!.status, 'failed');
    assert.equal(final.runs[0]!.error?.kind, 'config');
    assert.match(final.runs[0]!.error!.message, /llmCost\.providers\.custom\.baseUrl/);
    assert.equal(final.runs[1]!.status, 'done');
  });

  it('on shutdown aborts, sends no more events and leaves the session marked interrupted on disk', async () => {
    deepseek.respond(sseResponder({ content: Array.from({ length: 50 }, () => 'x'), delayMs: 40 }));
    const h = harness(30);
    const { session, done } = h.runner.start(params, [{ provider: 'deepseek', model: 'deepseek-v4-flash' }]);
    for (let i = 0; i < 200 && !h.events.some((e) => e.type === 'delta'); i++) await delay(10);
    await delay(100);
    h.runner.dispose();
    const count = h.events.length;
    await done;
    assert.equal(h.events.length, count, 'nothing after dispose');
    const onDisk = JSON.parse(fs.readFileSync(path.join(dir, `${session.id}.json`), 'utf8'));
    assert.equal(onDisk.runs[0].status, 'interrupted');
    assert.match(onDisk.runs[0].output, /^x+$/);
  });

  it('maps parameters to the provider request, leaving defaults to the host', () => {
    assert.deepEqual(requestOf({ provider: 'deepseek', model: 'm' }, { prompt: 'p', system: '  ', maxTokens: null, temperature: null, thinking: 'default', reasoningEffort: 'default' }), { model: 'm', prompt: 'p' });
    assert.deepEqual(requestOf({ provider: 'deepseek', model: 'm' }, { prompt: 'p', system: 's', maxTokens: 5, temperature: 0, thinking: 'off', reasoningEffort: 'max' }),
      { model: 'm', prompt: 'p', system: 's', maxTokens: 5, temperature: 0, thinking: false, reasoningEffort: 'max' });
  });
});
