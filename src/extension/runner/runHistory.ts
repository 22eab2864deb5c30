/**
 * The prompt runner's history: every session, persisted as it happens (the prompt when it starts,
 * partial output while it streams, the result when it ends), so that it survives closing the panel
 * and reloading the window. Free of `vscode`: the caller supplies the files and the clock.
 */
import type { HistoryItem, SessionView } from '../../shared/panelModel';
import type { HistoryFiles } from './historyFiles';
import type { HistoryRecord } from './historyRecord';
import { historyItemOf, historyJsonl, historyRecordSchema, interrupt, isRunning, toRecord, toSession } from './historyRecord';

/** Sessions kept; the oldest finished ones are removed beyond this. */
export const MAX_SESSIONS = 200;
/** A running session whose window has not written for this long is taken as cut off. */
export const STALE_AFTER_MS = 4_000;

const FILE_NAME = /^[A-Za-z0-9-]{1,100}\.json$/;

export class RunHistory {
  readonly #records = new Map<string, HistoryRecord>();
  /** Per session, the write in flight: writes of one file never overtake each other. */
  readonly #writes = new Map<string, Promise<void>>();
  readonly #listeners = new Set<() => void>();

  constructor(
    private readonly files: HistoryFiles,
    /** Id of this window's extension host. */
    readonly owner: string,
    private readonly now: () => number = Date.now,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /**
   * Reads every record. Sessions another window left running are marked interrupted once that
   * window has been silent for STALE_AFTER_MS; returns how many running ones are still fresh (the
   * caller re-checks with {@link reconcile} later).
   */
  async load(): Promise<{ interrupted: number; stillRunning: number }> {
    for (const name of await this.files.list()) {
      if (!FILE_NAME.test(name)) continue;
      try {
        const parsed = historyRecordSchema.safeParse(JSON.parse(await this.files.read(name)));
        if (parsed.success && `${parsed.data.id}.json` === name) this.#records.set(parsed.data.id, parsed.data);
        else this.log(`history: skipped ${name}: ${parsed.success ? 'its id does not match the file name' : parsed.error.issues[0]?.message}`);
      } catch (err) {
        this.log(`history: skipped ${name}: ${(err as Error).message}`);
      }
    }
    const result = await this.reconcile();
    this.#fire();
    return result;
  }

  /** Marks cut-off sessions of other windows as interrupted (and writes them back). */
  async reconcile(): Promise<{ interrupted: number; stillRunning: number }> {
    let interrupted = 0;
    let stillRunning = 0;
    for (const record of [...this.#records.values()]) {
      if (!isRunning(record) || record.owner === this.owner) continue;
      if (this.now() - record.updatedAt < STALE_AFTER_MS) {
        stillRunning++;
        continue;
      }
      const marked = interrupt(record);
      this.#records.set(record.id, marked);
      interrupted++;
      await this.#write(marked);
    }
    if (interrupted) this.#fire();
    return { interrupted, stillRunning };
  }

  /** Sessions, newest first. */
  sessions(): SessionView[] {
    return this.#sorted().map(toSession);
  }

  /** History list lines, newest first. */
  items(): HistoryItem[] {
    return this.#sorted().map(historyItemOf);
  }

  /** One session, or undefined. */
  get(id: string): SessionView | undefined {
    const record = this.#records.get(id);
    return record && toSession(record);
  }

  /** Stores the current state of a session of this window. */
  async save(session: SessionView): Promise<void> {
    const isNew = !this.#records.has(session.id);
    const record = toRecord(session, this.owner, this.now());
    this.#records.set(session.id, record);
    if (isNew) {
      this.#fire();
      await this.#prune();
    }
    await this.#write(record);
  }

  /** Last write while the host shuts down: this window's running sessions become interrupted. */
  interruptOwnSync(): void {
    for (const record of this.#records.values()) {
      if (record.owner !== this.owner || !isRunning(record)) continue;
      const marked = interrupt({ ...record, updatedAt: this.now() });
      this.#records.set(record.id, marked);
      try {
        this.files.writeSync(`${record.id}.json`, JSON.stringify(marked));
      } catch (err) {
        this.log(`history: could not save ${record.id} on shutdown: ${(err as Error).message}`);
      }
    }
  }

  /** Removes every finished session; running ones stay. Returns how many were removed. */
  async clear(): Promise<number> {
    const done = [...this.#records.values()].filter((r) => !isRunning(r));
    for (const record of done) this.#records.delete(record.id);
    await Promise.all(done.map((r) => this.#afterWrites(r.id, () => this.files.remove(`${r.id}.json`))));
    this.#fire();
    return done.length;
  }

  /** Every run of every session as JSON lines, newest session first. */
  exportJsonl(): string {
    return historyJsonl(this.sessions());
  }

  /** Called after any change of the list (new, cleared, interrupted sessions). */
  onDidChange(listener: () => void): { dispose(): void } {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  }

  #sorted(): HistoryRecord[] {
    return [...this.#records.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id));
  }

  async #prune(): Promise<void> {
    const finished = this.#sorted().filter((r) => !isRunning(r));
    const excess = this.#records.size - MAX_SESSIONS;
    if (excess <= 0) return;
    for (const record of finished.slice(-excess)) {
      this.#records.delete(record.id);
      await this.#afterWrites(record.id, () => this.files.remove(`${record.id}.json`));
    }
  }

  #write(record: HistoryRecord): Promise<void> {
    const text = JSON.stringify(record);
    return this.#afterWrites(record.id, () => this.files.write(`${record.id}.json`, text));
  }

  #afterWrites(id: string, op: () => Promise<void>): Promise<void> {
    const previous = this.#writes.get(id) ?? Promise.resolve();
    const next = previous.then(op).catch((err: Error) => this.log(`history: could not write ${id}: ${err.message}`));
    this.#writes.set(id, next);
    void next.then(() => {
      if (this.#writes.get(id) === next) this.#writes.delete(id);
    });
    return next;
  }

  #fire(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
