/**
 * A large scan reads, filters and parses its files on two threads (parallelScan.ts, a worker from
 * src/node/scanWorker.ts): the result must be exactly the single-threaded one — the same calls,
 * notes and counts — progress must only grow and end at the number of files, and cancelling
 * must stop the worker.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { TreeSitterParsers } from '../../../src/core/detect/treeSitter';
import { diskGrammarSource } from '../../../src/node/assets';
import { PARALLEL_MIN_FILES } from '../../../src/node/parallelScan';
import { scanFiles } from '../../../src/node/scanFiles';

const parsers = new TreeSitterParsers(diskGrammarSource());

/**
 * Every third file is Python. Every 97th file makes a call; every 301st is minified code with a
 * call; the rest are plain code.
 */
function file(i: number): { name: string; text: string; calls: number } {
  if (i % 3 === 1) {
    const call = i % 97 === 1;
    const text = call ? `from openai import OpenAI\nc = OpenAI(base_url="https://api.deepseek.com")\nr = c.chat.completions.create(model="deepseek-chat", messages=[])\n` : `def f${i}(a):\n    return a * ${i}\n`;
    return { name: `m${i}.py`, text, calls: call ? 1 : 0 };
  }
  if (i % 97 === 0) return { name: `m${i}.ts`, text: `import OpenAI from 'openai';\nconst c = new OpenAI();\nexport const r${i} = () => c.chat.completions.create({ model: 'gpt-4o-mini', messages: [] });\n`, calls: 1 };
  if (i % 301 === 0) return { name: `m${i}.js`, text: `var r=fetch("https://api.openai.com/v1/chat/completions");${'x=1;'.repeat(2000)}\n`, calls: 0 };
  return { name: `m${i}.ts`, text: `export function f${i}(a: number) {\n  return a * ${i};\n}\n`, calls: 0 };
}

describe('scanFiles on two threads', function () {
  this.timeout(60_000);
  const count = PARALLEL_MIN_FILES + 400;
  let root: string;
  let expectedCalls = 0;

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'llm-cost-parallel-'));
    for (let i = 0; i < count; i++) {
      const dir = path.join(root, `pkg${i % 23}`);
      fs.mkdirSync(dir, { recursive: true });
      const { name, text, calls } = file(i);
      fs.writeFileSync(path.join(dir, name), text);
      expectedCalls += calls;
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds the same calls, notes and counts as one thread, and uses the worker', async () => {
    const counts: number[] = [];
    // The worker claims chunks only once it has started (from source, tsx compiles it first): a
    // slow main thread makes sure it gets some, as on a large tree.
    const slowly = (n: number): void => {
      counts.push(n);
      const until = performance.now() + 3;
      while (performance.now() < until) {
        // busy: this thread is "parsing"
      }
    };
    const parallel = await scanFiles([root], { parsers, root, onProgress: slowly });
    const single = await scanFiles([root], { parsers, root, parallel: false });
    assert.equal(parallel.threads, 2);
    assert.equal(single.threads, 1);
    // Progress counts only grow, and the last report counts every file (the worker's quiet files in batches).
    assert.ok(counts.every((n, i) => i === 0 || n > counts[i - 1]), 'progress never goes back');
    assert.equal(counts[counts.length - 1], count);
    assert.equal(single.calls.length, expectedCalls);
    assert.ok(single.calls.some((c) => c.language === 'python' && c.provider === 'deepseek'), 'Python calls in the tree');
    assert.deepEqual(parallel.calls, single.calls);
    assert.deepEqual(parallel.skipped, single.skipped);
    assert.ok(single.skipped.length > 0 && single.skipped.every((s) => /minified/.test(s.reason)), JSON.stringify(single.skipped.slice(0, 3)));
    for (const key of ['filesSeen', 'filesParsed', 'bytesRead', 'bytesParsed'] as const) assert.equal(parallel[key], single[key], key);
    assert.equal(parallel.filesSeen, count);
  });

  it('stops the worker and reports only what was screened when cancelled', async () => {
    const controller = new AbortController();
    let seen = 0;
    const result = await scanFiles([root], {
      parsers,
      root,
      signal: controller.signal,
      onProgress: (n) => {
        seen = n;
        if (n === 200) controller.abort();
      },
    });
    assert.equal(result.cancelled, true);
    assert.ok(result.filesSeen < count, `filesSeen ${result.filesSeen}`);
    assert.equal(seen, result.filesSeen);
  });
});
