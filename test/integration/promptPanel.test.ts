import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as vscode from 'vscode';
import { loadCatalog } from '../../src/core/catalog/loadCatalog';
import { Commands } from '../../src/extension/commands';
import { PROMPT_PANEL_VIEW_TYPE } from '../../src/extension/panel/promptPanel';
import { historyFilesIn } from '../../src/extension/runner/historyFiles';
import { RunHistory, STALE_AFTER_MS } from '../../src/extension/runner/runHistory';
import { formatSpend } from '../../src/extension/status/formatSpend';
import type { LlmCostTestApi } from '../../src/extension/testApi';
import { priceRun } from '../../src/providers/runCost';
import { FakeHttpServer } from '../support/fakeHttpServer';
import { deepseekUsage, errorResponder, sseResponder } from '../support/openAiWire';
import { llmCostConfig, testApi, waitFor, workspaceFile } from './helpers';
import { PostedMessages, panelReady, sessionRun, snapshotWhen } from './panelHelpers';

const Global = vscode.ConfigurationTarget.Global;
const DEEPSEEK_KEY = 'sk-integration-deepseek-5f2a9c7e1b';
const OPENAI_KEY = 'sk-integration-openai-wrong-8d3e';
const PROMPT = 'Why is the sky blue? Answer in one sentence.';
const DEEPSEEK = { provider: 'deepseek', model: 'deepseek-v4-flash' } as const;

describe('prompt panel (webview) against local provider servers', function () {
  this.timeout(90_000);
  let api: LlmCostTestApi;
  let deepseek: FakeHttpServer;
  let openai: FakeHttpServer;
  let posted: PostedMessages;
  let firstSessionId = '';

  before(async () => {
    api = await testApi();
    deepseek = await FakeHttpServer.start();
    openai = await FakeHttpServer.start();
    await llmCostConfig().update('providers.deepseek.baseUrl', deepseek.url, Global);
    await llmCostConfig().update('providers.openai.baseUrl', `${openai.url}/v1`, Global);
    await waitFor('the local base URLs', () => api.settings.current['providers.deepseek.baseUrl'] === deepseek.url && api.settings.current['providers.openai.baseUrl'] === `${openai.url}/v1`);
    await vscode.commands.executeCommand(Commands.setApiKey, 'deepseek', DEEPSEEK_KEY);
    await vscode.commands.executeCommand(Commands.setApiKey, 'openai', OPENAI_KEY);
    posted = new PostedMessages(api);
  });

  after(async () => {
    posted.dispose();
    api.prompt.panels.panel?.dispose();
    await api.prompt.service.clearHistory(true);
    for (const key of ['providers.deepseek.baseUrl', 'providers.openai.baseUrl', 'defaultProvider', 'defaultModel']) await llmCostConfig().update(key, undefined, Global);
    await vscode.commands.executeCommand(Commands.clearApiKey, 'deepseek');
    await vscode.commands.executeCommand(Commands.clearApiKey, 'openai');
    api.spend.reset();
    await deepseek.close();
    await openai.close();
  });

  it('round trip: Run Prompt streams DeepSeek (reasoning apart, usage, cost, estimate) while a 401 from OpenAI names its key source', async () => {
    deepseek.respond(sseResponder({ reasoning: ['Sunlight ', 'scatters.'], content: ['Blue ', 'light ', 'scatters most.'], usage: deepseekUsage(64, 36, 40, 12), delayMs: 30 }));
    openai.respond(errorResponder(401, 'Incorrect API key provided.'));
    const from = posted.mark();
    assert.equal(await vscode.commands.executeCommand(Commands.runPrompt, PROMPT, { targets: [DEEPSEEK, { provider: 'openai', model: 'gpt-4o' }] }), true);
    const session = await sessionRun(api, posted, from);
    firstSessionId = session.id;
    assert.ok(posted.all.slice(from).some((m) => m.type === 'run/delta'), 'text streamed in as deltas');

    // What the webview shows, read back from its DOM.
    const snap = await api.prompt.panels.requestSnapshot();
    assert.equal(snap.prompt, PROMPT);
    const [ok, failed] = snap.runs;
    console.log(`panel shows: ${JSON.stringify(ok)}`);
    assert.equal(ok?.label, 'DeepSeek · deepseek-v4-flash');
    assert.equal(ok?.status, 'done');
    assert.equal(ok?.output, 'Blue light scatters most.');
    assert.equal(ok?.reasoning, 'Sunlight scatters.');
    const run = session.runs[0]!;
    const expected = priceRun(loadCatalog(), { provider: 'deepseek', model: DEEPSEEK.model, startedAt: new Date(session.startedAt), output: '', reasoning: '', usage: run.usage, finishReason: 'stop', timings: { ttftMs: 0, totalMs: 0 }, error: null, incomplete: false, notes: [] }, 'USD');
    assert.ok(expected.cost !== null && expected.cost > 0);
    assert.equal(run.cost, expected.cost);
    for (const text of ['TTFT', 'Total', 'Input tokens', '100 (64 cached)', 'Output tokens', '40 (12 reasoning)', 'Actual cost', run.costText, 'Price window', `${expected.window} (when the request started)`, 'Estimate', run.estimateText]) {
      assert.ok(ok!.metrics.includes(text), `metrics show "${text}": ${ok!.metrics}`);
    }
    assert.notEqual(run.estimateText, 'none');

    assert.equal(failed?.status, 'failed');
    assert.match(failed!.error, /OpenAI rejected the API key \(HTTP 401/);
    assert.match(failed!.error, /the OpenAI key saved with "LLM Cost: Set API Key…"/);

    // The request carried the stored key, and the session spend reached the status bar.
    assert.equal(deepseek.requests[0]?.headers.authorization, `Bearer ${DEEPSEEK_KEY}`);
    assert.deepEqual((deepseek.requests[0]?.body as { stream_options?: unknown }).stream_options, { include_usage: true });
    assert.deepEqual(api.spend.totals, { runs: 1, byCurrency: { USD: expected.cost, CNY: 0 } });
    await waitFor('spend in the status bar', () => api.statusBar.item.text.endsWith(formatSpend(api.spend.totals, 'USD')));
    assert.ok(!api.statusBar.item.text.endsWith('$0.00'));
  });

  it('cancel stops a streaming run and keeps what had arrived', async () => {
    deepseek.respond(sseResponder({ content: Array.from({ length: 200 }, (_, i) => `t${i} `), delayMs: 40 }));
    const from = posted.mark();
    await vscode.commands.executeCommand(Commands.runPrompt, 'Count slowly.', { targets: [DEEPSEEK] });
    const started = await posted.next(from, 'session', (m) => m.session.runs.some((r) => r.status === 'running'));
    // Cancel once two tokens reached the panel (deltas are batched, so count what they carried).
    const streamed = () => posted.all.slice(from).flatMap((m) => (m.type === 'run/delta' && m.sessionId === started.session.id ? [m.content] : [])).join('');
    await waitFor('two streamed tokens', () => streamed().startsWith('t0 t1 '));
    assert.ok(api.prompt.service.runner.cancel(started.session.id));
    const session = await sessionRun(api, posted, from);
    assert.equal(session.runs[0]!.status, 'cancelled');
    assert.match(session.runs[0]!.output, /^t0 t1 /);
    assert.ok(session.runs[0]!.output.length < 200 * 4);
    const snap = await snapshotWhen(api, 'the cancelled run', (s) => s.runs[0]?.status === 'cancelled');
    assert.equal(snap.runs[0]!.output, session.runs[0]!.output);
    assert.equal(snap.busy, false);
  });

  it('keeps the history when the panel is closed and reopened, on disk, and across a reload mid-run', async () => {
    api.prompt.panels.panel!.dispose();
    assert.equal(api.prompt.panels.panel, undefined);
    await vscode.commands.executeCommand(Commands.openPromptPanel);
    await panelReady(api);
    const snap = await snapshotWhen(api, 'the history list', (s) => s.history.length >= 2);
    assert.ok(snap.history.some((h) => h.startsWith(PROMPT)), snap.history.join('\n'));
    assert.ok(snap.history.some((h) => h.startsWith('Count slowly.') && h.includes('cancelled')));

    // Another window (or this one after a reload) reads the same files.
    const other = new RunHistory(historyFilesIn(api.prompt.service.historyDir), 'another-window');
    await other.load();
    assert.equal(other.get(firstSessionId)?.runs[0]?.output, 'Blue light scatters most.');

    // A reload in the middle of a run: the prompt and partial output are on disk; the next window marks it interrupted.
    deepseek.respond(sseResponder({ content: Array.from({ length: 200 }, (_, i) => `p${i} `), delayMs: 40 }));
    const from = posted.mark();
    await vscode.commands.executeCommand(Commands.runPrompt, 'A long answer, please.', { targets: [DEEPSEEK] });
    const started = await posted.next(from, 'session', (m) => m.session.runs.some((r) => r.status === 'running'));
    const file = path.join(api.prompt.service.historyDir, `${started.session.id}.json`);
    await waitFor('partial output on disk', () => fs.existsSync(file) && JSON.parse(fs.readFileSync(file, 'utf8')).runs[0].output.length > 20);
    const afterReload = new RunHistory(historyFilesIn(api.prompt.service.historyDir), 'window-after-reload', () => Date.now() + STALE_AFTER_MS + 1_000);
    assert.equal((await afterReload.load()).interrupted, 1);
    const cut = afterReload.get(started.session.id)!.runs[0]!;
    assert.equal(cut.status, 'interrupted');
    assert.match(cut.error!.message, /^interrupted \(window reloaded\)/);
    assert.match(cut.output, /^p0 p1 p2 /);
    api.prompt.service.runner.cancel(started.session.id);
    await sessionRun(api, posted, from);
  });

  it('the serializer restores the panel after a reload, with the session it showed and a strict CSP', async () => {
    api.prompt.panels.panel?.dispose();
    const restored = vscode.window.createWebviewPanel(PROMPT_PANEL_VIEW_TYPE, 'restored', vscode.ViewColumn.One, {});
    await api.prompt.serializer.deserializeWebviewPanel(restored, { version: 1, form: { prompt: 'typed before the reload' }, shownSessionId: firstSessionId });
    await panelReady(api);
    assert.equal(api.prompt.panels.panel?.panel, restored);
    const html = restored.webview.html;
    assert.match(html, /default-src 'none'; script-src 'nonce-[A-Za-z0-9+/=]{24}'; style-src /);
    assert.ok(!html.includes('connect-src'));
    const roots = (restored.webview.options.localResourceRoots ?? []).map((u) => path.basename(u.path)).sort();
    assert.deepEqual(roots, ['dist', 'media']);
    const snap = await snapshotWhen(api, 'the restored session', (s) => s.runs.length === 2);
    assert.equal(snap.runs[0]?.output, 'Blue light scatters most.');
    assert.ok(snap.history.length >= 3);
  });

  it('Run Selection as Prompt fills the panel with the selection and runs it; a key echoed by the host is scrubbed', async () => {
    deepseek.respond(sseResponder({ content: ['I was sent ', DEEPSEEK_KEY, '.'], usage: deepseekUsage(0, 12, 6, 0) }));
    const text = 'Translate to French: good morning';
    const doc = await vscode.workspace.openTextDocument({ content: `# notes\n${text}\n`, language: 'markdown' });
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(1, 0, 1, text.length);
    const from = posted.mark();
    assert.equal(await vscode.commands.executeCommand(Commands.runSelection), true);
    const session = await sessionRun(api, posted, from);
    assert.equal(session.params.prompt, text);
    const snap = await snapshotWhen(api, 'the selection\'s run', (s) => s.prompt === text && s.runs[0]?.status === 'done');
    assert.equal(snap.runs[0]?.output, 'I was sent [redacted].');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    assert.equal(await vscode.commands.executeCommand(Commands.runSelection), false, 'nothing selected: nothing run');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('Run This Call\'s Prompt fills the panel with the call\'s visible prompt, model and max tokens, without running', async () => {
    const uri = workspaceFile('sample.py');
    const runsBefore = api.prompt.service.history.items().length;
    assert.equal(await vscode.commands.executeCommand(Commands.runCallPrompt, uri, 6, 37), true);
    const snap = await snapshotWhen(api, 'the call\'s prompt in the panel', (s) => s.prompt === 'Summarize: ');
    assert.deepEqual(snap.targets, ['deepseek · deepseek-flash']);
    assert.ok(snap.notices.some((n) => n.includes('built at run time')), snap.notices.join('|'));
    assert.equal(api.prompt.service.history.items().length, runsBefore, 'nothing was run');
    // The hovers' link form (one CallLocation), the cursor form, and positions without a call.
    assert.equal(await vscode.commands.executeCommand(Commands.runCallPrompt, { uri: uri.toString(), line: 8, column: 10 }), true);
    const editor = await vscode.window.showTextDocument(uri);
    editor.selection = new vscode.Selection(6, 4, 6, 4);
    assert.equal(await vscode.commands.executeCommand(Commands.runCallPrompt), true);
    assert.equal(await vscode.commands.executeCommand(Commands.runCallPrompt, uri, 1, 1), false);
    assert.equal(await vscode.commands.executeCommand(Commands.runCallPrompt, 'not a uri', 0), false);
  });

  it('Choose Provider and Model updates the status bar and the panel\'s default target', async () => {
    const from = posted.mark();
    assert.deepEqual(await vscode.commands.executeCommand(Commands.chooseProviderModel, 'openai', 'gpt-4o'), { provider: 'openai', model: 'gpt-4o' });
    await waitFor('the status bar to show openai · gpt-4o', () => api.statusBar.item.text.includes('openai · gpt-4o'));
    await posted.next(from, 'config', (m) => JSON.stringify(m.config.defaultTargets) === JSON.stringify([{ provider: 'openai', model: 'gpt-4o' }]));
    assert.equal(await vscode.commands.executeCommand(Commands.chooseProviderModel, 'not-a-provider', 'x'), undefined);
  });

  it('exports the history as JSONL without any key, and never posted a key to the webview', async () => {
    const target = vscode.Uri.file(path.join(os.tmpdir(), `llm-cost-export-${Date.now()}.jsonl`));
    const written = await vscode.commands.executeCommand<vscode.Uri>(Commands.exportHistory, target);
    assert.equal(written?.fsPath, target.fsPath);
    const text = fs.readFileSync(target.fsPath, 'utf8');
    fs.rmSync(target.fsPath);
    const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l) as { prompt: string; provider: string; status: string });
    assert.ok(lines.length >= 5, `${lines.length} runs exported`);
    assert.ok(lines.some((l) => l.prompt === PROMPT && l.provider === 'openai' && l.status === 'failed'));
    for (const key of [DEEPSEEK_KEY, OPENAI_KEY]) {
      assert.ok(!text.includes(key), 'no key in the export');
      assert.ok(!JSON.stringify(posted.all).includes(key), 'no key in any message to the webview');
      assert.ok(!text.includes(key.slice(0, 12)), 'not even a prefix of one');
    }
    assert.ok(posted.all.length > 20, `${posted.all.length} messages checked`);
  });
});
