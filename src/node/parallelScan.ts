/**
 * Scans a list of files (read, pre-filter, parse, detect) on this thread and, for a large scan,
 * with a worker thread that screens (reads and pre-filters) at the same time. Both claim chunks of
 * CHUNK files from one counter in shared memory. The few files that pass are parsed here only, so
 * the detector's code and the grammars warm up once: this thread parses what is waiting, screens a
 * chunk itself when nothing is, and otherwise waits for the worker. It yields to the event loop
 * every few milliseconds (pauser.ts), which is also when the worker's results arrive. If the worker
 * cannot start or dies, this thread screens whatever it did not deliver: a scan never fails for
 * want of a thread.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { grammarOf } from '../core/detect/fileKinds';
import type { TreeSitterParsers } from '../core/detect/treeSitter';
import { detectScreened, notParsed } from './fileScan';
import type { FileScan } from './fileScan';
import { pauser } from './pauser';
import type { QuietFiles, ScanWorkerInput, ScanWorkerMessage } from './scanWorker';
import { screenBuffer, screenFile } from './screenFile';
import type { Screened } from './screenFile';

/** Below this many files a second thread costs more to start than it saves. */
export const PARALLEL_MIN_FILES = 1500;
const CHUNK = 32;

export type FileRef = readonly [absolute: string, relative: string];

/** Options of scanFileList. */
export interface FileListOptions {
  readonly parsers: TreeSitterParsers;
  readonly signal?: AbortSignal;
  /** Called on this thread for each file scanned here, and for the worker's files that passed or are noted. */
  readonly onFile: (result: FileScan) => void;
  /** Called for a batch of the worker's files that gave nothing to report. */
  readonly onQuiet: (quiet: QuietFiles) => void;
  /** A worker started ahead (startScanWorker), used for a large list and stopped otherwise. */
  readonly worker?: ScreeningWorker | null;
}

/**
 * Starts a scan worker ahead of time, so that it boots while the main thread walks the tree; null
 * when no worker script is found. Hand it to scanFileList, which uses or stops it.
 */
export function startScanWorker(signal?: AbortSignal): ScreeningWorker | null {
  const script = workerScript();
  return script ? new ScreeningWorker(script, signal) : null;
}

/**
 * Scans every file unless cancelled; resolves, when every result was handed to onFile, with the
 * number of threads that read files (2 when the worker delivered, else 1).
 */
export async function scanFileList(files: readonly FileRef[], options: FileListOptions): Promise<number> {
  warmGrammars(options.parsers, files);
  const chunks = Math.ceil(files.length / CHUNK);
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const worker = files.length >= PARALLEL_MIN_FILES ? (options.worker ?? null) : null;
  if (worker) worker.start({ files, counter: counter.buffer as SharedArrayBuffer, chunk: CHUNK });
  else options.worker?.stop();

  const waiting: Screened[] = [];
  const done = new Set<number>();
  const scratch = screenBuffer();
  const pause = pauser();
  const take = (screened: readonly Screened[]): void => {
    for (const s of screened) if (s.text === undefined) options.onFile(notParsed(s));
    waiting.push(...screened.filter((s) => s.text !== undefined));
  };
  const takeFromWorker = (w: ScreeningWorker): void => {
    const { results, quiet } = w.takeResults(done);
    for (const q of quiet) options.onQuiet(q);
    take(results);
  };
  const screenChunk = (c: number): void => {
    take(files.slice(c * CHUNK, (c + 1) * CHUNK).map(([absolute, relative]) => screenFile(absolute, relative, scratch)));
    done.add(c);
  };

  let claimed = 0;
  while (!options.signal?.aborted) {
    if (worker) takeFromWorker(worker);
    const next = waiting.shift();
    if (next) {
      options.onFile(await detectScreened(options.parsers, next));
    } else if (claimed < chunks && (claimed = Atomics.add(counter, 0, 1)) < chunks) {
      screenChunk(claimed);
    } else if (worker && !worker.finished) {
      await worker.nextMessage();
      continue;
    } else {
      break;
    }
    await pause();
  }
  if (options.signal?.aborted) return worker?.deliveredAny ? 2 : 1;
  // Chunks the worker claimed but did not deliver (it failed) are screened and parsed here.
  for (let c = 0; c < chunks && !options.signal?.aborted; c++) {
    if (done.has(c)) continue;
    screenChunk(c);
    for (let s = waiting.shift(); s && !options.signal?.aborted; s = waiting.shift()) options.onFile(await detectScreened(options.parsers, s));
  }
  return worker?.deliveredAny ? 2 : 1;
}

/**
 * Starts compiling the grammars the files need (in the background, while the first files are read
 * and filtered), so that parsing never waits for a grammar.
 */
function warmGrammars(parsers: TreeSitterParsers, files: readonly FileRef[]): void {
  const grammars = new Set(files.map(([, relative]) => grammarOf(relative)));
  for (const grammar of grammars) if (grammar) parsers.warm(grammar).catch(() => undefined);
}

/** The worker thread, seen from here: its delivered chunks, and whether it has finished. */
export class ScreeningWorker {
  #worker: Worker | null = null;
  #results: Screened[] = [];
  #quiet: QuietFiles[] = [];
  #delivered: number[] = [];
  #finished = false;
  #wake: (() => void) | null = null;
  deliveredAny = false;

  constructor(script: { file: string; execArgv: string[] }, signal: AbortSignal | undefined) {
    let worker: Worker;
    try {
      worker = new Worker(script.file, { execArgv: script.execArgv });
    } catch {
      this.#finish();
      return;
    }
    this.#worker = worker;
    const stop = (): void => this.stop();
    signal?.addEventListener('abort', stop, { once: true });
    const end = (): void => {
      signal?.removeEventListener('abort', stop);
      this.#finish();
    };
    worker.on('message', (message: ScanWorkerMessage) => {
      if (message.type === 'done') return end();
      this.#results.push(...message.results);
      if (message.quiet.files > 0) this.#quiet.push(message.quiet);
      this.#delivered.push(message.chunk);
      this.deliveredAny = true;
      this.#wakeUp();
    });
    worker.on('error', end);
    worker.on('exit', end);
  }

  get finished(): boolean {
    return this.#finished;
  }

  /** Hands the worker its files; it claims chunks from `input.counter` from then on. */
  start(input: ScanWorkerInput): void {
    this.#worker?.postMessage(input);
  }

  /** Stops the thread (a scan too small for it, or cancelled). */
  stop(): void {
    void this.#worker?.terminate();
  }

  /** The results delivered since the last call; their chunks are added to `done`. */
  takeResults(done: Set<number>): { results: Screened[]; quiet: QuietFiles[] } {
    for (const c of this.#delivered) done.add(c);
    this.#delivered = [];
    const taken = { results: this.#results, quiet: this.#quiet };
    this.#results = [];
    this.#quiet = [];
    return taken;
  }

  /** Resolves when the worker posts again or finishes. */
  nextMessage(): Promise<void> {
    if (this.#finished || this.#delivered.length > 0) return Promise.resolve();
    return new Promise((resolve) => (this.#wake = resolve));
  }

  #finish(): void {
    this.#finished = true;
    this.#wakeUp();
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }
}

/**
 * The worker's script beside this code: dist/scanWorker.js in a bundle; from source (tests under
 * tsx) the TypeScript file, loaded through tsx. Null when neither exists.
 */
function workerScript(): { file: string; execArgv: string[] } | null {
  const bundled = path.join(__dirname, 'scanWorker.js');
  if (fs.existsSync(bundled)) return { file: bundled, execArgv: [] };
  const source = path.join(__dirname, 'scanWorker.ts');
  return fs.existsSync(source) ? { file: source, execArgv: ['--require', 'tsx/cjs'] } : null;
}
