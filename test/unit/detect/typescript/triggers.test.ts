import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mayContainCalls } from '../../../../src/core/detect/prefilter';
import { LANGCHAIN_CLASS_NAMES } from '../../../../src/core/detect/providerHints';
import { CALLEE_NAMES } from '../../../../src/core/detect/typescript/matchers';
import { TYPESCRIPT_TRIGGERS } from '../../../../src/core/detect/typescript/triggers';
import { FIXTURE_DIR, detect } from './detectHelper';

const CORPUS = path.join(__dirname, '../../../fixtures/corpus');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(abs));
    else if (/\.(ts|tsx|js|jsx|mjs|cjs|mts|cts)$/.test(entry.name)) out.push(abs);
  }
  return out;
}

/**
 * The pre-filter must never drop a file the detector finds calls in: every TS/JS fixture with a
 * detected call contains one of TYPESCRIPT_TRIGGERS, and the shipped pre-filter accepts it.
 */
describe('TS/JS detector: pre-filter triggers', () => {
  const files = [...sourceFiles(FIXTURE_DIR), ...(fs.existsSync(CORPUS) ? sourceFiles(CORPUS) : [])];

  it('has fixture files to check', () => {
    assert.ok(files.length >= 15, `only ${files.length} files`);
  });

  it('every file with a detected call contains a trigger and passes the pre-filter', async () => {
    let withCalls = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const calls = await detect(text, file);
      if (calls.length === 0) continue;
      withCalls++;
      assert.ok(TYPESCRIPT_TRIGGERS.some((t) => text.includes(t)), `${file} has calls but no trigger`);
      assert.ok(mayContainCalls(text, 'typescript'), `${file} has calls but the pre-filter drops it`);
    }
    assert.ok(withCalls >= 12, `only ${withCalls} files with calls`);
  });

  it('every LangChain class the provider tables name is spelled by a trigger', () => {
    for (const name of LANGCHAIN_CLASS_NAMES) {
      assert.ok(TYPESCRIPT_TRIGGERS.some((t) => name.includes(t)) || ['OpenAI', 'AzureOpenAI'].includes(name), name);
    }
  });

  it('each callee name the matchers look at contains a trigger or needs evidence that does', () => {
    // Names that are not themselves triggers need a URL, a path segment or an import that is.
    const needEvidence = new Set(['create', 'parse', 'stream', 'runTools', 'runFunctions', 'fetch', '$fetch', 'ofetch', 'fetchEventSource', 'axios', 'post', 'request', 'got', 'ky', 'invoke', 'batch', 'call', 'predict', 'predictMessages', 'generate', 'streamEvents', 'streamLog']);
    for (const name of CALLEE_NAMES) {
      if (needEvidence.has(name)) continue;
      assert.ok(TYPESCRIPT_TRIGGERS.some((t) => name.includes(t)), `callee ${name} is not covered by a trigger`);
    }
  });
});
