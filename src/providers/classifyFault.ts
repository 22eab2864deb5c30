/**
 * Turns whatever an SDK, undici or Node threw into a {@link RunFault} with a message that says what
 * happened and what to do, plus whether a retry may help. Works on the openai package's APIError
 * family and on AWS SDK service exceptions without importing either (duck-typed fields).
 */
import type { FaultKind, RunFault } from './llmProvider';
import { retryAfterMs } from './retryPolicy';
import { redactSecrets } from './redactSecrets';

/** What a message may name: never the key itself, only where it comes from. */
export interface FaultContext {
  /** Host name for messages, e.g. `DeepSeek`. */
  readonly label: string;
  /** Where the key comes from, e.g. `DEEPSEEK_API_KEY` or a settings command. */
  readonly keyHint: string;
  readonly model: string;
  /** Base URL shown in connection messages (no query string, no credentials). */
  readonly endpoint: string;
  /** Values to scrub from every message. */
  readonly secrets: readonly string[];
}

export interface ClassifiedFault {
  readonly fault: RunFault;
  readonly retryable: boolean;
  /** The wait the host asked for (Retry-After / retry-after-ms), if any. */
  readonly retryAfterMs: number | null;
}

/** Before the response headers (retries allowed) or while reading the stream (never retried). */
export type FaultPhase = 'connect' | 'stream';

interface ErrorFacts {
  status?: number;
  name: string;
  code?: string;
  hostMessage?: string;
  requestId?: string;
  causeCode?: string;
  /** An `error` object the host sent inside the stream (no HTTP status). */
  inStreamError: boolean;
}

const AUTH_NAMES = /^(AccessDenied|UnrecognizedClient|InvalidSignature|ExpiredToken|MissingAuthenticationToken|IncompleteSignature)/;
const RATE_NAMES = /^(Throttling|TooManyRequests|ServiceQuotaExceeded)/;
const SERVER_NAMES = /^(InternalServer|ServiceUnavailable|ModelStreamError|ModelError|ModelTimeout|ModelNotReady)/;
const TLS_CODES = /CERT|TLS|SSL/;
const NETWORK_CODES = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_\w+)$/;

/** Builds the user-facing fault for an error thrown by a client. */
export function classifyFault(err: unknown, ctx: FaultContext, phase: FaultPhase): ClassifiedFault {
  const facts = readFacts(err);
  const detail = facts.hostMessage ? `: ${clip(facts.hostMessage)}` : '';
  const status = facts.status;
  const wait = retryAfterMs(err);
  const make = (kind: FaultKind, message: string, retryable = false): ClassifiedFault => ({
    fault: {
      kind,
      message: redactSecrets(message, ctx.secrets),
      ...(status !== undefined ? { status } : {}),
      ...(facts.requestId ? { requestId: facts.requestId } : {}),
    },
    retryable: retryable && phase === 'connect',
    retryAfterMs: wait,
  });
  const http = status !== undefined ? `HTTP ${status}${detail}` : `${facts.name}${detail}`;
  const hint = `${facts.code ?? ''} ${facts.name} ${facts.hostMessage ?? ''}`.toLowerCase();

  if (facts.name === 'CredentialsProviderError' || /could not load credentials/i.test(facts.hostMessage ?? '')) {
    return make('config', `no credentials for ${ctx.label}: set ${ctx.keyHint}.`);
  }
  if (/region is missing/i.test(facts.hostMessage ?? '')) {
    return make('config', `no AWS region for ${ctx.label}: set AWS_REGION or pass --region.`);
  }
  if (err instanceof SyntaxError) {
    return make('malformed', `${ctx.label} sent a stream event that is not valid JSON; stopped reading. The output so far is kept.`);
  }
  if (status === 402 || /insufficient[_ ]?(balance|quota|funds)|\bbalance\b/.test(hint)) {
    return make('balance', `${ctx.label} says the account balance or quota is insufficient (${http}). Top up the account, or use another key in ${ctx.keyHint}.`);
  }
  if (status === 401 || status === 403 || AUTH_NAMES.test(facts.name)) {
    const verb = status === 401 && !/AccessDenied/.test(facts.name) ? 'rejected the API key' : 'refused access';
    return make('auth', `${ctx.label} ${verb} (${http}). Check ${ctx.keyHint}, and that it may use model "${ctx.model}".`);
  }
  if (status === 429 || RATE_NAMES.test(facts.name) || (status === undefined && /rate[_ ]limit/.test(hint))) {
    return make('rate-limit', `${ctx.label} is rate-limiting requests (${http}). Wait a little and try again, or run fewer requests at once.`, true);
  }
  if (status === 404 || /^ResourceNotFound/.test(facts.name)) {
    return make('bad-request', `${ctx.label} does not know this model or path (${http}). Check the model id "${ctx.model}" and the base URL ${ctx.endpoint}.`);
  }
  if (status === 408 || status === 409 || (status !== undefined && status >= 500) || SERVER_NAMES.test(facts.name)) {
    return make('server', `${ctx.label} had a server error (${http}). Try again later.`, true);
  }
  if (status !== undefined && status >= 400) {
    return make('bad-request', `${ctx.label} rejected the request (${http}). Check the model id "${ctx.model}" and the parameters.`);
  }
  if (status === undefined && facts.inStreamError) {
    // An `error` object inside the SSE stream (no HTTP status).
    return make('server', `${ctx.label} reported an error mid-stream${detail}. The output so far is kept.`);
  }
  const network = facts.causeCode ?? (facts.code && NETWORK_CODES.test(facts.code) ? facts.code : undefined);
  const broken = network !== undefined || /terminated|socket|other side closed|connection error|fetch failed|aborted/i.test(facts.hostMessage ?? '');
  if (broken && phase === 'stream') {
    const why = network === 'UND_ERR_SOCKET' || network === 'ECONNRESET' ? `the server closed the connection, ${network}` : (network ?? clip(facts.hostMessage ?? facts.name));
    return make('cut-off', `the connection to ${ctx.label} broke mid-stream (${why}). The output so far is kept and is incomplete.`);
  }
  if (broken) {
    const why =
      network === 'ECONNREFUSED' ? 'connection refused'
      : network === 'ENOTFOUND' ? 'host name not found'
      : network && TLS_CODES.test(network) ? `TLS certificate problem: ${network}`
      : (network ?? clip(facts.hostMessage ?? ''));
    return make('connection', `could not connect to ${ctx.label} at ${ctx.endpoint} (${why}). Check the base URL and the network.`, !(network && TLS_CODES.test(network)));
  }
  return make('unknown', `${ctx.label} failed: ${clip(facts.hostMessage ?? facts.name)}.`);
}

function readFacts(err: unknown): ErrorFacts {
  if (!(err instanceof Error)) return { name: 'Error', hostMessage: String(err), inStreamError: false };
  const e = err as Error & {
    status?: unknown; code?: unknown; requestID?: unknown; error?: { message?: unknown };
    $metadata?: { httpStatusCode?: number; requestId?: string };
  };
  const status = typeof e.status === 'number' ? e.status : e.$metadata?.httpStatusCode;
  const bodyMessage = typeof e.error?.message === 'string' ? e.error.message : undefined;
  return {
    status: typeof status === 'number' && status >= 400 ? status : undefined,
    name: e.name || e.constructor?.name || 'Error',
    code: typeof e.code === 'string' ? e.code : undefined,
    hostMessage: bodyMessage ?? stripStatus(e.message),
    requestId: typeof e.requestID === 'string' ? e.requestID : e.$metadata?.requestId,
    causeCode: causeCode(err),
    inStreamError: bodyMessage !== undefined,
  };
}

/** The first network or TLS error code in the `cause` chain (undici wraps them in "fetch failed"). */
function causeCode(err: Error): string | undefined {
  let cur: unknown = err;
  for (let depth = 0; depth < 6 && cur instanceof Error; depth++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.test(code) || TLS_CODES.test(code))) return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The openai package prefixes messages with the status ("401 Authentication Fails"). */
function stripStatus(message: string): string {
  return message.replace(/^\d{3}\s+/, '');
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}…` : flat;
}

/** Origin and path of a base URL, without credentials or query. */
export function safeEndpoint(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return '(invalid base URL)';
  }
}
