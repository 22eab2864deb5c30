import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';
import { Commands } from '../../src/extension/commands';
import type { ReportNode } from '../../src/extension/report/reportTreeProvider';
import type { ScanOutcome } from '../../src/extension/report/workspaceReport';
import { resetCostSettings, sampleFile } from './costHelpers';
import { llmCostConfig, testApi, waitFor, workspaceFile } from './helpers';

const STORED_KEY = 'sk-report-test-0123456789abcdef';
const ENV_KEY = 'sk-ant-from-environment';

describe('workspace report ("LLM Calls")', () => {
  before(async () => {
    sampleFile('src/supportAssistant.ts'); // copies the sample workspace in
    await testApi();
  });
  afterEach(resetCostSettings);
  after(async () => {
    const api = await testApi();
    for (const p of await api.apiKeys.storedProviders()) await api.apiKeys.delete(p);
  });

  it('Scan Workspace finds every call and totals the monthly cost', async function () {
    this.timeout(60_000);
    const api = await testApi();
    const outcome = await vscode.commands.executeCommand<ScanOutcome>(Commands.scanWorkspace);
    console.log(`scan: ${JSON.stringify(outcome)}`);
    assert.equal(outcome.cancelled, false);
    const snap = api.report.snapshot();
    const files = snap.files.map((f) => f.file);
    for (const f of ['sample-workspace/src/supportAssistant.ts', 'sample-workspace/worker/nightly_digest.py', 'sample.py', 'unknownModel.ts', 'broken.py', 'notebook.ipynb']) {
      assert.ok(files.includes(f), `${f} in ${files.join(', ')}`);
    }
    assert.ok(!files.some((f) => f.includes('/build/')), 'build output is not scanned');
    const sum = snap.estimates.reduce((s, e) => s + (e.current?.monthly ?? 0), 0);
    assert.ok(Math.abs(snap.totals.monthly - sum) < 1e-6);
    assert.equal(snap.totals.calls, snap.estimates.length);
    assert.ok(snap.totals.unpriced >= 2, 'the unknown model and the call without a model');
    const monthly = snap.files.map((f) => f.monthly);
    assert.deepEqual(monthly, [...monthly].sort((a, b) => b - a), 'files sorted by monthly cost');
  });

  it('shows totals, files, providers and calls in the tree', async () => {
    const api = await testApi();
    const tree = api.reportTree;
    const roots = tree.getChildren();
    const totals = tree.getTreeItem(roots[0]);
    assert.match(String(totals.label), /^Total ≈\$[\d.]+(k|M)?\/mo as written$/);
    assert.match(String(totals.description), /^\d+ calls in \d+ files · cheapest comparable ≈\$[\d.]+(k|M)?\/mo \(−\d+%\) · \d+ not priced$/);
    const fileNodes = roots.filter((n): n is Extract<ReportNode, { kind: 'file' }> => n.kind === 'file');
    const support = fileNodes.find((n) => n.group.file === 'sample-workspace/src/supportAssistant.ts')!;
    const providers = tree.getChildren(support).map((n) => tree.getTreeItem(n));
    assert.deepEqual(providers.map((p) => String(p.label)).sort(), ['Anthropic', 'DeepSeek', 'OpenAI']);
    const openai = tree.getChildren(support).find((n) => n.kind === 'provider' && n.group.provider === 'openai')!;
    const [call] = tree.getChildren(openai).map((n) => tree.getTreeItem(n));
    assert.equal(call.label, 'gpt-4o · line 27');
    assert.match(String(call.description), /^\$[\d.]+\/call · ≈\$[\d.]+(k|M)?\/mo · −\d+%$/);
    assert.equal(call.command?.command, 'vscode.open');
    const maas = fileNodes.find((n) => n.group.file === 'sample-workspace/src/knowledgeBase.ts')!;
    assert.equal(tree.getTreeItem(tree.getChildren(maas)[0]).label, 'Huawei MaaS (Ascend)');
    const notebook = fileNodes.find((n) => n.group.file === 'notebook.ipynb')!;
    const nbCall = tree.getTreeItem(tree.getChildren(tree.getChildren(notebook)[0])[0]);
    assert.match(String(nbCall.label), /^deepseek-v4-(flash|pro) · cell 3, line 1$/, 'a notebook is analysed as a whole, as in the editor');
  });

  it('updates one file at a time after edits, saves and new files (debounced)', async function () {
    this.timeout(30_000);
    const api = await testApi();
    const before = api.report.incrementalUpdates;
    const file = workspaceFile('added.py');
    fs.writeFileSync(file.fsPath, 'from openai import OpenAI\nclient = OpenAI()\nclient.chat.completions.create(model="gpt-4o", messages=[])\n');
    await waitFor('the new file in the report', () => api.report.snapshot().files.some((f) => f.file === 'added.py'), 15_000);
    assert.equal(api.report.incrementalUpdates, before + 1, 'only the new file was analysed');

    const doc = await vscode.workspace.openTextDocument(file);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((e) => e.replace(doc.lineAt(2).range, 'client.chat.completions.create(model="gpt-4o-mini", messages=[])'));
    await editor.edit((e) => e.insert(new vscode.Position(3, 0), 'client.chat.completions.create(model="gpt-4.1", messages=[])\n'));
    const models = (): string[] => api.report.snapshot().estimates.filter((e) => e.call.file === 'added.py').map((e) => e.call.model ?? '');
    await waitFor('the edited calls', () => models().join() === 'gpt-4o-mini,gpt-4.1', 15_000);
    assert.ok(api.report.incrementalUpdates - before <= 3, `two quick edits are debounced (${api.report.incrementalUpdates - before} updates)`);
    await doc.save();
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    fs.rmSync(file.fsPath);
    await waitFor('the deleted file gone', () => !api.report.snapshot().files.some((f) => f.file === 'added.py'), 15_000);
  });

  it('re-prices without scanning again when the currency changes', async () => {
    const api = await testApi();
    const updates = api.report.incrementalUpdates;
    await llmCostConfig().update('currency', 'CNY', vscode.ConfigurationTarget.Workspace);
    await waitFor('CNY totals', () => api.report.snapshot().totals.currency === 'CNY');
    assert.match(String(api.reportTree.getTreeItem(api.reportTree.getChildren()[0]).label), /^Total ≈¥/);
    assert.equal(api.report.incrementalUpdates, updates, 'no file parsed again');
  });

  it('a cancelled scan keeps what it found and says it is partial', async () => {
    const api = await testApi();
    const source = new vscode.CancellationTokenSource();
    source.cancel();
    const outcome = await api.report.scan(source.token);
    assert.equal(outcome.cancelled, true);
    assert.equal(api.report.snapshot().partial, true);
    assert.match(String(api.reportTree.getTreeItem(api.reportTree.getChildren()[0]).label), /\(partial scan\)$/);
    const again = await api.report.scan();
    assert.equal(again.cancelled, false);
    assert.ok(again.calls > 10);
  });

  it('exports Markdown, CSV and JSON without any API key', async () => {
    const api = await testApi();
    await vscode.commands.executeCommand(Commands.setApiKey, 'openai', STORED_KEY);
    const dir = fs.mkdtempSync(path.join(workspaceFile('').fsPath, 'export-'));
    const texts: Record<string, string> = {};
    for (const [format, ext] of [['markdown', 'md'], ['csv', 'csv'], ['json', 'json']] as const) {
      const target = path.join(dir, `report.${ext}`);
      const written = await vscode.commands.executeCommand<string>(Commands.exportReport, format, target);
      assert.equal(vscode.Uri.parse(written).fsPath, target);
      texts[format] = fs.readFileSync(target, 'utf8');
      assert.ok(!texts[format].includes(STORED_KEY) && !texts[format].includes(ENV_KEY), `${format} holds no key`);
    }
    const calls = api.report.snapshot().estimates.length;
    assert.match(texts.markdown, /^# LLM calls and their cost\n/);
    assert.ok(texts.markdown.includes('sample-workspace/src/supportAssistant.ts:27:'));
    assert.ok(texts.csv.startsWith('file,cell,line,column,language,family,model,provider'));
    const json = JSON.parse(texts.json) as { calls: { file: string; line: number }[]; currency: string };
    assert.equal(json.calls.length, calls);
    assert.ok(json.calls.some((c) => c.file === 'notebook.ipynb'));
  });

  it('Show Price Table opens the prices of every enabled host', async () => {
    const shown = await vscode.commands.executeCommand<string>(Commands.showPriceTable);
    const text = (await vscode.workspace.openTextDocument(vscode.Uri.parse(shown))).getText();
    assert.match(text, /^# LLM Cost — price table/);
    assert.match(text, /\n## DeepSeek/);
    assert.match(text, /\| \*\*Ascend\*\* \|/);
    await llmCostConfig().update('enabledProviders', ['openai'], vscode.ConfigurationTarget.Workspace);
    const only = await waitFor('only OpenAI', async () => {
      const t = (await vscode.workspace.openTextDocument(vscode.Uri.parse(await vscode.commands.executeCommand<string>(Commands.showPriceTable)))).getText();
      return !t.includes('## DeepSeek') ? t : undefined;
    });
    assert.match(only, /\n## OpenAI/);
  });
});
