/**
 * A scan worker thread: claims chunks of a scan's files from a counter it shares with the main
 * thread, screens them (screenFile.ts: read, pre-filter, source checks) and posts each chunk's
 * results, with the text of the files that passed for the main thread to parse. Started by
 * parallelScan.ts from dist/scanWorker.js (or this file, from source under tsx).
 */
import { parentPort } from 'node:worker_threads';
import { screenBuffer, screenFile } from './screenFile';
import type { Screened } from './screenFile';

/** What the worker is given. */
export interface ScanWorkerInput {
  /** [absolute, relative] per file. */
  readonly files: ReadonlyArray<readonly [string, string]>;
  /** One Int32: the next chunk to claim, shared with the main thread. */
  readonly counter: SharedArrayBuffer;
  readonly chunk: number;
}

/**
 * What the worker posts: per chunk, the files that passed or are noted, and only a count of the
 * others (most files; the main thread need not handle each); then `done`.
 */
export type ScanWorkerMessage =
  | { readonly type: 'chunk'; readonly chunk: number; readonly results: readonly Screened[]; readonly quiet: QuietFiles }
  | { readonly type: 'done' };

/** Files screened without a result worth reporting: how many, their bytes, and the last one's path. */
export interface QuietFiles {
  readonly files: number;
  readonly bytes: number;
  readonly last: string;
}

function run(input: ScanWorkerInput): void {
  const scratch = screenBuffer();
  const counter = new Int32Array(input.counter);
  const chunks = Math.ceil(input.files.length / input.chunk);
  for (let c = Atomics.add(counter, 0, 1); c < chunks; c = Atomics.add(counter, 0, 1)) {
    const results: Screened[] = [];
    let quiet = { files: 0, bytes: 0, last: '' };
    for (const [absolute, relative] of input.files.slice(c * input.chunk, (c + 1) * input.chunk)) {
      const screened = screenFile(absolute, relative, scratch);
      if (screened.text !== undefined || screened.skipReason) results.push(screened);
      else quiet = { files: quiet.files + 1, bytes: quiet.bytes + screened.bytes, last: relative };
    }
    parentPort!.postMessage({ type: 'chunk', chunk: c, results, quiet } satisfies ScanWorkerMessage);
  }
  parentPort!.postMessage({ type: 'done' } satisfies ScanWorkerMessage);
}

// The thread starts while the main thread still walks the tree; the files come in one message.
parentPort?.once('message', (input: ScanWorkerInput) => run(input));
