import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mayHoldCalls } from '../../../../src/core/detect/fileKinds';
import { mayContainCalls } from '../../../../src/core/detect/prefilter';
import { LANGCHAIN_CLASS_NAMES } from '../../../../src/core/detect/providerHints';
import { CALLEE_NAMES } from '../../../../src/core/detect/typescript/matchers';
import { TYPESCRIPT_TRIGGER_RULES } from '../../../../src/core/detect/typescript/triggers';
import { FIXTURE_DIR, detect } from './detectHelper';

const CORPUS = path.join(__dirname, '../../../fixtures/corpus');
const HOLDOUT = path.join(__dirname, '../../../fixtures/holdout');
const TRIGGER_LITERALS = TYPESCRIPT_TRIGGER_RULES.flatMap((r) => r.literals);

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
 * The pre-filter must never drop a file the detector finds calls in: every TS/JS fixture, corpus and
 * held-out file with a detected call passes the shipped pre-filter.
 */
describe('TS/JS detector: pre-filter triggers', () => {
  const files = [FIXTURE_DIR, CORPUS, HOLDOUT].flatMap(sourceFiles);

  it('has fixture files to check', () => {
    assert.ok(files.length >= 15, `only ${files.length} files`);
  });

  it('every file with a detected call passes the pre-filter', async () => {
    let withCalls = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const calls = await detect(text, file);
      if (calls.length === 0) continue;
      withCalls++;
      assert.ok(mayContainCalls(text, 'typescript'), `${file} has calls but the pre-filter drops it`);
    }
    assert.ok(withCalls >= 60, `only ${withCalls} files with calls`);
  });

  it('every LangChain class the provider tables name is spelled by a trigger', () => {
    for (const name of LANGCHAIN_CLASS_NAMES) {
      assert.ok(TRIGGER_LITERALS.some((t) => name.includes(t)) || ['OpenAI', 'AzureOpenAI'].includes(name), name);
    }
  });

  it('each callee name the matchers look at contains a trigger or needs evidence that does', () => {
    // Names that are not themselves triggers need a URL, a path segment or an import that is.
    // (`embed` is spelled as its call, `embed(`, or its import alias, `embed as`.)
    const needEvidence = new Set(['create', 'parse', 'stream', 'runTools', 'runFunctions', 'fetch', '$fetch', 'ofetch', 'fetchEventSource', 'axios', 'post', 'request', 'got', 'ky', 'invoke', 'batch', 'call', 'predict', 'predictMessages', 'generate', 'streamEvents', 'streamLog', 'embed']);
    for (const name of CALLEE_NAMES) {
      if (needEvidence.has(name)) continue;
      assert.ok(TRIGGER_LITERALS.some((t) => name.includes(t)), `callee ${name} is not covered by a trigger`);
    }
  });
});

describe('TS/JS pre-filter on notebooks', () => {
  it('passes a Deno notebook whose TypeScript cell calls the Vercel AI SDK', () => {
    const notebook = JSON.stringify({
      cells: [{ cell_type: 'code', metadata: {}, outputs: [], source: ["import { generateText } from 'npm:ai';\n", "const { text } = await generateText({ model: openai('gpt-4o'), prompt: 'hi' });\n"] }],
      metadata: { kernelspec: { name: 'deno', language: 'typescript' } },
      nbformat: 4,
      nbformat_minor: 5,
    });
    assert.ok(mayHoldCalls('demo.ipynb', notebook));
  });
});
