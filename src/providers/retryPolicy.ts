/**
 * Our own retry budget. The SDKs' retries are switched off (openai maxRetries 0, AWS maxAttempts 1)
 * so that one policy decides: retry only before anything was streamed, honour the host's
 * Retry-After up to a cap, and keep the total time bounded and predictable.
 */
import type { StreamPolicy } from './llmProvider';

/** Longest backoff between two attempts when the host gives no hint. */
const MAX_BACKOFF_MS = 8_000;

/** The wait the host asked for, from `retry-after-ms` or `retry-after` (seconds or an HTTP date). */
export function retryAfterMs(err: unknown, now: number = Date.now()): number | null {
  const headers = headersOf(err);
  if (!headers) return null;
  const ms = Number(headers('retry-after-ms'));
  if (headers('retry-after-ms') && Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers('retry-after');
  if (!raw) return null;
  const seconds = Number(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * How long to wait before retry number `retry` (0-based), or null when the host asked for more
 * than the policy allows (the run then fails at once instead of hanging).
 */
export function retryDelayMs(retry: number, hintedMs: number | null, policy: StreamPolicy): number | null {
  if (hintedMs !== null) return hintedMs > policy.maxRetryWaitMs ? null : hintedMs;
  const base = Math.min(MAX_BACKOFF_MS, policy.retryBaseMs * 2 ** retry);
  // Up to 20 % jitter so that parallel runs against one host do not retry in lockstep.
  return Math.min(policy.maxRetryWaitMs, Math.round(base * (1 + Math.random() * 0.2)));
}

/** Resolves after `ms`, or early (without throwing) when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

type HeaderGetter = (name: string) => string | null | undefined;

function headersOf(err: unknown): HeaderGetter | null {
  if (typeof err !== 'object' || err === null) return null;
  const e = err as { headers?: unknown; $response?: { headers?: Record<string, string> } };
  if (e.headers && typeof (e.headers as Headers).get === 'function') {
    const h = e.headers as Headers;
    return (name) => h.get(name);
  }
  const raw = e.$response?.headers;
  if (raw && typeof raw === 'object') {
    const lower = new Map(Object.entries(raw).map(([k, v]) => [k.toLowerCase(), String(v)]));
    return (name) => lower.get(name);
  }
  return null;
}
