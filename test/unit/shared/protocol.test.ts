import assert from 'node:assert/strict';
import type { RunView, SessionView } from '../../../src/shared/panelModel';
import { MAX_TARGETS } from '../../../src/shared/panelModel';
import type { HostMessage, WebviewMessage } from '../../../src/shared/protocol';
import { parseHostMessage, parseWebviewMessage } from '../../../src/shared/protocol';

const params = { prompt: 'Say hi', system: '', maxTokens: 256, temperature: 0.7, thinking: 'on', reasoningEffort: 'high' } as const;

const run: RunView = {
  id: 's1-0', provider: 'deepseek', model: 'deepseek-v4-flash', label: 'DeepSeek · deepseek-v4-flash', status: 'done',
  output: 'Hi!', reasoning: 'The user greets.', usage: { inputTokens: 12, cachedInputTokens: 8, cacheWriteTokens: 0, outputTokens: 30, reasoningTokens: 20 },
  ttftMs: 120, totalMs: 900, finishReason: 'stop', error: null, cost: 0.000021, currency: 'USD', costText: '$0.000021',
  estimate: 0.00003, estimateText: '$0.00003', window: 'off-peak', notes: ['a note'],
};
const session: SessionView = { id: 's1', startedAt: '2026-11-29T10:00:00.000Z', params: { ...params }, runs: [run] };

/** One valid message of every host message type. */
const hostMessages: HostMessage[] = [
  { type: 'config', config: { providers: [{ id: 'deepseek', label: 'DeepSeek', problem: null, suggestions: ['deepseek-v4-flash'] }], options: [{ provider: 'deepseek', model: 'deepseek-v4-flash', label: 'V4 Flash', priced: true }], defaultTargets: [{ provider: 'deepseek', model: 'deepseek-v4-flash' }], currency: 'USD' } },
  { type: 'history', items: [{ id: 's1', startedAt: session.startedAt, title: 'Say hi', targets: 'deepseek · deepseek-v4-flash', status: 'done', costText: '$0.000021' }], activeSessionId: null },
  { type: 'session', session, restoreForm: true },
  { type: 'run/delta', sessionId: 's1', runId: 's1-0', reasoning: 'hm', content: '' },
  { type: 'run/end', sessionId: 's1', runId: 's1-0', run },
  { type: 'prefill', form: { prompt: 'From selection', system: 'Be brief', maxTokens: null, targets: [{ provider: 'openai', model: 'gpt-4o' }] }, autoRun: true, source: 'Selection in a.ts:3', note: null },
  { type: 'notice', level: 'error', message: 'Enter a prompt.', field: 'prompt' },
  { type: 'snapshot/request', requestId: 'snap-1' },
];

/** One valid message of every webview message type. */
const webviewMessages: WebviewMessage[] = [
  { type: 'ready', shownSessionId: null },
  { type: 'run', params: { ...params }, targets: [{ provider: 'deepseek', model: 'deepseek-v4-flash' }, { provider: 'custom', model: 'llama3' }] },
  { type: 'cancel', sessionId: 's1' },
  { type: 'history/open', sessionId: 's1' },
  { type: 'history/export' },
  { type: 'history/clear' },
  { type: 'action', action: 'setApiKey', provider: 'openai', setting: null },
  { type: 'snapshot', requestId: 'snap-1', snapshot: { prompt: 'p', system: '', targets: ['deepseek · x'], runs: [{ runId: 'r', label: 'l', status: 'done', output: 'o', reasoning: '', metrics: 'TTFT', error: '' }], history: [], notices: [], busy: false } },
];

describe('shared/protocol', () => {
  it('covers every message type of both directions in these tests', () => {
    assert.deepEqual(new Set(hostMessages.map((m) => m.type)).size, 8);
    assert.deepEqual(new Set(webviewMessages.map((m) => m.type)).size, 8);
  });

  for (const message of hostMessages) {
    it(`host → webview "${message.type}" survives a JSON round trip unchanged`, () => {
      const parsed = parseHostMessage(JSON.parse(JSON.stringify(message)));
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      assert.deepEqual(parsed.message, message);
    });
  }

  for (const message of webviewMessages) {
    it(`webview → host "${message.type}" survives a JSON round trip unchanged`, () => {
      const parsed = parseWebviewMessage(JSON.parse(JSON.stringify(message)));
      assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
      assert.deepEqual(parsed.message, message);
    });
  }

  it('keeps the directions apart: a host message is not a webview message', () => {
    assert.equal(parseWebviewMessage(hostMessages[3]).ok, false);
    assert.equal(parseHostMessage({ type: 'ready', shownSessionId: null }).ok, false);
  });

  const malformed: Array<[string, unknown]> = [
    ['not an object', 'run'],
    ['null', null],
    ['unknown type', { type: 'delete-everything' }],
    ['missing fields', { type: 'run', params }],
    ['empty prompt', { type: 'run', params: { ...params, prompt: '   ' }, targets: [{ provider: 'deepseek', model: 'm' }] }],
    ['unknown provider', { type: 'run', params, targets: [{ provider: 'evil', model: 'm' }] }],
    ['no targets', { type: 'run', params, targets: [] }],
    ['too many targets', { type: 'run', params, targets: Array.from({ length: MAX_TARGETS + 1 }, (_, i) => ({ provider: 'custom', model: `m${i}` })) }],
    ['fractional max tokens', { type: 'run', params: { ...params, maxTokens: 1.5 }, targets: [{ provider: 'deepseek', model: 'm' }] }],
    ['temperature out of range', { type: 'run', params: { ...params, temperature: 3 }, targets: [{ provider: 'deepseek', model: 'm' }] }],
    ['bad thinking mode', { type: 'run', params: { ...params, thinking: 'maybe' }, targets: [{ provider: 'deepseek', model: 'm' }] }],
    ['empty session id', { type: 'cancel', sessionId: '' }],
    ['unknown action', { type: 'action', action: 'runShell', provider: null, setting: null }],
  ];
  for (const [what, raw] of malformed) {
    it(`rejects a malformed webview message: ${what}`, () => {
      const parsed = parseWebviewMessage(raw);
      assert.equal(parsed.ok, false);
      if (!parsed.ok) assert.ok(parsed.error.length > 0);
    });
  }

  it('rejects malformed host messages (negative cost, unknown run status, oversized notice)', () => {
    assert.equal(parseHostMessage({ type: 'run/end', sessionId: 's1', runId: 'r', run: { ...run, cost: -1 } }).ok, false);
    assert.equal(parseHostMessage({ type: 'run/end', sessionId: 's1', runId: 'r', run: { ...run, status: 'exploded' } }).ok, false);
    assert.equal(parseHostMessage({ type: 'notice', level: 'error', message: 'x'.repeat(5000), field: null }).ok, false);
    assert.equal(parseHostMessage({ type: 'session', session: { ...session, runs: [] }, restoreForm: false }).ok, false);
  });

  it('names the form field a bad run request is about, with the field\'s own message', () => {
    const empty = parseWebviewMessage({ type: 'run', params: { ...params, prompt: '' }, targets: [{ provider: 'deepseek', model: 'm' }] });
    assert.deepEqual(empty, { ok: false, error: 'Enter a prompt.', field: 'prompt' });
    const noTargets = parseWebviewMessage({ type: 'run', params, targets: [] });
    assert.deepEqual(noTargets, { ok: false, error: 'Pick at least one provider and model.', field: 'targets' });
    const temp = parseWebviewMessage({ type: 'run', params: { ...params, temperature: 2.5 }, targets: [{ provider: 'deepseek', model: 'm' }] });
    assert.deepEqual(temp, { ok: false, error: 'Temperature must be between 0 and 2.', field: 'temperature' });
    const other = parseWebviewMessage({ type: 'cancel' });
    assert.equal(other.ok, false);
    if (!other.ok) {
      assert.equal(other.field, null);
      assert.match(other.error, /at sessionId/);
    }
  });

  it('trims model ids of targets', () => {
    const parsed = parseWebviewMessage({ type: 'run', params, targets: [{ provider: 'openai', model: '  gpt-4o ' }] });
    assert.ok(parsed.ok && parsed.message.type === 'run');
    if (parsed.ok && parsed.message.type === 'run') assert.equal(parsed.message.targets[0]!.model, 'gpt-4o');
  });
});
