import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/commands';
import { testApi, waitFor } from './helpers';

describe('status bar', () => {
  afterEach(async () => (await testApi()).spend.reset());

  it('shows the active provider/model and the session spend', async () => {
    const { statusBar } = await testApi();
    assert.equal(statusBar.item.name, 'LLM Cost');
    assert.equal(statusBar.item.command, Commands.showStatusMenu);
    assert.match(statusBar.item.text, /^\$\(pulse\) deepseek · default model · \$0\.00$/);
  });

  it('adds each recorded run to the session spend', async () => {
    const { statusBar, spend } = await testApi();
    spend.record({ provider: 'deepseek', model: 'deepseek-flash', amount: 0.0042, currency: 'USD' });
    spend.record({ provider: 'siliconflow-cn', model: 'deepseek-ai/DeepSeek-V3', amount: 0.02, currency: 'CNY' });
    await waitFor('spend in the status bar', () => statusBar.item.text.endsWith('$0.0042 + ¥0.02'));
    assert.equal(spend.totals.runs, 2);
    assert.throws(() => spend.record({ provider: 'openai', model: 'gpt-4o', amount: -1, currency: 'USD' }), RangeError);
    spend.reset();
    await waitFor('spend reset', () => statusBar.item.text.endsWith('$0.00'));
  });

  it('opens its menu on click (a quick pick that can be dismissed)', async () => {
    let settled = false;
    const running = Promise.resolve(vscode.commands.executeCommand(Commands.showStatusMenu)).finally(() => { settled = true; });
    await waitFor('the status menu to close', async () => {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      return settled;
    });
    await running;
  });
});
