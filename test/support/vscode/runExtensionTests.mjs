// Runs an extension's tests in code-server's real Node extension host, the way VS Code's own
// test/integration/browser does: the workbench loads extensionDevelopmentPath and runs
// extensionTestsPath, then calls window.codeAutomationExit(code) when that extension host exits.
import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { launchChromium } from './chromium.mjs';
import { startCodeServer } from './codeServer.mjs';
import { remoteUri, workbenchUrl } from './workbenchUrl.mjs';

// Offline noise from the workbench that says nothing about the tests.
const NOISE = /getaddrinfo ENOTFOUND|gallery as it is disabled|Failed to fetch|net::ERR_|authentication provider 'github'/;

/**
 * @param {{
 *   extensionDevelopmentPath: string,
 *   extensionTestsPath: string,
 *   workspace?: string,
 *   env?: Record<string, string>,
 *   settings?: object,
 *   timeoutMs?: number,
 *   failureScreenshot?: string,
 *   log?: (line: string) => void,
 * }} options
 * @returns {Promise<{ exitCode: number, timedOut: boolean }>} exitCode 0 = every test passed
 */
export async function runExtensionTests(options) {
  const log = options.log ?? ((line) => console.log(line));
  const server = await startCodeServer({ env: options.env, settings: options.settings });
  const browser = await launchChromium();
  try {
    const page = browser.pages()[0] ?? await browser.newPage();
    const exited = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
      void page.exposeFunction('codeAutomationLog', (_type, args) => {
        const text = util.format(...args);
        if (!NOISE.test(text)) log(text);
      });
      page.on('crash', () => { log('[chromium] page crashed'); resolve(1); });
    });
    page.on('pageerror', (e) => log(`[pageerror] ${e.message}`));
    const payload = [
      ['extensionDevelopmentPath', remoteUri(server.port, options.extensionDevelopmentPath)],
      ['extensionTestsPath', remoteUri(server.port, options.extensionTestsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    await page.goto(workbenchUrl(server.origin, options.workspace, payload));
    const timeoutMs = options.timeoutMs ?? 300_000;
    let timer;
    const result = await Promise.race([exited, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), timeoutMs); })]);
    clearTimeout(timer);
    if (result !== 'timeout') return { exitCode: result, timedOut: false };
    log(`extension tests timed out after ${timeoutMs} ms`);
    if (options.failureScreenshot) {
      fs.mkdirSync(path.dirname(options.failureScreenshot), { recursive: true });
      await page.screenshot({ path: options.failureScreenshot }).catch(() => {});
      log(`screenshot of the stuck workbench: ${options.failureScreenshot}`);
    }
    return { exitCode: 1, timedOut: true };
  } finally {
    await browser.close();
    await server.stop();
  }
}
