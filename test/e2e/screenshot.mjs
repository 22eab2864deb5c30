#!/usr/bin/env node
// Browser smoke test: opens a workspace (default: a scratch copy of test/fixtures/sample-workspace)
// in VS Code 1.139 (code-server) in headless Chromium with the extension loaded, waits for the cost
// lenses, reads their text and the status bar item from the page, hovers a call to show the
// comparison table, saves PNG screenshots to out/screenshots/ (codelens.png, hover.png; the lens
// picture is also copied to media/screenshots/codelens.png for the README), then writes a malformed
// setting and reads the warning that names it.
// Usage: node test/e2e/screenshot.mjs [--workspace=DIR] [--file=REL/PATH] [--out=DIR]
// Exits non-zero when the lenses (a $ cost and a comparison), the hover table, the status bar item
// or the settings warning do not show.
import fs from 'node:fs';
import path from 'node:path';
import { buildExtension } from '../../scripts/build-extension.mjs';
import { launchChromium } from '../support/vscode/chromium.mjs';
import { startCodeServer } from '../support/vscode/codeServer.mjs';
import { REPO_ROOT } from '../support/vscode/runtimePaths.mjs';
import { copyWorkspace, removeScratchDir } from '../support/vscode/scratchDir.mjs';
import { readCodeLenses, readStatusBarItem, waitForEditor, waitForNotification } from '../support/vscode/workbenchDom.mjs';
import { hoverText, markdownPreviewText, openCallsView, runFromPalette, waitForCostLenses } from './costLenses.mjs';
import { remoteUri, workbenchUrl } from '../support/vscode/workbenchUrl.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const STATUS_ITEM = 'llm-cost-lens.llm-cost-lens.llmCost.status';
const sampleWorkspace = path.join(REPO_ROOT, 'test', 'fixtures', 'sample-workspace');
const sourceWorkspace = path.resolve(arg('workspace') ??
  (fs.existsSync(sampleWorkspace) ? sampleWorkspace : path.join(REPO_ROOT, 'test', 'integration', 'workspace')));
const outDir = path.resolve(arg('out') ?? path.join(REPO_ROOT, 'out', 'screenshots'));
/** The sample workspace's showcase: three calls on three hosts, each with a cheaper comparable offer. */
const SHOWCASE = 'src/supportAssistant.ts';
const readmeShot = path.join(REPO_ROOT, 'media', 'screenshots', 'codelens.png');
const started = Date.now();

/** First .py/.ts/.tsx/.js file of the workspace in path order (dependencies and builds skipped). */
function firstSourceFile(dir, rel = '') {
  for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const child = path.join(rel, entry.name);
    if (entry.isDirectory() && !/^(\.|node_modules$|build$|dist$|out$)/.test(entry.name)) {
      const found = firstSourceFile(dir, child);
      if (found) return found;
    } else if (entry.isFile() && /\.(py|tsx?|jsx?)$/.test(entry.name)) {
      return child;
    }
  }
  return undefined;
}

await buildExtension();
fs.mkdirSync(outDir, { recursive: true });
const workspace = copyWorkspace(sourceWorkspace);
const file = arg('file') ?? (fs.existsSync(path.join(workspace, SHOWCASE)) ? SHOWCASE : firstSourceFile(workspace));
if (!file) throw new Error(`no source file in ${sourceWorkspace}`);
const server = await startCodeServer();
const browser = await launchChromium();
const report = { workspace: path.relative(REPO_ROOT, sourceWorkspace), file, screenshots: [] };
try {
  const page = browser.pages()[0] ?? await browser.newPage();
  await page.goto(workbenchUrl(server.origin, workspace, [
    ['extensionDevelopmentPath', remoteUri(server.port, REPO_ROOT)],
    ['openFile', remoteUri(server.port, path.join(workspace, file))],
    ['skipWelcome', 'true'],
  ]));
  await waitForEditor(page);
  report.statusBar = await readStatusBarItem(page, STATUS_ITEM);
  report.codeLenses = await waitForCostLenses(page);
  if (!report.codeLenses.length) report.codeLenses = await readCodeLenses(page);
  // The folder tree makes room for the "LLM Calls" view, which scans the workspace when it opens.
  await page.locator('.pane-header', { hasText: path.basename(workspace) }).first().click().catch(() => {});
  report.callsView = await openCallsView(page);
  await page.waitForTimeout(500); // let the editor finish its layout before the picture
  const lensShot = path.join(outDir, 'codelens.png');
  await page.screenshot({ path: lensShot });
  report.screenshots.push(path.relative(REPO_ROOT, lensShot));
  if (report.codeLenses.length) {
    fs.mkdirSync(path.dirname(readmeShot), { recursive: true });
    fs.copyFileSync(lensShot, readmeShot);
    report.screenshots.push(path.relative(REPO_ROOT, readmeShot));
  }

  report.hover = await hoverText(page);
  const hoverShot = path.join(outDir, 'hover.png');
  await page.screenshot({ path: hoverShot });
  report.screenshots.push(path.relative(REPO_ROOT, hoverShot));
  await page.keyboard.press('Escape');

  await runFromPalette(page, 'LLM Cost: Show Price Table');
  report.priceTable = (await markdownPreviewText(page, 'price table'))?.split('\n').slice(0, 6).join('\n') ?? null;
  const tableShot = path.join(outDir, 'price-table.png');
  await page.screenshot({ path: tableShot });
  report.screenshots.push(path.relative(REPO_ROOT, tableShot));

  // A malformed workspace setting must produce a visible warning that names it. The workspace is
  // a scratch copy; settings.json may be JSONC, so the entry goes in right after its opening brace.
  const settingsFile = path.join(workspace, '.vscode', 'settings.json');
  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  const before = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : '{}';
  fs.writeFileSync(settingsFile, before.replace('{', '{\n  "llmCost.currency": "EUR",'));
  report.settingsWarning = await waitForNotification(page, 'llmCost.currency');
  const warningShot = path.join(outDir, 'settings-warning.png');
  await page.screenshot({ path: warningShot });
  report.screenshots.push(path.relative(REPO_ROOT, warningShot));
} finally {
  await browser.close();
  await server.stop();
  removeScratchDir(path.dirname(workspace));
}
report.seconds = Number(((Date.now() - started) / 1000).toFixed(1));
console.log(JSON.stringify(report, null, 2));
const lensesOk = report.codeLenses.some((t) => /[$¥]\d/.test(t) && /\/call/.test(t)) &&
  report.codeLenses.some((t) => /\u2212\d+%|compare: |none cheaper/.test(t));
const hoverOk = /Per call/.test(report.hover ?? '') && /Source/.test(report.hover ?? '');
const tableOk = /LLM Cost — price table/.test(report.priceTable ?? '');
if (!tableOk) console.error('e2e: the price table preview did not show');
const viewOk = report.callsView.some((t) => /^Total ≈[$¥]/.test(t));
if (!viewOk) console.error('e2e: the "LLM Calls" view showed no totals');
const ok = lensesOk && hoverOk && viewOk && tableOk && Boolean(report.statusBar?.includes('deepseek')) && Boolean(report.settingsWarning?.includes('llmCost.currency'));
if (!lensesOk) console.error('e2e: no cost lens with a $ cost and a comparison');
if (!hoverOk) console.error('e2e: the hover with the comparison table did not show');
if (!ok) console.error('e2e: status bar item or settings warning missing');
process.exit(ok ? 0 : 1);
