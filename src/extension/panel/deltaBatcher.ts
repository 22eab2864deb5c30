/**
 * Coalesces streamed text per run so the panel gets a few messages per second instead of one per
 * token. Order is kept: the caller flushes before any other message of the same run.
 */

/** A `run/delta` message as the batcher builds it. */
export interface DeltaMessage {
  readonly type: 'run/delta';
  readonly sessionId: string;
  readonly runId: string;
  readonly reasoning: string;
  readonly content: string;
}

export class DeltaBatcher {
  readonly #pending = new Map<string, { sessionId: string; runId: string; reasoning: string; content: string }>();

  /** Adds text of one run. */
  add(sessionId: string, runId: string, reasoning: string, content: string): void {
    const key = `${sessionId}/${runId}`;
    const entry = this.#pending.get(key) ?? { sessionId, runId, reasoning: '', content: '' };
    entry.reasoning += reasoning;
    entry.content += content;
    this.#pending.set(key, entry);
  }

  /** True when text is waiting. */
  get isEmpty(): boolean {
    return this.#pending.size === 0;
  }

  /** The waiting text as messages (one per run, in the order runs first sent text), and forgets it. */
  flush(): DeltaMessage[] {
    const out = [...this.#pending.values()].map((e) => ({ type: 'run/delta' as const, ...e }));
    this.#pending.clear();
    return out;
  }
}
