import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/commands';
import { resetCostSettings, waitForLensTitles } from './costHelpers';
import { testApi, workspaceFile } from './helpers';

describe('notebooks', () => {
  before(async () => { await testApi(); });
  afterEach(resetCostSettings);

  it('analyses the notebook as a whole: a client and a model from an earlier cell price a later cell', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(workspaceFile('notebook.ipynb'));
    await vscode.window.showNotebookDocument(notebook);
    assert.equal(notebook.cellCount, 3);
    const callCell = notebook.cellAt(2);
    assert.equal(callCell.document.uri.scheme, 'vscode-notebook-cell');
    const titles = await waitForLensTitles(callCell.document.uri, 'the lens of the notebook call', (t) => t.length === 1);
    console.log(titles[0]);
    assert.match(titles[0], /^deepseek-v4-flash on Huawei MaaS \(Ascend\) · \$[\d.]+\/call/);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', callCell.document.uri, 10)) ?? [];
    const ours = lenses.find((l) => l.command?.command === Commands.showComparison);
    assert.equal(ours?.range.start.line, 0, 'line 1 of the cell');
    assert.deepEqual(await waitForLensTitles(notebook.cellAt(1).document.uri, 'no lens in the set-up cell', (t) => t.length === 0), []);
  });

  it('follows edits of an earlier cell', async () => {
    const notebook = await vscode.workspace.openNotebookDocument(workspaceFile('notebook.ipynb'));
    const setup = notebook.cellAt(1).document;
    const edit = new vscode.WorkspaceEdit();
    const line = setup.getText().split('\n').findIndex((l) => l.startsWith('MODEL ='));
    edit.replace(setup.uri, setup.lineAt(line).range, 'MODEL = "deepseek-v4-pro"');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const titles = await waitForLensTitles(notebook.cellAt(2).document.uri, 'the new model', (t) => t[0]?.startsWith('deepseek-v4-pro'));
    assert.match(titles[0], /^deepseek-v4-pro on Huawei MaaS \(Ascend\)/);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
