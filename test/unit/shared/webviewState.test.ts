import assert from 'node:assert/strict';
import { MAX_TARGETS } from '../../../src/shared/panelModel';
import { WEBVIEW_STATE_VERSION, emptyWebviewState, restoreWebviewState } from '../../../src/shared/webviewState';

const saved = {
  version: 1,
  form: {
    prompt: 'Summarise the ticket', system: 'You are terse.', maxTokens: '12x', temperature: '0.2',
    thinking: 'off', reasoningEffort: 'low', targets: [{ provider: 'deepseek', model: 'deepseek-v4-flash' }],
    targetsChosen: true, systemOpen: true,
  },
  shownSessionId: 's-abc',
};

describe('shared/webviewState', () => {
  it('restores a valid state exactly, typed text of number fields included', () => {
    assert.deepEqual(restoreWebviewState(JSON.parse(JSON.stringify(saved))), saved);
  });

  it('gives the empty state for anything that is not an object', () => {
    for (const raw of [undefined, null, 'state', 42]) assert.deepEqual(restoreWebviewState(raw), emptyWebviewState());
    assert.equal(emptyWebviewState().version, WEBVIEW_STATE_VERSION);
    assert.equal(emptyWebviewState().form.prompt, '');
  });

  it('keeps every valid field when others are bad, so one bad value never loses the prompt', () => {
    const restored = restoreWebviewState({
      version: 0,
      form: { ...saved.form, thinking: 'sometimes', maxTokens: 12, targets: [{ provider: 'nope', model: 'x' }, { provider: 'openai', model: 'gpt-4o' }, 'junk'] },
      shownSessionId: 7,
    });
    assert.equal(restored.version, WEBVIEW_STATE_VERSION);
    assert.equal(restored.form.prompt, 'Summarise the ticket');
    assert.equal(restored.form.system, 'You are terse.');
    assert.equal(restored.form.thinking, 'default');
    assert.equal(restored.form.maxTokens, '');
    assert.deepEqual(restored.form.targets, [{ provider: 'openai', model: 'gpt-4o' }]);
    assert.equal(restored.shownSessionId, null);
  });

  it('caps the number of targets', () => {
    const targets = Array.from({ length: 30 }, (_, i) => ({ provider: 'custom', model: `m${i}` }));
    assert.equal(restoreWebviewState({ form: { targets } }).form.targets.length, MAX_TARGETS);
  });
});
