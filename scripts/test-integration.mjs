#!/usr/bin/env node
// Builds the extension and its integration tests, runs them in the extension host of a real
// VS Code 1.139 (code-server + headless Chromium, see scripts/install-vscode-runtime.sh), prints
// "N passed, N failed" and exits non-zero on any failure or timeout.
// Usage: node scripts/test-integration.mjs [--grep=<pattern>] [--timeout=<ms>] [--verbose]
import fs from 'node:fs';
import path from 'node:path';
import { buildExtension } from './build-extension.mjs';
import { buildIntegrationTests } from './build-integration-tests.mjs';
import { REPO_ROOT, assertRuntimeInstalled } from '../test/support/vscode/runtimePaths.mjs';
import { runExtensionTests } from '../test/support/vscode/runExtensionTests.mjs';
import { copyWorkspace, makeScratchDir, removeScratchDir } from '../test/support/vscode/scratchDir.mjs';

const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

try {
  assertRuntimeInstalled();
} catch (err) {
  console.error(err.message);
  process.exit(2);
}

await buildExtension();
const testsEntry = await buildIntegrationTests();
console.log(`[${seconds()}s] built dist/extension.js and ${path.relative(REPO_ROOT, testsEntry)}`);

const workspace = copyWorkspace(path.join(REPO_ROOT, 'test', 'integration', 'workspace'));
const resultDir = makeScratchDir('result-');
const resultFile = path.join(resultDir, 'result.json');
let outcome;
try {
  outcome = await runExtensionTests({
    extensionDevelopmentPath: REPO_ROOT,
    extensionTestsPath: testsEntry,
    workspace,
    timeoutMs: Number(arg('timeout') ?? 240_000),
    failureScreenshot: path.join(REPO_ROOT, 'out', 'screenshots', 'integration-timeout.png'),
    env: {
      LLM_COST_TEST_RESULT: resultFile,
      // apiKeys.test.ts checks the environment fallback with this (every real key is scrubbed).
      ANTHROPIC_API_KEY: 'sk-ant-from-environment',
      ...(arg('grep') ? { LLM_COST_TEST_GREP: arg('grep') } : {}),
    },
  });
} finally {
  removeScratchDir(path.dirname(workspace));
}

let counts;
try {
  counts = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
} catch {
  counts = undefined;
}
removeScratchDir(resultDir);
console.log(`[${seconds()}s] extension host exited with ${outcome.exitCode}${outcome.timedOut ? ' (timeout)' : ''}`);
if (!counts) {
  console.log('0 passed, 1 failed (the tests reported no result)');
  process.exit(1);
}
console.log(`${counts.passes} passed, ${counts.failures} failed`);
process.exit(outcome.exitCode === 0 && counts.failures === 0 && counts.passes > 0 ? 0 : 1);
