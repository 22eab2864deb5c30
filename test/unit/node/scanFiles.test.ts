/**
 * scanFiles and scanRootFor on real folders in a temp dir, with the real tree-sitter grammars:
 * calls in .ts/.js/.py/.ipynb reported relative to the root and in file/cell/line/column order;
 * what the walk leaves out (.gitignore, node_modules, .venv, dist); which files get a "skipped"
 * note (huge always; binary and minified only when they hold text that could be an LLM call;
 * broken notebooks; unreadable or missing paths) while the rest of the scan goes on; the counts,
 * progress reports and cancellation.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mayContainCalls } from '../../../src/core/detect/prefilter';
import { MAX_SOURCE_BYTES } from '../../../src/core/detect/sourceChecks';
import { TreeSitterParsers } from '../../../src/core/detect/treeSitter';
import type { DetectedCall } from '../../../src/core/model';
import { diskGrammarSource } from '../../../src/node/assets';
import { scanFiles, scanRootFor } from '../../../src/node/scanFiles';
import type { ScanOptions, ScanResult } from '../../../src/node/scanFiles';
import { tempTree } from '../../support/tempTree';

/** An OpenAI call; `create` of line 4 is at column 34. */
const TS_CALL = `import OpenAI from 'openai';
const client = new OpenAI();
export async function ask(q: string) {
  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: q }] });
}
`;

/** Two Anthropic calls on one line (columns 38 and 144), to check the column order. */
const JS_TWO_CALLS = `const Anthropic = require('@anthropic-ai/sdk');
const anthropic = new Anthropic();
async function main() {
  const a = await anthropic.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 100, messages: [] }); const b = await anthropic.messages.create({ model: 'claude-haiku-4-5', max_tokens: 50, messages: [] });
}
`;

/** A DeepSeek call (by base URL); `create` of line 4 is at column 32. */
const PY_CALL = `from openai import OpenAI

client = OpenAI(base_url="https://api.deepseek.com", api_key="x")
resp = client.chat.completions.create(model="deepseek-chat", messages=[{"role": "user", "content": "hi"}])
`;

/** A notebook: a call on line 3 of cell 0, markdown in cell 1, a call on line 1 of cell 2. */
const NOTEBOOK = JSON.stringify({
  cells: [
    { cell_type: 'code', metadata: {}, outputs: [], execution_count: null,
      source: ['from openai import OpenAI\n', 'client = OpenAI()\n', 'a = client.chat.completions.create(model="gpt-4o", messages=[])\n'] },
    { cell_type: 'markdown', metadata: {}, source: ['# Then a cheaper one\n'] },
    { cell_type: 'code', metadata: {}, outputs: [], execution_count: null,
      source: ['b = client.chat.completions.create(model="gpt-4o-mini", messages=[])\n'] },
  ],
  metadata: { kernelspec: { name: 'python3', language: 'python', display_name: 'Python 3' }, language_info: { name: 'python' } },
  nbformat: 4,
  nbformat_minor: 5,
});

/** Passes the pre-filter (OpenAI's host and an HTTP call) but makes no LLM call: it lists models. */
const TS_CLIENT_ONLY = `export const models = () => fetch('https://api.openai.com/v1/models');\n`;
/** Holds no trigger literal at all: never parsed. */
const TS_PLAIN = 'export const answer = 42;\n';

/** A minified bundle: one line of about 6 KB; with `prefix` at its start. */
function minified(prefix: string): string {
  return prefix + Array.from({ length: 700 }, (_, i) => `var v${i}=${i};`).join('');
}
const MINIFIED_CALL = 'var o=require("openai");new o().chat.completions.create({model:"gpt-4o",messages:[]});';


const parsers = new TreeSitterParsers(diskGrammarSource());

function scan(paths: readonly string[], root: string, options: Partial<ScanOptions> = {}): Promise<ScanResult> {
  return scanFiles(paths, { parsers, root, ...options });
}

/** Where a call is, as `file[#cell]:line:column`. */
function where(c: DetectedCall): string {
  return `${c.file}${c.cell !== undefined ? `#${c.cell}` : ''}:${c.line}:${c.column}`;
}

describe('node/scanFiles', function () {
  this.timeout(30_000);


  describe('scanRootFor', () => {
    it('takes a single folder as its own root, wherever the current folder is', () => {
      const root = tempTree({ 'app/a.py': '' });
      assert.equal(scanRootFor([path.join(root, 'app')], '/'), path.join(root, 'app'));
      assert.equal(scanRootFor(['app'], root), path.join(root, 'app'));
      assert.equal(scanRootFor(['.'], root), root);
    });

    it('takes the current folder when every path is inside it', () => {
      const root = tempTree({ 'app/a.py': '', 'lib/b.ts': '', 'c.ts': '' });
      assert.equal(scanRootFor(['app', 'lib/b.ts'], root), root);
      assert.equal(scanRootFor(['c.ts'], root), root);
      assert.equal(scanRootFor([path.join(root, 'app', 'a.py'), root], root), root);
    });

    it('otherwise takes the common ancestor, not a folder that only shares a name prefix', () => {
      const root = tempTree({ 'x/one/a.py': '', 'y/two/b.ts': '', 'app/c.ts': '', 'app2/d.ts': '' });
      assert.equal(scanRootFor([path.join(root, 'x/one'), path.join(root, 'y/two')], '/'), root);
      // app2 is not inside app although its path starts with it.
      assert.equal(scanRootFor([path.join(root, 'app2/d.ts'), path.join(root, 'app/c.ts')], path.join(root, 'app')), root);
      assert.equal(scanRootFor([path.join(root, 'app2/d.ts')], path.join(root, 'app')), path.join(root, 'app2'));
    });
  });

  it('finds the calls in .ts, .js, .py and .ipynb files, relative to the root, sorted by file, cell, line and column', async () => {
    const root = tempTree({
      'b.ts': TS_CALL,
      'a/z.js': JS_TWO_CALLS,
      'pkg/sub/deep.py': PY_CALL,
      'nb.ipynb': NOTEBOOK,
    });
    const result = await scan([root], root);
    assert.deepEqual(result.calls.map(where), [
      'a/z.js:4:38',
      'a/z.js:4:144',
      'b.ts:4:34',
      'nb.ipynb#0:3:29',
      'nb.ipynb#2:1:29',
      'pkg/sub/deep.py:4:32',
    ]);
    assert.deepEqual(result.calls.map((c) => [c.language, c.family, c.model, c.provider]), [
      ['javascript', 'anthropic-messages', 'claude-sonnet-4-5', 'anthropic'],
      ['javascript', 'anthropic-messages', 'claude-haiku-4-5', 'anthropic'],
      ['typescript', 'openai-chat', 'gpt-4o', 'openai'],
      ['python', 'openai-chat', 'gpt-4o', 'openai'],
      ['python', 'openai-chat', 'gpt-4o-mini', 'openai'],
      ['python', 'openai-chat', 'deepseek-chat', 'deepseek'],
    ]);
    for (const c of result.calls) {
      assert.ok(!path.isAbsolute(c.file) && !c.file.includes('\\'), c.file);
      assert.ok(fs.existsSync(path.join(root, c.file)), c.file);
    }
    assert.equal(result.root, root);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.cancelled, false);
  });

  it('reports paths relative to the common root when given several folders and files', async () => {
    const root = tempTree({ 'x/one/a.py': PY_CALL, 'y/two/b.ts': TS_CALL, 'y/other.ts': TS_CALL });
    const paths = [path.join(root, 'y/two'), path.join(root, 'x/one'), path.join(root, 'y/other.ts')];
    const result = await scan(paths, scanRootFor(paths, '/'));
    assert.equal(result.root, root);
    assert.deepEqual(result.calls.map((c) => c.file), ['x/one/a.py', 'y/other.ts', 'y/two/b.ts']);
    // A file given alone is named relative to the root it is scanned under.
    const single = await scan([path.join(root, 'y/other.ts')], path.join(root, 'y'));
    assert.deepEqual(single.calls.map(where), ['other.ts:4:34']);
  });

  it('leaves out git-ignored files, node_modules, .venv and dist without a note', async () => {
    const root = tempTree({
      '.gitignore': 'generated/\n*.gen.ts\n',
      'src/app.ts': TS_CALL,
      'generated/client.ts': TS_CALL,
      'src/api.gen.ts': TS_CALL,
      'node_modules/openai-helper/index.js': TS_CALL,
      '.venv/lib/python3.12/site-packages/helper.py': PY_CALL,
      'dist/bundle.js': TS_CALL,
      'packages/web/dist/app.js': TS_CALL,
    });
    const result = await scan([root], root);
    assert.deepEqual(result.calls.map((c) => c.file), ['src/app.ts']);
    assert.equal(result.filesSeen, 1);
    assert.deepEqual(result.skipped, []);
  });

  it('counts files with a detectable extension as seen and those passing the literal pre-filter as parsed', async () => {
    assert.ok(mayContainCalls(TS_CLIENT_ONLY, 'typescript') && !mayContainCalls(TS_PLAIN, 'typescript'), 'test texts no longer fit the pre-filter');
    const root = tempTree({
      'call.ts': TS_CALL,
      'client.ts': TS_CLIENT_ONLY,
      'plain.ts': TS_PLAIN,
      'call.py': PY_CALL,
      'notes.txt': 'client.chat.completions.create(model="gpt-4o") in openai',
      'README.md': '# uses openai',
    });
    const result = await scan([root], root);
    assert.equal(result.filesSeen, 4);
    assert.equal(result.filesParsed, 3);
    assert.deepEqual(result.calls.map((c) => c.file), ['call.py', 'call.ts']);
  });

  it('notes a file given by name that the detector cannot read, and scans the others', async () => {
    const root = tempTree({ 'notes.txt': 'openai', 'a.py': PY_CALL });
    const result = await scan([path.join(root, 'notes.txt'), path.join(root, 'a.py')], root);
    assert.equal(result.skipped.length, 1);
    assert.match(result.skipped[0].file, /notes\.txt$/);
    assert.equal(result.skipped[0].reason, 'not a TypeScript, JavaScript, Python or notebook file');
    assert.deepEqual(result.calls.map((c) => c.file), ['a.py']);
  });

  it(`always skips a file over ${MAX_SOURCE_BYTES / 1024} KB with a note naming the limit, without parsing it`, async () => {
    const line = '// padding padding padding padding padding padding padding padding\n';
    const huge = 'x = 1\n' + line.repeat(Math.ceil(MAX_SOURCE_BYTES / line.length));
    const hugeCall = TS_CALL + line.repeat(Math.ceil(MAX_SOURCE_BYTES / line.length));
    assert.ok(!mayContainCalls(huge, 'python'));
    const root = tempTree({ 'big.py': huge, 'bigcall.ts': hugeCall, 'ok.ts': TS_CALL });
    const result = await scan([root], root);
    assert.deepEqual(result.skipped.map((s) => s.file), ['big.py', 'bigcall.ts']);
    for (const s of result.skipped) {
      assert.match(s.reason, /^skipped: /);
      assert.ok(s.reason.includes(`${MAX_SOURCE_BYTES / 1024} KB`) && /limit/.test(s.reason), s.reason);
    }
    assert.deepEqual(result.calls.map((c) => c.file), ['ok.ts']);
    assert.equal(result.filesParsed, 1);
  });

  it(`reads a file of exactly ${MAX_SOURCE_BYTES / 1024} KB`, async () => {
    const text = TS_CALL + '//' + '\n'.repeat(MAX_SOURCE_BYTES - TS_CALL.length - 2);
    assert.equal(Buffer.byteLength(text), MAX_SOURCE_BYTES);
    const root = tempTree({ 'edge.ts': text });
    const result = await scan([root], root);
    assert.deepEqual(result.calls.map(where), ['edge.ts:4:34']);
    assert.deepEqual(result.skipped, []);
  });

  // Binary and minified files are noted only when they hold text that could be an LLM call;
  // otherwise they are passed over like any other file without calls.
  describe('binary and minified files', () => {
    it('notes a binary file (NUL in the first 8 KB) that mentions an LLM API', async () => {
      const bytes = Buffer.concat([Buffer.from('openai client.chat.completions.create\n'), Buffer.from([0, 1, 2, 0, 255])]);
      assert.ok(mayContainCalls(bytes.toString('latin1'), 'typescript'));
      const root = tempTree({ 'blob.js': bytes, 'ok.py': PY_CALL });
      const result = await scan([root], root);
      assert.equal(result.skipped.length, 1);
      assert.equal(result.skipped[0].file, 'blob.js');
      assert.match(result.skipped[0].reason, /^skipped: .*binary/);
      assert.deepEqual(result.calls.map((c) => c.file), ['ok.py']);
    });

    it('passes over a binary file with no such text silently', async () => {
      const bytes = Buffer.concat([Buffer.from('\u0089PNG\r\n'), Buffer.from([0, 0, 0, 13, 1, 2, 3, 0, 255, 254]), Buffer.from('plain data')]);
      assert.ok(!mayContainCalls(bytes.toString('latin1'), 'python'));
      const root = tempTree({ 'image.py': bytes, 'ok.ts': TS_CALL });
      const result = await scan([root], root);
      assert.deepEqual(result.skipped, []);
      assert.deepEqual(result.calls.map((c) => c.file), ['ok.ts']);
      assert.equal(result.filesSeen, 2);
    });

    it('notes a minified file (very long lines) or a .min.js that mentions an LLM API', async () => {
      assert.ok(mayContainCalls(minified(MINIFIED_CALL), 'typescript'));
      const root = tempTree({ 'vendor/app.js': minified(MINIFIED_CALL), 'vendor/chat.min.js': MINIFIED_CALL + '\n', 'ok.py': PY_CALL });
      const result = await scan([root], root);
      assert.deepEqual(result.skipped.map((s) => s.file), ['vendor/app.js', 'vendor/chat.min.js']);
      for (const s of result.skipped) assert.match(s.reason, /^skipped: .*minified/, s.reason);
      assert.deepEqual(result.calls.map((c) => c.file), ['ok.py']);
    });

    it('passes over a minified file or a .min.js with no such text silently', async () => {
      assert.ok(!mayContainCalls(minified(''), 'typescript'));
      const root = tempTree({ 'vendor/lib.js': minified(''), 'vendor/util.min.js': 'var a=1;var b=2;\n', 'ok.ts': TS_CALL });
      const result = await scan([root], root);
      assert.deepEqual(result.skipped, []);
      assert.deepEqual(result.calls.map((c) => c.file), ['ok.ts']);
    });
  });

  it('notes a file it cannot read (permission denied) and reports the other files', async function () {
    // Root reads a chmod 000 file anyway; the dangling-link test below covers unreadable paths for root.
    if (process.getuid?.() === 0) this.skip();
    const root = tempTree({ 'secret.py': PY_CALL, 'ok.ts': TS_CALL });
    fs.chmodSync(path.join(root, 'secret.py'), 0o000);
    try {
      const result = await scan([root], root);
      assert.deepEqual(result.skipped, [{ file: 'secret.py', reason: 'cannot be read: EACCES' }]);
      assert.deepEqual(result.calls.map((c) => c.file), ['ok.ts']);
    } finally {
      fs.chmodSync(path.join(root, 'secret.py'), 0o644);
    }
  });

  it('notes a dangling symbolic link, in a folder or given by name, and reports the other files', async () => {
    const root = tempTree({ 'ok.ts': TS_CALL });
    fs.symlinkSync(path.join(root, 'gone.py'), path.join(root, 'link.py'));
    const inFolder = await scan([root], root);
    assert.deepEqual(inFolder.skipped, [{ file: 'link.py', reason: 'broken symbolic link' }]);
    assert.deepEqual(inFolder.calls.map((c) => c.file), ['ok.ts']);

    const byName = await scan([path.join(root, 'link.py'), path.join(root, 'ok.ts')], root);
    assert.equal(byName.skipped.length, 1);
    assert.match(byName.skipped[0].file, /link\.py$/);
    assert.equal(byName.skipped[0].reason, 'cannot be read: ENOENT');
    assert.deepEqual(byName.calls.map((c) => c.file), ['ok.ts']);
  });

  it('notes a notebook that is not valid JSON and still reports the calls of the other files', async () => {
    const broken = '{"cells": [{"cell_type": "code", "source": ["client.chat.completions.create(model=\\"gpt-4o\\")  # openai';
    assert.ok(mayContainCalls(broken, 'python'));
    const root = tempTree({ 'broken.ipynb': broken, 'good.ipynb': NOTEBOOK, 'app.ts': TS_CALL });
    const result = await scan([root], root);
    assert.equal(result.skipped.length, 1);
    assert.equal(result.skipped[0].file, 'broken.ipynb');
    assert.match(result.skipped[0].reason, /not valid notebook JSON/);
    assert.deepEqual(result.calls.map(where), ['app.ts:4:34', 'good.ipynb#0:3:29', 'good.ipynb#2:1:29']);
  });

  it('notes a path that does not exist instead of throwing, and scans the others', async () => {
    const root = tempTree({ 'ok.py': PY_CALL });
    const missing = path.join(root, 'missing.py');
    const result = await scan([missing, path.join(root, 'ok.py')], root);
    assert.equal(result.skipped.length, 1);
    assert.match(result.skipped[0].file, /missing\.py$/);
    assert.equal(result.skipped[0].reason, 'cannot be read: ENOENT');
    assert.deepEqual(result.calls.map((c) => c.file), ['ok.py']);

    const onlyMissing = await scan([path.join(root, 'no-such-folder')], root);
    assert.deepEqual(onlyMissing.calls, []);
    assert.equal(onlyMissing.filesSeen, 0);
    assert.match(onlyMissing.skipped[0].reason, /ENOENT/);
  });

  it('reports progress once per file, with counts 1, 2, 3… and every file seen', async () => {
    const root = tempTree({ 'a.ts': TS_CALL, 'b.ts': TS_PLAIN, 'c/d.py': PY_CALL, 'c/e.ipynb': NOTEBOOK, 'f.txt': 'openai' });
    const counts: number[] = [];
    const files: string[] = [];
    const result = await scan([root], root, {
      onProgress: (n, file) => {
        counts.push(n);
        files.push(file);
      },
    });
    assert.deepEqual(counts, [1, 2, 3, 4]);
    assert.deepEqual(files.sort(), ['a.ts', 'b.ts', 'c/d.py', 'c/e.ipynb']);
    assert.equal(result.filesSeen, 4);
  });

  it('stops early when the signal is aborted during the scan, with partial results', async () => {
    const total = 120;
    const files: Record<string, string> = {};
    for (let i = 0; i < total; i++) files[`f${String(i).padStart(3, '0')}.ts`] = TS_CALL;
    const root = tempTree(files);
    const controller = new AbortController();
    let reports = 0;
    const result = await scan([root], root, {
      signal: controller.signal,
      onProgress: (n) => {
        reports = n;
        if (n === 3) controller.abort();
      },
    });
    assert.equal(result.cancelled, true);
    assert.ok(result.filesSeen >= 3 && result.filesSeen < total, `filesSeen ${result.filesSeen}`);
    // Files already being read when the scan was cancelled are finished and reported.
    assert.equal(reports, result.filesSeen);
    assert.equal(result.calls.length, result.filesSeen);
    assert.ok(result.calls.every((c) => c.family === 'openai-chat' && c.model === 'gpt-4o'));

    const uncancelled = await scan([root], root);
    assert.equal(uncancelled.cancelled, false);
    assert.equal(uncancelled.calls.length, total);
  });

  it('does nothing with a signal aborted before it starts', async () => {
    const root = tempTree({ 'a.ts': TS_CALL });
    const result = await scan([root], root, { signal: AbortSignal.abort() });
    assert.deepEqual([result.cancelled, result.filesSeen, result.calls.length], [true, 0, 0]);
  });
});
