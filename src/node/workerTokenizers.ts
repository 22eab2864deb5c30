/**
 * Tokenizers each loaded in a worker thread. Building the DeepSeek V3 tokenizer takes 0.5–2.5 s of
 * synchronous work: on the extension host's thread that would freeze every extension (VS Code
 * reports the host as unresponsive), and in the CLI it would come on top of the scan. In a worker
 * the thread stays free while it loads; counts then go to the worker and back through shared
 * memory, synchronously, as the Encoder interface wants (a count takes well under a millisecond).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Encoder, ExactTokenizerId, TokenizerLoaders } from '../core/tokens/tokenCounter';
import { nodeTokenizerLoaders } from './tokenizerLoaders';

/** File names of the tokenizer bundles esbuild writes to dist/tokenizers/. */
const BUNDLES: Readonly<Record<ExactTokenizerId, string>> = { o200k: 'o200k', cl100k: 'cl100k', 'deepseek-v3': 'deepseek' };
const COUNT_TIMEOUT_MS = 10_000;

/** The worker: loads one tokenizer bundle, then answers each posted text with its count in `ctrl[1]`. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const encoder = require(workerData.file).createEncoder();
const ctrl = new Int32Array(workerData.shared);
parentPort.on('message', (text) => {
  let n;
  try { n = encoder.count(text); } catch { n = -1; }
  Atomics.store(ctrl, 1, n);
  Atomics.store(ctrl, 0, 1);
  Atomics.notify(ctrl, 0);
});
parentPort.postMessage('ready');
`;

/** TokenizerLoaders backed by worker threads; loads in this thread when the bundles are not built (tests from source). */
export class WorkerTokenizers implements TokenizerLoaders {
  readonly #workers = new Set<Worker>();

  constructor(private readonly dir: string = __dirname, private readonly inThread: TokenizerLoaders = nodeTokenizerLoaders()) {}

  async load(id: ExactTokenizerId): Promise<Encoder> {
    const file = path.join(this.dir, 'tokenizers', `${BUNDLES[id]}.js`);
    if (!fs.existsSync(file)) return this.inThread.load(id);
    const shared = new SharedArrayBuffer(8);
    const ctrl = new Int32Array(shared);
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, shared } });
    worker.unref();
    this.#workers.add(worker);
    let alive = true;
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
      worker.once('exit', (code) => {
        alive = false;
        this.#workers.delete(worker);
        reject(new Error(`the ${id} tokenizer worker stopped (exit code ${code})`));
      });
    });
    return {
      count: (text: string): number => {
        if (!alive) throw new Error(`the ${id} tokenizer worker stopped`);
        Atomics.store(ctrl, 0, 0);
        worker.postMessage(text);
        if (Atomics.wait(ctrl, 0, 0, COUNT_TIMEOUT_MS) === 'timed-out') throw new Error(`the ${id} tokenizer did not answer within ${COUNT_TIMEOUT_MS} ms`);
        const count = Atomics.load(ctrl, 1);
        if (count < 0) throw new Error(`the ${id} tokenizer could not count the text`);
        return count;
      },
    };
  }

  /** Stops every worker. */
  dispose(): void {
    for (const worker of this.#workers) void worker.terminate();
    this.#workers.clear();
  }
}
