/**
 * The part every client shares: attempts with retries, the watchdog, cancellation, timings and the
 * rule that a stream ends with exactly one `done` or `error` event, after any partial output.
 */
import type { ClassifiedFault, FaultContext } from './classifyFault';
import { classifyFault } from './classifyFault';
import type { RunEvent, RunFault, RunTimings, StreamPolicy } from './llmProvider';
import { redactSecrets } from './redactSecrets';
import { retryDelayMs, sleep } from './retryPolicy';
import { StreamWatchdog } from './streamWatchdog';

/** Handed to one attempt: its abort signal and the hooks that drive the watchdog. */
export interface AttemptContext {
  readonly signal: AbortSignal;
  /** Call when the response headers are in: switches from the header clock to the idle clock. */
  gotHeaders(): void;
  /** Call for every chunk or event received. */
  activity(): void;
}

/** How an attempt's stream ended when it ended without throwing. */
export interface AttemptEnd {
  readonly finishReason: string | null;
  /** null when the stream is complete; else why it is not (shown to the user). */
  readonly incompleteBecause: string | null;
}

/** One try at the request: yields deltas, usage and notes; throws on failure. */
export type Attempt = (ctx: AttemptContext) => AsyncGenerator<RunEvent, AttemptEnd>;

/** Runs `attempt` under `policy` and turns every outcome into events. Never throws. */
export async function* streamWithPolicy(attempt: Attempt, policy: StreamPolicy, signal: AbortSignal, ctx: FaultContext): AsyncGenerator<RunEvent> {
  const started = Date.now();
  let ttftMs: number | null = null;
  let streamed = false;
  const timings = (): RunTimings => ({ ttftMs, totalMs: Date.now() - started });
  const fail = (error: RunFault): RunEvent => ({ type: 'error', error, timings: timings() });

  for (let retry = 0; ; retry++) {
    if (signal.aborted) return yield fail(cancelled(streamed));
    const controller = new AbortController();
    const onAbort = (): void => controller.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    const watchdog = new StreamWatchdog(policy.headerTimeoutMs, policy.idleTimeoutMs, () => controller.abort(), policy.firstTokenTimeoutMs);
    let gotHeaders = false;
    const attemptCtx: AttemptContext = {
      signal: controller.signal,
      gotHeaders: () => {
        gotHeaders = true;
        watchdog.expectData();
      },
      activity: () => watchdog.touch(),
    };
    let outcome: ClassifiedFault | AttemptEnd;
    watchdog.expectHeaders();
    const run = attempt(attemptCtx);
    try {
      for (;;) {
        const step = await run.next();
        if (step.done) {
          outcome = step.value;
          break;
        }
        const event = step.value;
        if ((event.type === 'content' || event.type === 'reasoning') && event.text) {
          watchdog.sawToken();
          streamed = true;
          ttftMs ??= Date.now() - started;
        }
        yield event;
      }
    } catch (err) {
      outcome = classifyFault(err, ctx, gotHeaders || streamed ? 'stream' : 'connect');
    } finally {
      watchdog.stop();
      signal.removeEventListener('abort', onAbort);
      controller.abort();
      // Closes the attempt if our consumer stopped early (a no-op when it already finished).
      await run.return({ finishReason: null, incompleteBecause: null }).catch(() => undefined);
    }
    // A stream that completed counts as done even if an abort came in just after.
    if (!('fault' in outcome) && outcome.incompleteBecause === null && outcome.finishReason !== null) {
      return yield { type: 'done', finishReason: outcome.finishReason, timings: timings() };
    }
    // Aborts end the SDKs' loops silently or with their own errors: our reasons come first.
    if (signal.aborted) return yield fail(cancelled(streamed));
    if (watchdog.fired === 'timeout') return yield fail(timedOut(ctx, policy));
    if (watchdog.fired === 'stalled') return yield fail(stalled(ctx, streamed ? policy.idleTimeoutMs : (policy.firstTokenTimeoutMs ?? policy.idleTimeoutMs), streamed));
    if (!('fault' in outcome)) {
      const why = outcome.incompleteBecause ?? 'it ended without a finish reason';
      return yield fail({ kind: 'incomplete', message: `the stream from ${ctx.label} is incomplete: ${why}. The partial output is kept.` });
    }
    const { fault, retryable, retryAfterMs } = outcome;
    if (retryable && !streamed && retry < policy.maxRetries) {
      const wait = retryDelayMs(retry, retryAfterMs, policy);
      if (wait === null) {
        const asked = Math.ceil((retryAfterMs ?? 0) / 1000);
        return yield fail({ ...fault, message: `${fault.message} The host asks to wait ${asked} s before retrying, longer than this run waits (${Math.round(policy.maxRetryWaitMs / 1000)} s).` });
      }
      yield { type: 'note', text: redactSecrets(`${fault.kind}${fault.status ? ` (HTTP ${fault.status})` : ''}: retrying in ${(wait / 1000).toFixed(1)} s (attempt ${retry + 2} of ${policy.maxRetries + 1})`, ctx.secrets) };
      await sleep(wait, signal);
      continue;
    }
    const tries = retry + 1;
    let message = fault.message;
    if (retryable && !streamed && tries > 1) message += ` Gave up after ${tries} attempts.`;
    if (streamed && !/is kept/.test(message)) message += ' The output so far is kept and is incomplete.';
    return yield fail({ ...fault, message });
  }
}

function cancelled(streamed: boolean): RunFault {
  return { kind: 'cancelled', message: streamed ? 'cancelled; the output so far is kept.' : 'cancelled before any output.' };
}

function timedOut(ctx: FaultContext, policy: StreamPolicy): RunFault {
  return { kind: 'timeout', message: `${ctx.label} sent no response within ${seconds(policy.headerTimeoutMs)} (${ctx.endpoint}). The host may be overloaded or unreachable; try again later or allow a longer timeout.` };
}

function stalled(ctx: FaultContext, limitMs: number, streamed: boolean): RunFault {
  const when = streamed ? 'after it had started' : 'after the response headers, before any token';
  return { kind: 'stalled', message: `the stream from ${ctx.label} stalled: no data for ${seconds(limitMs)} ${when}. Stopped waiting; the output so far is kept and is incomplete.` };
}

function seconds(ms: number): string {
  return ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1)} s`;
}
