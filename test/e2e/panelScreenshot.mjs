#!/usr/bin/env node
// Browser test of the prompt panel: opens the sample workspace in VS Code 1.139 (code-server) in
// headless Chromium, opens "LLM Cost: Open Prompt Runner" from the Command Palette, types a prompt
// into the webview, ticks two hosts and presses Run against a local DeepSeek-style SSE server
// started here (reasoning_content + DeepSeek usage fields), reads the result cards back from the
// page and saves out/screenshots/panel.png (copied to media/screenshots/panel.png for the README).
// Then it starts a slow run, reloads the window mid-stream, and checks that the restored panel
// shows the run as "interrupted (window reloaded)" with its partial output (panel-reloaded.png).
// Usage: node test/e2e/panelScreenshot.mjs [--out=DIR] [--no-reload]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { buildExtension } from '../../scripts/build-extension.mjs';
import { launchChromium } from '../support/vscode/chromium.mjs';
import { startCodeServer } from '../support/vscode/codeServer.mjs';
import { REPO_ROOT } from '../support/vscode/runtimePaths.mjs';
import { copyWorkspace, removeScratchDir } from '../support/vscode/scratchDir.mjs';
import { waitForEditor } from '../support/vscode/workbenchDom.mjs';
import { remoteUri, workbenchUrl } from '../support/vscode/workbenchUrl.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const outDir = path.resolve(arg('out') ?? path.join(REPO_ROOT, 'out', 'screenshots'));
const KEY = 'sk-e2e-panel-3c9d51f0a7';
const started = Date.now();
const report = { checks: {}, screenshots: [] };

/** A DeepSeek-style streaming server: reasoning_content, then content, then usage with cache fields. */
async function startFakeDeepSeek() {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw || '{}');
    requests.push({ at: Date.now(), auth: req.headers.authorization, model: body.model, includeUsage: body.stream_options?.include_usage });
    const slow = JSON.stringify(body.messages ?? '').includes('slowly');
    const chunk = (delta, extra = {}) => `data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1764400000, model: body.model, choices: [{ index: 0, delta, finish_reason: null }], ...extra })}\n\n`;
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const pause = (ms) => new Promise((r) => setTimeout(r, ms));
    const reasoning = ['The user asks why ', 'the sky is blue: ', 'Rayleigh scattering ', 'goes as 1/λ⁴.'];
    const answer = slow
      ? Array.from({ length: 400 }, (_, i) => `word${i} `)
      : ['Sunlight is scattered ', 'by air molecules, ', 'and short (blue) wavelengths ', 'scatter about five times ', 'more than red ones, ', 'so the sky looks blue.'];
    for (const text of reasoning) { res.write(chunk({ content: null, reasoning_content: text })); await pause(40); }
    for (const text of answer) {
      if (res.destroyed) return;
      res.write(chunk({ content: text }));
      await pause(slow ? 100 : 40);
    }
    res.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1764400000, model: body.model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
    const usage = { prompt_tokens: 1200, completion_tokens: 96, total_tokens: 1296, prompt_cache_hit_tokens: 1024, prompt_cache_miss_tokens: 176, prompt_tokens_details: { cached_tokens: 1024 }, completion_tokens_details: { reasoning_tokens: 31 } };
    res.write(`data: ${JSON.stringify({ id: 'c1', object: 'chat.completion.chunk', created: 1764400000, model: body.model, choices: [], usage })}\n\n`);
    res.end('data: [DONE]\n\n');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, requests, close: () => { server.closeAllConnections(); server.close(); } };
}

/** The frame of the prompt panel's page (webviews are nested iframes). */
async function panelFrame(page, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frame.$('#app .prompt-input').catch(() => null)) return frame;
    }
    await page.waitForTimeout(250);
  }
  throw new Error('the prompt panel did not open');
}

/** CSP violations the page has reported so far (the Reporting API keeps them buffered). */
function cspReports(frame) {
  return frame.evaluate(() => new Promise((resolve) => {
    const observer = new ReportingObserver((reports) => resolve(reports.map((r) => `${r.body.effectiveDirective}: ${r.body.blockedURL}`)), { types: ['csp-violation'], buffered: true });
    observer.observe();
    setTimeout(() => resolve([]), 1_000);
  }));
}

/** Runs a command from the Command Palette; retries while the workbench is still loading contributions. */
async function runCommand(page, title) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 5_000 });
      await page.keyboard.press('Enter');
      return;
    } catch (err) {
      if (attempt >= 5) throw err;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1_000);
    }
  }
}

async function shoot(page, name) {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file });
  report.screenshots.push(path.relative(REPO_ROOT, file));
  return file;
}

await buildExtension();
fs.mkdirSync(outDir, { recursive: true });
const fake = await startFakeDeepSeek();
const providerSettings = {
  'llmCost.providers.deepseek.baseUrl': fake.url,
  'llmCost.providers.siliconflow-cn.baseUrl': `${fake.url}/v1`,
};
const workspace = copyWorkspace(path.join(REPO_ROOT, 'test', 'fixtures', 'sample-workspace'));
const server = await startCodeServer({
  settings: { ...providerSettings, 'workbench.activityBar.location': 'hidden', 'workbench.sideBar.location': 'left', 'window.zoomLevel': 0 },
  // Keys reach the extension through its environment fallback, as a user's shell would pass them.
  env: { DEEPSEEK_API_KEY: KEY, SILICONFLOW_API_KEY: KEY },
});
// Machine-scoped settings (base URLs) are read from the server's machine settings in a remote window.
fs.mkdirSync(path.join(server.dir, 'user-data', 'Machine'), { recursive: true });
fs.writeFileSync(path.join(server.dir, 'user-data', 'Machine', 'settings.json'), JSON.stringify(providerSettings, null, 2));
const browser = await launchChromium({ width: 1600, height: 1000 });
let ok = false;
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  const devPayload = [['extensionDevelopmentPath', remoteUri(server.port, REPO_ROOT)], ['skipWelcome', 'true']];
  await page.goto(workbenchUrl(server.origin, workspace, [...devPayload, ['openFile', remoteUri(server.port, path.join(workspace, 'src', 'supportAssistant.ts'))]]));
  await waitForEditor(page);
  await page.keyboard.press('Control+B'); // hide the side bar: room for two result cards
  await runCommand(page, 'LLM Cost: Open Prompt Runner');
  let frame = await panelFrame(page);
  await frame.locator('input[data-provider="deepseek"][data-model="deepseek-v4-flash"]').waitFor({ timeout: 20_000 });
  // Bad input: a message beside the field, nothing sent, nothing typed lost.
  await frame.fill('textarea.prompt-input', '');
  await frame.click('.actions button:has-text("Run")');
  const promptError = await frame.locator('.field-error[data-field="prompt"]').innerText();
  await frame.fill('textarea.prompt-input', 'Why is the sky blue? Answer in two sentences.');
  await frame.fill('input[aria-label="Max tokens"]', '12x');
  await frame.click('.actions button:has-text("Run")');
  const maxTokensError = await frame.locator('.field-error[data-field="maxTokens"]').innerText();
  report.checks.badInputExplained = promptError === 'Enter a prompt.' && maxTokensError.startsWith('Max tokens must be a whole number') &&
    (await frame.inputValue('textarea.prompt-input')).startsWith('Why is the sky blue?') && (await frame.inputValue('input[aria-label="Max tokens"]')) === '12x' &&
    fake.requests.length === 0;
  await frame.fill('input[aria-label="Max tokens"]', '');
  await frame.check('input[data-provider="deepseek"][data-model="deepseek-v4-flash"]');
  await frame.click('details.target-group[data-provider="siliconflow-cn"] > summary');
  await frame.check('input[data-provider="siliconflow-cn"][data-model="deepseek-ai/DeepSeek-V3.2"]');
  await frame.click('details.target-group[data-provider="siliconflow-cn"] > summary'); // fold it again
  const clickedAt = Date.now();
  await frame.click('.actions button:has-text("Run")');
  await frame.locator('.run-card[data-status="done"]').nth(1).waitFor({ timeout: 60_000 });
  const cards = await frame.locator('.run-card').evaluateAll((nodes) => nodes.map((n) => ({
    label: n.querySelector('.run-label')?.textContent, status: n.dataset.status,
    output: n.querySelector('.output')?.textContent, reasoning: n.querySelector('.reasoning-text')?.textContent,
    metrics: n.querySelector('.metrics')?.innerText, error: n.querySelector('.run-error')?.hidden ? '' : n.querySelector('.run-error')?.textContent,
  })));
  report.cards = cards;
  // The strict CSP must not have blocked anything the page does (zod, for one, must run jitless).
  report.cspViolations = await cspReports(frame);
  report.checks.noCspViolations = report.cspViolations.length === 0;
  report.requestDelaysMs = fake.requests.map((r) => r.at - clickedAt);
  report.checks.twoRunsDone = cards.length === 2 && cards.every((c) => c.status === 'done' && c.output.includes('so the sky looks blue.'));
  report.checks.reasoningApart = cards.every((c) => c.reasoning?.startsWith('The user asks why') && !c.output.includes('Rayleigh'));
  report.checks.usageAndCost = cards.every((c) => /100 \(1,024 cached\)|1,200 \(1,024 cached\)/.test(c.metrics) && /Actual cost\s+[$¥]\d/.test(c.metrics) && /Estimate\s+[$¥]\d/.test(c.metrics));
  report.checks.keySentNotShown = fake.requests.every((r) => r.auth === `Bearer ${KEY}` && r.includeUsage === true) &&
    !(await Promise.all(page.frames().map((f) => f.content().catch(() => '')))).some((html) => html.includes(KEY));
  await frame.locator('.reasoning').first().evaluate((d) => { d.open = true; });
  await frame.locator('.runs').evaluate((n) => n.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(400);
  const shot = await shoot(page, 'panel.png');
  fs.mkdirSync(path.join(REPO_ROOT, 'media', 'screenshots'), { recursive: true });
  fs.copyFileSync(shot, path.join(REPO_ROOT, 'media', 'screenshots', 'panel.png'));

  if (!process.argv.includes('--no-reload')) {
    // A reload in the middle of a run: the restored panel must show what had arrived, marked interrupted.
    await frame.click('details.target-group[data-provider="siliconflow-cn"] > summary');
    await frame.uncheck('input[data-provider="siliconflow-cn"][data-model="deepseek-ai/DeepSeek-V3.2"]');
    await frame.fill('textarea.prompt-input', 'Count slowly to four hundred.');
    await frame.click('.actions button:has-text("Run")');
    await frame.locator('.run-card .output', { hasText: 'word12 ' }).waitFor({ timeout: 30_000 });
    // Reload the window (the same workbench without the `openFile` request, which would take the
    // place of the restored editors): VS Code restores the panel through its serializer.
    await page.goto(workbenchUrl(server.origin, workspace, devPayload));
    await waitForEditor(page);
    frame = await panelFrame(page, 60_000);
    const interrupted = frame.locator('.run-card[data-status="interrupted"]');
    await interrupted.waitFor({ timeout: 30_000 });
    const text = await interrupted.first().innerText();
    report.checks.interruptedAfterReload = text.includes('interrupted (window reloaded)') && /word0 word1 word2/.test(text);
    report.checks.historyKept = (await frame.locator('.history-item').count()) >= 2 &&
      (await frame.locator('.history-item', { hasText: 'interrupted' }).count()) >= 1;
    await shoot(page, 'panel-reloaded.png');
  }
  ok = Object.values(report.checks).every(Boolean);
} catch (err) {
  report.error = err.message;
  await browser.pages()[0]?.screenshot({ path: path.join(outDir, 'panel-failure.png') }).catch(() => {});
} finally {
  await browser.close();
  await server.stop();
  fake.close();
  removeScratchDir(path.dirname(workspace));
}
report.seconds = Number(((Date.now() - started) / 1000).toFixed(1));
console.log(JSON.stringify(report, null, 2));
if (!ok) console.error('e2e panel: a check failed');
process.exit(ok ? 0 : 1);
