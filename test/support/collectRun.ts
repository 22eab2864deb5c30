/** Test helpers: run a provider to the end and keep every event, with the elapsed time. */
import type { LlmProvider, RunEvent, RunRequest } from '../../src/providers/llmProvider';
import type { RunResult } from '../../src/providers/runPrompt';
import { runPrompt } from '../../src/providers/runPrompt';

export interface CollectedRun {
  readonly result: RunResult;
  readonly events: RunEvent[];
  readonly elapsedMs: number;
}

/** Runs `request` on `provider`; `onEvent` may abort through `controller`. */
export async function collectRun(
  provider: LlmProvider,
  request: Partial<RunRequest> = {},
  controller: AbortController = new AbortController(),
  onEvent?: (event: RunEvent) => void,
): Promise<CollectedRun> {
  const events: RunEvent[] = [];
  const started = Date.now();
  const result = await runPrompt(provider, { model: 'deepseek-flash', prompt: 'Say hello', ...request }, controller.signal, (e) => {
    events.push(e);
    onEvent?.(e);
  });
  return { result, events, elapsedMs: Date.now() - started };
}

/**
 * Small limits so that every fault test ends in about a second. The header limit leaves room for
 * Node's lazy loading of fetch on the first request of a busy test process.
 */
export const FAST_POLICY = { headerTimeoutMs: 1000, idleTimeoutMs: 300, maxRetries: 2, retryBaseMs: 20, maxRetryWaitMs: 2_000 } as const;
