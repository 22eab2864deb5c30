#!/usr/bin/env node
// Browser smoke test: opens a workspace in VS Code 1.139 (code-server) in headless Chromium with the
// extension loaded, reads the status bar item and any CodeLens from the page, saves PNG screenshots
// to out/screenshots/, then writes a malformed setting and reads the warning toast that names it.
// Usage: node test/e2e/screenshot.mjs [--workspace=DIR] [--file=REL/PATH] [--out=DIR]
// Exits non-zero when the status bar item or the settings warning does not show.
import fs from 'node:fs';
import path from 'node:path';
import { buildExtension } from '../../scripts/build-extension.mjs';
import { launchChromium } from '../support/vscode/chromium.mjs';
import { startCodeServer } from '../support/vscode/codeServer.mjs';
import { REPO_ROOT } from '../support/vscode/runtimePaths.mjs';
import { copyWorkspace, removeScratchDir } from '../support/vscode/scratchDir.mjs';
import { readCodeLenses, readStatusBarItem, waitForEditor, waitForNotification } from '../support/vscode/workbenchDom.mjs';
import { remoteUri, workbenchUrl } from '../support/vscode/workbenchUrl.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const STATUS_ITEM = 'llm-cost-lens.llm-cost-lens.llmCost.status';
const sampleWorkspace = path.join(REPO_ROOT, 'test', 'fixtures', 'sample-workspace');
const sourceWorkspace = path.resolve(arg('workspace') ??
  (fs.existsSync(sampleWorkspace) ? sampleWorkspace : path.join(REPO_ROOT, 'test', 'integration', 'workspace')));
const outDir = path.resolve(arg('out') ?? path.join(REPO_ROOT, 'out', 'screenshots'));
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
const file = arg('file') ?? firstSourceFile(workspace);
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
  report.codeLenses = await readCodeLenses(page);
  await page.waitForTimeout(500); // let the editor finish its layout before the picture
  const editorShot = path.join(outDir, 'editor.png');
  await page.screenshot({ path: editorShot });
  report.screenshots.push(path.relative(REPO_ROOT, editorShot));

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
const ok = Boolean(report.statusBar?.includes('deepseek')) && Boolean(report.settingsWarning?.includes('llmCost.currency'));
if (!ok) console.error('e2e: status bar item or settings warning missing');
process.exit(ok ? 0 : 1);
