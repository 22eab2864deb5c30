/**
 * Runs one prompt on one provider and collects the stream into a result. The CLI and the VS Code
 * panel both call this; `onEvent` lets them show the deltas live.
 */
import { StreamRedactor } from './redactSecrets';
import type { ProviderId, TokenUsage } from '../core/model';
import type { LlmProvider, RunEvent, RunFault, RunRequest, RunTimings } from './llmProvider';

/** Everything a run produced, also when it failed part-way. */
export interface RunResult {
  readonly provider: ProviderId;
  readonly model: string;
  /** When the request was started: what the run is priced at (DeepSeek peak/off-peak). */
  readonly startedAt: Date;
  readonly output: string;
  readonly reasoning: string;
  /** The host's usage (the last one reported), or null when it sent none. */
  readonly usage: TokenUsage | null;
  readonly finishReason: string | null;
  readonly timings: RunTimings;
  readonly error: RunFault | null;
  /** True when the run did not reach a finish reason: `output`/`reasoning` hold what arrived. */
  readonly incomplete: boolean;
  /** Remarks from the client (retries, a missing end marker, options not sent). */
  readonly notes: readonly string[];
}

/** Streams `request` through `provider` and resolves with the collected result. Never rejects. */
export async function runPrompt(
  provider: LlmProvider,
  request: RunRequest,
  signal: AbortSignal,
  onEvent?: (event: RunEvent) => void,
  secrets: readonly string[] = [],
): Promise<RunResult> {
  // Streamed text is redacted as it arrives, so a key echoed by a host never reaches a listener,
  // even when the host splits it across two chunks.
  const redactors = { content: new StreamRedactor(secrets), reasoning: new StreamRedactor(secrets) };
  const flush = (): void => {
    for (const type of ['reasoning', 'content'] as const) {
      const text = redactors[type].flush();
      if (text === '') continue;
      if (type === 'content') output += text;
      else reasoning += text;
      onEvent?.({ type, text });
    }
  };
  const startedAt = new Date();
  const started = Date.now();
  let output = '';
  let reasoning = '';
  let usage: TokenUsage | null = null;
  let finishReason: string | null = null;
  let timings: RunTimings | null = null;
  let firstTokenMs: number | null = null;
  let error: RunFault | null = null;
  const notes: string[] = [];
  try {
    for await (const event of provider.stream(request, signal)) {
      switch (event.type) {
        case 'reasoning':
        case 'content': {
          firstTokenMs ??= Date.now() - started;
          const text = redactors[event.type].push(event.text);
          if (event.type === 'content') output += text;
          else reasoning += text;
          if (text !== '') onEvent?.({ type: event.type, text });
          continue;
        }
        case 'usage':
          usage = event.usage;
          break;
        case 'note':
          notes.push(event.text);
          break;
        case 'done':
          flush();
          finishReason = event.finishReason;
          timings = event.timings;
          break;
        case 'error':
          flush();
          error = event.error;
          timings = event.timings ?? null;
          break;
      }
      onEvent?.(event);
    }
  } catch (err) {
    // Providers do not throw; a listener or a broken provider might. Keep what arrived.
    error = { kind: 'unknown', message: `the run failed: ${(err as Error).message ?? String(err)}` };
  }
  flush();
  if (!error && finishReason === null) {
    error = { kind: 'incomplete', message: 'the stream ended without a done event; the output is partial.' };
  }
  return {
    provider: provider.id,
    model: request.model,
    startedAt,
    output,
    reasoning,
    usage,
    finishReason,
    timings: timings ?? { ttftMs: firstTokenMs, totalMs: Date.now() - started },
    error,
    incomplete: error !== null,
    notes,
  };
}
