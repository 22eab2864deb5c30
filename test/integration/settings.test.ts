import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SettingsChange } from '../../src/extension/settings/settingsService';
import { llmCostConfig, testApi, waitFor } from './helpers';

const Workspace = vscode.ConfigurationTarget.Workspace;
const Global = vscode.ConfigurationTarget.Global;

describe('settings', () => {
  afterEach(async () => {
    const config = llmCostConfig();
    for (const key of ['currency', 'volume.callsPerDay', 'defaultProvider']) await config.update(key, undefined, Workspace);
    await config.update('providers.deepseek.baseUrl', undefined, Global);
  });

  it('start from the defaults', async () => {
    const { settings } = await testApi();
    assert.equal(settings.current.currency, 'USD');
    assert.equal(settings.current['volume.callsPerDay'], 1000);
    assert.deepEqual(settings.problems, []);
  });

  it('apply a valid workspace value and report exactly the changed key', async () => {
    const { settings } = await testApi();
    const change = new Promise<SettingsChange>((resolve) => {
      const sub = settings.onDidChange((c) => { sub.dispose(); resolve(c); });
    });
    await llmCostConfig().update('volume.callsPerDay', 42, Workspace);
    assert.deepEqual((await change).changed, ['volume.callsPerDay']);
    assert.equal(settings.current['volume.callsPerDay'], 42);
    assert.ok(Object.isFrozen(settings.current));
  });

  it('warn about a malformed value, naming the setting, and fall back to its default', async () => {
    const { settings, settingsWarnings } = await testApi();
    await llmCostConfig().update('currency', 'EUR', Workspace);
    await waitFor('the currency problem', () => settings.problems.some((p) => p.setting === 'llmCost.currency'));
    assert.equal(settings.current.currency, 'USD');
    const warning = settingsWarnings.shown.at(-1) ?? '';
    assert.match(warning, /"llmCost\.currency" has an invalid value "EUR"/);
    assert.match(warning, /Using the default "USD"/);
    await llmCostConfig().update('currency', 'CNY', Workspace);
    await waitFor('the fixed currency', () => settings.current.currency === 'CNY');
    assert.deepEqual(settings.problems, []);
  });

  it('ignore a workspace value of a setting that redirects requests (machine scope)', async () => {
    const { settings } = await testApi();
    // test/integration/workspace/.vscode/settings.json sets this to http://attacker.invalid/v1.
    const inspected = llmCostConfig().inspect<string>('providers.deepseek.baseUrl');
    console.log(`inspect(providers.deepseek.baseUrl): workspace=${inspected?.workspaceValue} global=${inspected?.globalValue}`);
    assert.equal(llmCostConfig().get('providers.deepseek.baseUrl'), '');
    assert.equal(settings.current['providers.deepseek.baseUrl'], '');
    assert.equal(settings.current.staleAfterDays, 45, 'the same file\'s window-scoped setting is read');
    await assert.rejects(Promise.resolve(llmCostConfig().update('providers.deepseek.baseUrl', 'http://attacker.invalid/v2', Workspace)));
  });

  it('read the same setting from user settings, so the refusal above is about scope', async () => {
    const { settings } = await testApi();
    await llmCostConfig().update('providers.deepseek.baseUrl', 'http://127.0.0.1:9/v1', Global);
    await waitFor('the user-level base URL', () => settings.current['providers.deepseek.baseUrl'] === 'http://127.0.0.1:9/v1');
  });

  it('drive the status bar (default provider)', async () => {
    const api = await testApi();
    await llmCostConfig().update('defaultProvider', 'openai', Workspace);
    await waitFor('status bar showing openai', () => api.statusBar.item.text.includes('openai'));
  });
});
