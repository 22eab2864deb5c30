import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ProviderId } from '../../src/core/model';
import { Commands } from '../../src/extension/commands';
import { testApi, waitFor } from './helpers';

// The runner starts VS Code with ANTHROPIC_API_KEY set (and every other key variable removed).
const ENV_KEY = 'sk-ant-from-environment';

describe('API keys (SecretStorage)', () => {
  afterEach(async () => {
    const api = await testApi();
    for (const p of await api.apiKeys.storedProviders()) await api.apiKeys.delete(p);
  });

  it('Set API Key stores the key in SecretStorage and announces the change', async () => {
    const api = await testApi();
    const changed = new Promise<ProviderId>((resolve) => {
      const sub = api.apiKeys.onDidChange((p) => { sub.dispose(); resolve(p); });
    });
    const result = await vscode.commands.executeCommand(Commands.setApiKey, 'deepseek', '  sk-test-123  ');
    assert.equal(result, 'deepseek');
    assert.equal(await changed, 'deepseek');
    assert.deepEqual(await api.apiKeys.get('deepseek'), { kind: 'secretStorage', key: 'sk-test-123' });
    assert.deepEqual(await api.apiKeys.storedProviders(), ['deepseek']);
  });

  it('falls back to the environment variable, prefers a stored key, and returns to the variable after Clear', async () => {
    const api = await testApi();
    assert.deepEqual(await api.apiKeys.get('anthropic'), { kind: 'environment', envVar: 'ANTHROPIC_API_KEY', key: ENV_KEY });
    await vscode.commands.executeCommand(Commands.setApiKey, 'anthropic', 'sk-ant-stored');
    assert.deepEqual(await api.apiKeys.get('anthropic'), { kind: 'secretStorage', key: 'sk-ant-stored' });
    assert.equal(await vscode.commands.executeCommand(Commands.clearApiKey, 'anthropic'), 'anthropic');
    assert.deepEqual(await api.apiKeys.get('anthropic'), { kind: 'environment', envVar: 'ANTHROPIC_API_KEY', key: ENV_KEY });
    assert.equal(await vscode.commands.executeCommand(Commands.clearApiKey, 'anthropic'), undefined, 'nothing left to clear');
  });

  it('says where credentials come from when no key is set', async () => {
    const api = await testApi();
    assert.deepEqual(await api.apiKeys.get('openai'), { kind: 'none', envVars: ['OPENAI_API_KEY'] });
    assert.deepEqual(await api.apiKeys.get('aws-bedrock'), { kind: 'awsCredentialChain' });
  });

  it('refuses an empty key and an unknown provider', async () => {
    const api = await testApi();
    assert.equal(await vscode.commands.executeCommand(Commands.setApiKey, 'deepseek', '   '), undefined);
    assert.equal(await vscode.commands.executeCommand(Commands.setApiKey, 'nosuchprovider', 'sk-x'), undefined);
    assert.deepEqual(await api.apiKeys.storedProviders(), []);
  });

  it('stores nothing when the password box is dismissed', async () => {
    const api = await testApi();
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand(Commands.setApiKey, 'openai')).finally(() => { settled = true; });
    // The box opens asynchronously: keep dismissing until the command gives up.
    await waitFor('the password box to be dismissed', async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return settled;
    });
    assert.equal(await running, undefined);
    assert.deepEqual(await api.apiKeys.storedProviders(), []);
  });

  it('Clear API Key offers the stored providers in a quick pick and clears the one accepted', async () => {
    const api = await testApi();
    await vscode.commands.executeCommand(Commands.setApiKey, 'huawei-maas', 'maas-key-1');
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand(Commands.clearApiKey)).finally(() => { settled = true; });
    // Only huawei-maas has a stored key, so it is the first (active) item: accept it.
    await waitFor('the quick pick to be accepted', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return settled;
    });
    assert.equal(await running, 'huawei-maas');
    assert.deepEqual(await api.apiKeys.storedProviders(), []);
  });

  it('shows the key source, never the key, in the status bar', async () => {
    const api = await testApi();
    await vscode.commands.executeCommand(Commands.setApiKey, 'deepseek', 'sk-visible-nowhere');
    await waitFor('status bar tooltip to mention SecretStorage', () => tooltipOf(api.statusBar.item).includes('SecretStorage'));
    assert.ok(!tooltipOf(api.statusBar.item).includes('sk-visible-nowhere'));
    assert.ok(!api.statusBar.item.text.includes('sk-visible-nowhere'));
  });
});

function tooltipOf(item: vscode.StatusBarItem): string {
  const t = item.tooltip;
  return typeof t === 'string' ? t : t?.value ?? '';
}
