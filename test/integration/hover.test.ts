import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/commands';
import { resetCostSettings, sampleFile } from './costHelpers';
import { testApi, workspaceFile } from './helpers';

/** The LLM Cost hover at a position (other extensions may add hovers of their own). */
async function costHover(uri: vscode.Uri, position: vscode.Position): Promise<vscode.MarkdownString | undefined> {
  await vscode.workspace.openTextDocument(uri);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && content.value.includes(' calls/day (')) return content;
    }
  }
  return undefined;
}

describe('cost hover', () => {
  before(async () => { await testApi(); });
  afterEach(resetCostSettings);

  it('shows a table of every enabled offer with hardware, costs, window now, source and date', async () => {
    const uri = sampleFile('src/knowledgeBase.ts');
    // `create` of the call on line 12, column 50 (1-based).
    const hover = await costHover(uri, new vscode.Position(11, 51));
    assert.ok(hover, 'a cost hover');
    const md = hover.value;
    console.log(md.split('\n').slice(0, 8).join('\n'));
    assert.match(md, /^\*\*DeepSeek-V3\*\* on Huawei MaaS \(Ascend\) · `openai-chat` · 3,000 calls\/day/);
    assert.match(md, /\| Host \| Model \| Hardware \| Per call \(low–high\) \| Per month \| vs\. now \| Price now \| Source, as of \|/);
    assert.match(md, /\| ▶ \| Huawei MaaS \| `DeepSeek-V3` \| \*\*Ascend\*\* \| \$[\d.]+ /);
    assert.match(md, /\| (peak|off-peak) until [^|]*UTC \|/, 'DeepSeek\'s own offers show the window in force now');
    assert.match(md, /\) 20\d\d-\d\d-\d\d( ⚠ stale)? \|/);
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| |'));
    assert.ok(rows.length > 5, `${rows.length} offers`);
  });

  it('links the call\'s prompt and the price table, trusting exactly those commands', async () => {
    const uri = sampleFile('src/knowledgeBase.ts');
    const hover = await costHover(uri, new vscode.Position(11, 51));
    assert.ok(hover);
    const run = /\[Run this call's prompt\]\(command:llmCost\.runCallPrompt\?([^)]+)\)/.exec(hover.value);
    assert.ok(run, 'run link');
    assert.deepEqual(JSON.parse(decodeURIComponent(run[1])), [{ uri: uri.toString(), line: 12, column: 50 }]);
    assert.match(hover.value, /\[Show price table\]\(command:llmCost\.showPriceTable\?/);
    if (hover.isTrusted !== undefined) assert.deepEqual(hover.isTrusted, { enabledCommands: [Commands.runCallPrompt, Commands.showPriceTable] });
  });

  it('covers the whole callee and nothing else', async () => {
    const uri = sampleFile('src/supportAssistant.ts');
    const doc = await vscode.workspace.openTextDocument(uri);
    const line = doc.lineAt(26).text;
    const receiver = line.indexOf('openai.chat');
    assert.ok(receiver > 0, line);
    assert.ok(await costHover(uri, new vscode.Position(26, receiver + 1)), 'on the receiver of the call');
    assert.equal(await costHover(uri, new vscode.Position(0, 1)), undefined, 'not on the first line');
  });

  it('says when the model is not in the catalog', async () => {
    const hover = await costHover(workspaceFile('unknownModel.ts'), new vscode.Position(6, 36));
    assert.ok(hover);
    assert.match(hover.value, /⚠ Model "gpt-9-ultra-preview" on openai is not in the price catalog/);
    assert.match(hover.value, /No comparable offer in the price catalog\./);
  });
});
