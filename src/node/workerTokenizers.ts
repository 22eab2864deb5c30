/**
 * Tokenizers each loaded in a worker thread. Building a tokenizer takes 0.1–0.4 s of synchronous
 * work (more on a slow machine): on the extension host's thread that would freeze every extension,
 * and in the CLI it would come on top of the scan. In a worker the thread stays free while it
 * loads, and while it counts: a count is a message to the worker and its answer a message back, so
 * the caller's thread parses and prices on meanwhile (a scan asks for ~100 counts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Encoder, ExactTokenizerId, TokenizerLoaders } from '../core/tokens/tokenCounter';
import { nodeTokenizerLoaders } from './tokenizerLoaders';

/** File names of the tokenizer bundles esbuild writes to dist/tokenizers/. */
const BUNDLES: Readonly<Record<ExactTokenizerId, string>> = { o200k: 'o200k', cl100k: 'cl100k', 'deepseek-v3': 'deepseek' };
const COUNT_TIMEOUT_MS = 10_000;

/** The worker: loads one tokenizer bundle, then answers each posted text with its count (-1: failed). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const encoder = require(workerData.file).createEncoder();
parentPort.on('message', (text) => {
  let n;
  try { n = encoder.count(text); } catch { n = -1; }
  parentPort.postMessage(n);
});
parentPort.postMessage('ready');
`;

/** A count asked of a worker, waiting for its answer (answers come in the order asked). */
interface PendingCount {
  readonly resolve: (count: number) => void;
  readonly reject: (err: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** TokenizerLoaders backed by worker threads; loads in this thread when the bundles are not built (tests from source). */
export class WorkerTokenizers implements TokenizerLoaders {
  readonly #workers = new Set<Worker>();

  constructor(private readonly dir: string = __dirname, private readonly inThread: TokenizerLoaders = nodeTokenizerLoaders()) {}

  async load(id: ExactTokenizerId): Promise<Encoder> {
    const file = path.join(this.dir, 'tokenizers', `${BUNDLES[id]}.js`);
    if (!fs.existsSync(file)) return this.inThread.load(id);
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file } });
    worker.unref();
    this.#workers.add(worker);
    const pending: PendingCount[] = [];
    let stopped: Error | null = null;
    const stop = (err: Error): void => {
      stopped ??= err;
      this.#workers.delete(worker);
      for (const p of pending.splice(0)) {
        clearTimeout(p.timer);
        p.reject(stopped);
      }
    };
    await new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', (err) => {
        stop(err);
        reject(err);
      });
      worker.once('exit', (code) => {
        const err = new Error(`the ${id} tokenizer worker stopped (exit code ${code})`);
        stop(err);
        reject(err);
      });
    });
    worker.on('message', (count: number) => {
      const p = pending.shift();
      if (!p) return;
      clearTimeout(p.timer);
      // An idle tokenizer does not keep the process alive; a count in progress does.
      if (pending.length === 0) worker.unref();
      if (count < 0) p.reject(new Error(`the ${id} tokenizer could not count the text`));
      else p.resolve(count);
    });
    return {
      count: (text: string): Promise<number> => {
        if (stopped) return Promise.reject(new Error(`the ${id} tokenizer worker stopped`));
        return new Promise<number>((resolve, reject) => {
          // A worker that hangs must not hang the scan: its counts fail (and fall back) after a while.
          const timer = setTimeout(() => {
            void worker.terminate();
            stop(new Error(`the ${id} tokenizer did not answer within ${COUNT_TIMEOUT_MS} ms`));
          }, COUNT_TIMEOUT_MS);
          timer.unref();
          pending.push({ resolve, reject, timer });
          worker.ref();
          worker.postMessage(text);
        });
      },
    };
  }

  /** Stops every worker. */
  dispose(): void {
    for (const worker of this.#workers) void worker.terminate();
    this.#workers.clear();
  }
}
