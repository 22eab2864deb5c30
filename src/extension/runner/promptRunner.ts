/**
 * Runs one prompt on several providers at once for the panel: streams their events to listeners,
 * prices each result when it ends, reports the spend and keeps the history up to date (the prompt
 * at the start, partial output while streaming, the result at the end). Free of `vscode`: keys,
 * settings and the catalog come in through {@link RunnerDeps}.
 */
import { redactExact } from '../../providers/redactSecrets';
import type { Currency, ProviderId } from '../../core/model';
import type { LlmProvider, RunEvent, RunRequest } from '../../providers/llmProvider';
import type { RunCost } from '../../providers/runCost';
import type { RunResult } from '../../providers/runPrompt';
import { runPrompt } from '../../providers/runPrompt';
import type { RunParams, RunTarget, RunView, SessionView } from '../../shared/panelModel';
import type { RunHistory } from './runHistory';
import type { RunEstimate } from './runViewOf';
import { finishedRunView, startedRunView } from './runViewOf';

/** A client ready for one target, and the secrets it holds (scrubbed from anything shown). */
export interface PreparedTarget {
  readonly provider: LlmProvider;
  readonly secrets: readonly string[];
  /** The model id the catalog prices (an Azure deployment's model). */
  readonly pricedModel: string;
}

/** A prepared target with its estimate on the way. */
interface Prepared extends PreparedTarget {
  readonly estimate: Promise<RunEstimate>;
}

export interface RunnerDeps {
  readonly history: RunHistory;
  /** Human name of a provider, e.g. `DeepSeek`. */
  label(provider: ProviderId): string;
  prepare(target: RunTarget): Promise<PreparedTarget>;
  price(result: RunResult, pricedModel: string): RunCost;
  /** The engine's estimate; give it a token counter whose tokenizers load off this thread. */
  estimate(target: RunTarget, pricedModel: string, params: RunParams, at: Date): Promise<RunEstimate>;
  /** A priced run's actual cost, for the session spend. */
  onSpend(entry: { provider: ProviderId; model: string; amount: number; currency: Currency }): void;
  readonly now?: () => number;
  /** How often partial output is written while streaming. */
  readonly persistEveryMs?: number;
  readonly newId?: () => string;
}

/** What the runner tells its listeners. Every run gets exactly one `end`. */
export type RunnerEvent =
  | { readonly type: 'session'; readonly session: SessionView }
  | { readonly type: 'delta'; readonly sessionId: string; readonly runId: string; readonly reasoning: string; readonly content: string }
  | { readonly type: 'end'; readonly sessionId: string; readonly runId: string; readonly run: RunView }
  | { readonly type: 'idle'; readonly sessionId: string };

/** Thrown by `start` while another session is still running. */
export class RunnerBusyError extends Error {
  constructor() {
    super('A run is in progress: cancel it or wait for it to finish.');
  }
}

interface Active {
  readonly session: SessionView;
  readonly controller: AbortController;
  readonly timer: ReturnType<typeof setInterval>;
  dirty: boolean;
  lastWrite: number;
}

/**
 * A running session is written at least this often even without new output: the heartbeat by
 * which another window tells a live run from one cut off by a reload (STALE_AFTER_MS).
 */
export const HEARTBEAT_MS = 1_500;

export class PromptRunner {
  readonly #listeners = new Set<(event: RunnerEvent) => void>();
  #active: Active | null = null;
  #disposed = false;

  constructor(private readonly deps: RunnerDeps) {}

  /** The session still running (a live copy), or null. */
  get active(): SessionView | null {
    return this.#active ? structuredClone(this.#active.session) : null;
  }

  /** Starts a session; `done` resolves when every run has ended. Throws RunnerBusyError. */
  start(params: RunParams, targets: readonly RunTarget[]): { session: SessionView; done: Promise<SessionView> } {
    if (this.#active) throw new RunnerBusyError();
    if (this.#disposed) throw new Error('the prompt runner is shut down');
    const now = this.deps.now ?? Date.now;
    const at = new Date(now());
    const id = this.deps.newId?.() ?? `s${at.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const session: SessionView = {
      id,
      startedAt: at.toISOString(),
      params: structuredClone(params),
      runs: targets.map((t, i) => startedRunView(`${id}-${i}`, t.provider, t.model, `${this.deps.label(t.provider)} · ${t.model}`)),
    };
    const controller = new AbortController();
    const timer = setInterval(() => this.#persist(false), this.deps.persistEveryMs ?? 500);
    const active: Active = { session, controller, timer, dirty: false, lastWrite: now() };
    this.#active = active;
    this.#emit({ type: 'session', session: structuredClone(session) });
    const done = (async () => {
      // The prompt is on disk before anything is sent.
      await this.deps.history.save(session);
      // Estimates run beside the requests: the tokenizers load in worker threads (see
      // RunnerDeps.estimate), so they do not hold up the streams or skew their timings.
      const prepared = await Promise.all(targets.map((t) => this.#prepare(t, session.params, at)));
      await Promise.all(targets.map((t, i) => this.#runOne(active, t, i, at, prepared[i]!)));
      clearInterval(timer);
      if (this.#active === active) this.#active = null;
      if (!this.#disposed) {
        await this.deps.history.save(session);
        this.#emit({ type: 'idle', sessionId: id });
      }
      return structuredClone(session);
    })();
    return { session: structuredClone(session), done };
  }

  /** Stops the runs of a session; false when it is not the one running. */
  cancel(sessionId: string): boolean {
    if (this.#active?.session.id !== sessionId) return false;
    this.#active.controller.abort();
    return true;
  }

  /** Listens to the runner's events. */
  onEvent(listener: (event: RunnerEvent) => void): { dispose(): void } {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  }

  /** Aborts what runs; its history records are marked interrupted on disk right away. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    const active = this.#active;
    if (!active) return;
    clearInterval(active.timer);
    active.controller.abort();
    this.deps.history.interruptOwnSync();
  }

  async #prepare(target: RunTarget, params: RunParams, at: Date): Promise<Prepared | Error> {
    try {
      const prepared = await this.deps.prepare(target);
      const estimate = this.deps.estimate(target, prepared.pricedModel, params, at)
        .catch((err: Error): RunEstimate => ({ value: null, currency: 'USD', notes: [`no estimate: ${err.message}`] }));
      return { ...prepared, estimate };
    } catch (err) {
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  async #runOne(active: Active, target: RunTarget, index: number, at: Date, prepared: Prepared | Error): Promise<void> {
    const { session } = active;
    const start = session.runs[index]!;
    let scrub = (text: string): string => text;
    let result: RunResult;
    let cost: RunCost = { cost: null, currency: null, window: null, notes: [] };
    let estimate: RunEstimate = { value: null, currency: 'USD', notes: [] };
    if (prepared instanceof Error) {
      result = failedResult(target, at, `the run could not start: ${prepared.message}`);
    } else {
      const secrets = prepared.secrets.filter((s) => s.length >= 4);
      scrub = (text) => redactExact(text, secrets);
      result = await runPrompt(prepared.provider, requestOf(target, session.params), active.controller.signal, (event) => this.#onStreamEvent(active, index, event, scrub), secrets);
      estimate = await prepared.estimate;
      try {
        cost = this.deps.price(result, prepared.pricedModel);
      } catch (err) {
        cost = { ...cost, notes: [`unpriced: ${(err as Error).message}`] };
      }
    }
    const run = finishedRunView(start, result, cost, estimate, scrub);
    session.runs[index] = run;
    if (this.#disposed) return;
    if (run.cost !== null && run.currency) this.deps.onSpend({ provider: target.provider, model: target.model, amount: run.cost, currency: run.currency });
    this.#emit({ type: 'end', sessionId: session.id, runId: run.id, run: structuredClone(run) });
    await this.#persist(true);
  }

  #onStreamEvent(active: Active, index: number, event: RunEvent, scrub: (text: string) => string): void {
    const run = active.session.runs[index]!;
    if (event.type === 'content' || event.type === 'reasoning') {
      const text = scrub(event.text);
      if (event.type === 'content') run.output += text;
      else run.reasoning += text;
      active.dirty = true;
      if (!this.#disposed) {
        this.#emit({ type: 'delta', sessionId: active.session.id, runId: run.id, reasoning: event.type === 'reasoning' ? text : '', content: event.type === 'content' ? text : '' });
      }
    } else if (event.type === 'usage') {
      run.usage = { ...event.usage };
    }
  }

  /** Writes the running session: when forced, when output arrived, or as a heartbeat. */
  #persist(force: boolean): Promise<void> {
    const active = this.#active;
    if (!active || this.#disposed) return Promise.resolve();
    const now = (this.deps.now ?? Date.now)();
    if (!force && !active.dirty && now - active.lastWrite < HEARTBEAT_MS) return Promise.resolve();
    active.dirty = false;
    active.lastWrite = now;
    return this.deps.history.save(active.session);
  }

  #emit(event: RunnerEvent): void {
    for (const listener of [...this.#listeners]) listener(event);
  }
}

/** The provider request for a target: `null`/`default` parameters are left to the host. */
export function requestOf(target: RunTarget, params: RunParams): RunRequest {
  return {
    model: target.model,
    prompt: params.prompt,
    ...(params.system.trim() ? { system: params.system } : {}),
    ...(params.maxTokens !== null ? { maxTokens: params.maxTokens } : {}),
    ...(params.temperature !== null ? { temperature: params.temperature } : {}),
    ...(params.thinking !== 'default' ? { thinking: params.thinking === 'on' } : {}),
    ...(params.reasoningEffort !== 'default' ? { reasoningEffort: params.reasoningEffort } : {}),
  };
}

function failedResult(target: RunTarget, at: Date, message: string): RunResult {
  return {
    provider: target.provider, model: target.model, startedAt: at, output: '', reasoning: '', usage: null,
    finishReason: null, timings: { ttftMs: null, totalMs: 0 }, error: { kind: 'unknown', message }, incomplete: true, notes: [],
  };
}
