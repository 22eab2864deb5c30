import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WorkerTokenizers } from '../../../src/node/workerTokenizers';
import { nodeTokenizerLoaders } from '../../../src/node/tokenizerLoaders';

// The worker loads the built bundles (dist/tokenizers/*.js): `npm test` builds them first.
const dist = path.join(__dirname, '..', '..', '..', 'dist');
const built = fs.existsSync(path.join(dist, 'tokenizers', 'deepseek.js'));

describe('WorkerTokenizers', function () {
  this.timeout(60_000);
  const loaders = new WorkerTokenizers(dist);
  after(() => loaders.dispose());

  it('counts exactly like the same tokenizer loaded in this thread, while this thread stays free during the load', async function () {
    if (!built) this.skip();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const started = Date.now();
    const encoder = await loaders.load('deepseek-v3');
    clearInterval(timer);
    const loadMs = Date.now() - started;
    console.log(`      deepseek-v3 loaded in a worker in ${loadMs} ms; this thread ran ${ticks} 10 ms timers meanwhile`);
    assert.ok(ticks >= Math.floor(loadMs / 10) / 4, 'the event loop kept running while the tokenizer loaded');
    assert.equal(await encoder.count('Hello, world!'), 4); // as pinned in tokenizers.test.ts
    const local = await nodeTokenizerLoaders(dist).load('deepseek-v3');
    const texts = ['Hello, world!', '你好，世界', 'def f(x):\n    return client.chat.completions.create(model="deepseek-chat")\n', ''];
    // Asked all at once: the answers come back in order, each to its own count.
    const counts = await Promise.all(texts.map((text) => encoder.count(text)));
    for (const [i, text] of texts.entries()) assert.equal(counts[i], await local.count(text), JSON.stringify(text));
  });

  it('serves o200k too, and fails clearly after disposal', async function () {
    if (!built) this.skip();
    const own = new WorkerTokenizers(dist);
    const encoder = await own.load('o200k');
    assert.equal(await encoder.count('Hello, world!'), 4);
    own.dispose();
    await new Promise((r) => setTimeout(r, 200));
    await assert.rejects(async () => encoder.count('x'), /stopped/);
  });

  it('loads in this thread when the bundles are not built (running from source)', async () => {
    const fromSource = new WorkerTokenizers(path.join(__dirname, 'no-such-dist'));
    const encoder = await fromSource.load('o200k');
    assert.equal(await encoder.count('Hello, world!'), 4);
    fromSource.dispose();
  });
});
