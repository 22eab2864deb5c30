/**
 * The one interface every provider client implements, and the events it streams. The CLI and the
 * VS Code panel only speak these types; they never see an SDK object.
 */
import type { ProviderId, TokenUsage } from '../core/model';

/** One prompt to send. */
export interface RunRequest {
  /** Model id as the host names it (for Azure: the deployment name; for Bedrock: the model or inference-profile id). */
  readonly model: string;
  readonly prompt: string;
  readonly system?: string;
  readonly maxTokens?: number;
  /** DeepSeek-style thinking switch; undefined leaves the host's default. */
  readonly thinking?: boolean;
  /** `reasoning_effort` for hosts that take it (OpenAI o-series/gpt-5, DeepSeek 'high'|'max'). */
  readonly reasoningEffort?: string;
  readonly temperature?: number;
}

/** Time to first token (reasoning or answer) and total time, both from the start of the run, in ms. */
export interface RunTimings {
  readonly ttftMs: number | null;
  readonly totalMs: number;
}

/**
 * What went wrong, as a kind the UI can branch on and a message for the user. The message says
 * what to do (which env var or setting to fix) and never contains a key.
 */
export type FaultKind =
  | 'config' // missing key, endpoint or region: nothing was sent
  | 'auth' // 401/403: bad or unauthorised key
  | 'balance' // 402 or an exhausted quota
  | 'rate-limit' // 429 after the retries
  | 'bad-request' // 400/404/422: model id or parameters
  | 'server' // 5xx
  | 'connection' // refused, DNS, reset before any response
  | 'timeout' // no response headers in time
  | 'stalled' // headers came, then the stream went silent
  | 'cut-off' // the connection broke mid-stream
  | 'incomplete' // the stream ended cleanly but without a finish reason / end marker
  | 'malformed' // an event the client could not parse
  | 'cancelled' // the caller aborted
  | 'unknown';

export interface RunFault {
  readonly kind: FaultKind;
  readonly message: string;
  /** HTTP status when there was one. */
  readonly status?: number;
  /** The host's request id, for support tickets. */
  readonly requestId?: string;
}

/** Streamed by {@link LlmProvider.stream}; ends with exactly one `done` or `error`. */
export type RunEvent =
  | { readonly type: 'reasoning'; readonly text: string }
  | { readonly type: 'content'; readonly text: string }
  | { readonly type: 'usage'; readonly usage: TokenUsage }
  /** Informational remarks (a missing end marker, a retry), shown beside the result. */
  | { readonly type: 'note'; readonly text: string }
  | { readonly type: 'done'; readonly finishReason: string; readonly timings: RunTimings }
  | { readonly type: 'error'; readonly error: RunFault; readonly timings?: RunTimings };

/** A client for one host. Keys and endpoints are fixed when it is created. */
export interface LlmProvider {
  readonly id: ProviderId;
  /**
   * Streams one request. Never throws: every failure arrives as an `error` event, after the
   * partial output that came before it. Aborting `signal` ends the stream with a `cancelled` error.
   */
  stream(request: RunRequest, signal: AbortSignal): AsyncIterable<RunEvent>;
}

/** Time limits and retry budget; the defaults suit real hosts, tests pass small values. */
export interface StreamPolicy {
  /** Longest wait for response headers, per attempt. */
  readonly headerTimeoutMs: number;
  /** Longest silence once tokens flow (any bytes, keep-alive comments included, reset it). */
  readonly idleTimeoutMs: number;
  /**
   * Longest silence between the headers and the first token; defaults to `idleTimeoutMs`. Longer
   * for hosts whose reasoning models think without streaming anything (OpenAI o-series).
   */
  readonly firstTokenTimeoutMs?: number;
  /** Retries after 408/429/5xx or a failed connection, only while nothing has been streamed yet. */
  readonly maxRetries: number;
  /** First backoff; doubled per retry. */
  readonly retryBaseMs: number;
  /** A Retry-After longer than this is not waited for: the run fails at once and says so. */
  readonly maxRetryWaitMs: number;
}

/**
 * Defaults. Hosts answer a streaming request with headers at once (DeepSeek then sends keep-alive
 * comments while queued) and stream tokens, reasoning included, without long gaps; so 20 s of
 * silence means trouble. Before any output the worst case is 3 attempts × 20 s + 2 waits × 15 s.
 */
export const DEFAULT_STREAM_POLICY: StreamPolicy = {
  headerTimeoutMs: 20_000,
  idleTimeoutMs: 20_000,
  maxRetries: 2,
  retryBaseMs: 500,
  maxRetryWaitMs: 15_000,
};
