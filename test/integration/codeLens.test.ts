import assert from 'node:assert/strict';
import fs from 'node:fs';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/commands';
import { costLenses, lensTitles, resetCostSettings, sampleFile, waitForLensTitles } from './costHelpers';
import { llmCostConfig, testApi, workspaceFile } from './helpers';

const Workspace = vscode.ConfigurationTarget.Workspace;
const COST = /\$\d[\d.]*(k|M)?\/call/;

describe('cost lenses', () => {
  before(async () => { await testApi(); });
  afterEach(resetCostSettings);

  it('show model, cost per call and per month, and the cheapest comparable offer with its saving', async () => {
    const titles = await lensTitles(sampleFile('src/supportAssistant.ts'));
    console.log(titles.join('\n'));
    assert.equal(titles.length, 3);
    const [gpt4o, deepseek, claude] = titles;
    assert.ok(gpt4o.startsWith('gpt-4o · $'), gpt4o);
    assert.match(gpt4o, COST);
    assert.match(gpt4o, /≈\$[\d.]+(k|M)?\/mo/);
    assert.match(gpt4o, / · [^·]+ on [^·]+ \$[\d.]+( \(stale\))? −\d+%$/, 'the comparison with its saving');
    assert.ok(deepseek.startsWith('deepseek-v4-flash · $'), deepseek);
    assert.ok(claude.startsWith('claude-sonnet-4-5 · $'), claude);
  });

  it('mark Ascend-backed hosts and name hosts that are not the vendor\'s own', async () => {
    const [maas] = await lensTitles(sampleFile('src/knowledgeBase.ts'));
    assert.match(maas, /^DeepSeek-V3 on Huawei MaaS \(Ascend\) · \$[\d.]+\/call/);
    const [azure] = await lensTitles(sampleFile('src/crmSummary.ts'));
    assert.match(azure, /^gpt-4o-mini on Azure AI Foundry · not in the price catalog · compare: .+ \$[\d.]+/);
  });

  it('sit on the line of the call and open its comparison when clicked', async () => {
    const uri = sampleFile('src/supportAssistant.ts');
    const [first] = await costLenses(uri);
    assert.equal(first.range.start.line, 26, 'line 27 of the file');
    assert.equal(first.command?.command, Commands.showComparison);
    const shown = await vscode.commands.executeCommand<string>(first.command!.command, ...(first.command!.arguments ?? []));
    const text = (await vscode.workspace.openTextDocument(vscode.Uri.parse(shown))).getText();
    assert.match(text, /^# Cost of the call at sample-workspace\/src\/supportAssistant\.ts:27/);
    assert.match(text, /\| ▶ \| OpenAI \| `gpt-4o` \|/);
    assert.ok(!text.includes('command:'), 'no command links outside a trusted hover');
    assert.equal(await vscode.commands.executeCommand(Commands.showComparison, { nonsense: true }), undefined);
  });

  it('work in Python and say so when the model is unknown or not stated', async () => {
    const py = await lensTitles(sampleFile('worker/nightly_digest.py'));
    assert.equal(py.length, 2);
    assert.match(py[0], /^deepseek-ai\/DeepSeek-V3\.2 on SiliconFlow\.cn · \$/);
    const [unknown, noModel] = await lensTitles(workspaceFile('unknownModel.ts'));
    assert.match(unknown, /^gpt-9-ultra-preview · not in the price catalog/);
    assert.match(noModel, /^openai-chat on OpenAI · model not stated in this file/);
  });

  it('still appear in a file with a syntax error', async () => {
    const titles = await lensTitles(workspaceFile('broken.py'));
    assert.equal(titles.length, 1);
    assert.match(titles[0], /^deepseek-v4-flash · \$[\d.]+\/call/);
  });

  it('follow the currency setting (¥) and the volume setting', async () => {
    const uri = workspaceFile('sample.ts');
    const before = await waitForLensTitles(uri, 'a USD lens', (t) => t.length === 1 && t[0].includes('$'));
    await llmCostConfig().update('currency', 'CNY', Workspace);
    const cny = await waitForLensTitles(uri, 'a CNY lens', (t) => t.length === 1 && /¥[\d.]+\/call/.test(t[0]));
    assert.ok(!cny[0].includes('$'), cny[0]);
    await llmCostConfig().update('currency', undefined, Workspace);
    await waitForLensTitles(uri, 'USD again', (t) => t[0]?.includes('$'));
    const monthly = (t: string): number => Number(/≈\$([\d.]+)\/mo/.exec(t)?.[1]);
    await llmCostConfig().update('volume.callsPerDay', 2000, Workspace);
    const doubled = await waitForLensTitles(uri, 'twice the volume', (t) => monthly(t[0]) !== monthly(before[0]));
    assert.ok(Math.abs(monthly(doubled[0]) - 2 * monthly(before[0])) <= 0.02 * monthly(before[0]), `${before[0]} → ${doubled[0]}`);
  });

  it('compare with the offers llmCost.comparison names', async () => {
    await llmCostConfig().update('comparison', ['huawei-maas/deepseek-v4-flash'], Workspace);
    const titles = await waitForLensTitles(sampleFile('src/supportAssistant.ts'), 'the named comparison', (t) => t[0]?.includes('Huawei MaaS (Ascend)'));
    assert.match(titles[0], /DeepSeek V4 Flash on Huawei MaaS \(Ascend\) \$[\d.]+( \(stale\))? −\d+%$/);
  });

  it('disappear when llmCost.codeLens.enabled is false, and Toggle Cost Lenses flips them', async () => {
    const api = await testApi();
    const uri = workspaceFile('sample.py');
    await waitForLensTitles(uri, 'a lens', (t) => t.length === 1);
    await llmCostConfig().update('codeLens.enabled', false, Workspace);
    await waitForLensTitles(uri, 'no lens', (t) => t.length === 0);
    assert.equal(api.codeLens.enabled, false);
    await llmCostConfig().update('codeLens.enabled', undefined, Workspace);
    await waitForLensTitles(uri, 'the lens back', (t) => t.length === 1);

    assert.equal(await vscode.commands.executeCommand(Commands.toggleCodeLens), false);
    await waitForLensTitles(uri, 'no lens after the toggle', (t) => t.length === 0);
    assert.equal(api.codeLens.enabled, false);
    assert.equal(await vscode.commands.executeCommand(Commands.toggleCodeLens), true);
    await waitForLensTitles(uri, 'the lens after toggling back', (t) => t.length === 1);
    assert.equal(api.codeLens.enabled, true);
  });

  it('return nothing once the request is cancelled', async () => {
    const api = await testApi();
    const doc = await vscode.workspace.openTextDocument(workspaceFile('sample.py'));
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    assert.deepEqual(await api.codeLens.provider!.provideCodeLenses(doc, source.token), []);
  });

  it('measure: lenses of a 5,000-line file after the first parse', async function () {
    this.timeout(60_000);
    const api = await testApi();
    const filler = Array.from({ length: 1240 }, (_, i) => `export function helper${i}(a: number): number {\n  const b = a * ${i};\n  return b + 1;\n}\n`).join('');
    const calls = fs.readFileSync(sampleFile('src/supportAssistant.ts').fsPath, 'utf8');
    const file = workspaceFile('big5000.ts');
    fs.writeFileSync(file.fsPath, filler + calls);
    const doc = await vscode.workspace.openTextDocument(file);
    const provider = api.codeLens.provider!;
    const token = new vscode.CancellationTokenSource().token;
    let t = performance.now();
    const first = await provider.provideCodeLenses(doc, token);
    const firstParseMs = performance.now() - t;
    t = performance.now();
    for (const lens of first) await provider.resolveCodeLens(lens, token);
    const firstEstimateMs = performance.now() - t;
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) {
      t = performance.now();
      const lenses = await provider.provideCodeLenses(doc, token);
      for (const lens of lenses) await provider.resolveCodeLens(lens, token);
      runs.push(performance.now() - t);
    }
    runs.sort((a, b) => a - b);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '// edited\n'));
    t = performance.now();
    const reparsed = await provider.provideCodeLenses(editor.document, token);
    const reparseMs = performance.now() - t;
    console.log(`5,000-line file (${doc.lineCount} lines, ${first.length} calls): first parse+detect ${firstParseMs.toFixed(1)} ms, ` +
      `first estimates ${firstEstimateMs.toFixed(1)} ms; cached provide+resolve median ${runs[10].toFixed(2)} ms (max ${runs[19].toFixed(2)} ms); ` +
      `after an edit provide ${reparseMs.toFixed(1)} ms`);
    assert.equal(first.length, 3);
    assert.equal(reparsed.length, 3);
    assert.equal(reparsed[0].range.start.line, first[0].range.start.line + 1);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('are registered only for the detected languages (no lens in Markdown)', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'client.chat.completions.create(model="gpt-4o")' });
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 10)) ?? [];
    assert.equal(lenses.filter((l) => l.command?.command === Commands.showComparison).length, 0);
  });
});
