// Entry of the integration tests: VS Code's extension host requires this file (extensionTestsPath)
// and awaits run(). Mocha is loaded from the repository's node_modules at run time.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';

/** The activation test must see the extension before anything else activates it. */
const FIRST = 'activation.test.js';

/** Runs every compiled *.test.js next to this file; rejects when a test fails. */
export async function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', color: false, reporter: 'spec', timeout: 20_000, grep: process.env.LLM_COST_TEST_GREP });
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'))
    .sort((a, b) => Number(b === FIRST) - Number(a === FIRST) || a.localeCompare(b));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      // The browser-side log forwarding can lose lines; the runner script reads the counts from here.
      const resultFile = process.env.LLM_COST_TEST_RESULT;
      if (resultFile) {
        const stats = runner.stats ?? { passes: 0, failures, pending: 0 };
        fs.writeFileSync(resultFile, JSON.stringify({ passes: stats.passes, failures: stats.failures, pending: stats.pending }));
      }
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
