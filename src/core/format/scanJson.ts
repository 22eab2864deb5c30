/**
 * The JSON form of a scan: a documented, stable contract (README "JSON output"). The contract keys
 * come first in each object; later keys are additions that consumers may ignore.
 */
import type { CallEstimate, OfferEstimate } from '../estimate/estimateTypes';
import type { Currency, SkippedFile } from '../model';

/** What the JSON report is made from. */
/** `--stats`: how much the scan read and parsed, and how long detection and the whole command took. */
export interface ScanStats {
  readonly filesSeen: number;
  readonly filesParsed: number;
  readonly bytesRead: number;
  readonly bytesParsed: number;
  /** Threads that read and pre-filtered the files. */
  readonly threads: number;
  readonly skipped: number;
  /** Walking, reading, pre-filtering and parsing (and the estimates made while files were still read). */
  readonly scanMs: number;
  /** The whole command up to the output, estimates included. */
  readonly ms: number;
}

export interface ScanReport {
  readonly root: string;
  readonly currency: Currency;
  /** ISO time the prices were taken at. */
  readonly pricedAt: string;
  readonly estimates: readonly CallEstimate[];
  readonly skipped: readonly SkippedFile[];
  readonly stats?: ScanStats;
}

/** The scan as a JSON value (not yet stringified). */
export function scanJson(report: ScanReport): unknown {
  return {
    calls: report.estimates.map(callJson),
    root: report.root,
    currency: report.currency,
    pricedAt: report.pricedAt,
    skipped: report.skipped,
    ...(report.stats ? { stats: report.stats } : {}),
  };
}

function callJson(e: CallEstimate): unknown {
  const c = e.call;
  return {
    file: c.file,
    ...(c.cell !== undefined ? { cell: c.cell } : {}),
    line: c.line,
    column: c.column,
    language: c.language,
    family: c.family,
    model: c.model,
    provider: c.provider,
    stream: c.stream,
    estimates: e.offers.map(offerJson),
    callee: c.callee,
    providerEvidence: c.providerEvidence,
    baseUrl: c.baseUrl,
    maxTokens: c.maxTokens,
    reasoningEffort: c.reasoningEffort,
    prompt: { knowledge: c.prompt.knowledge, text: c.prompt.text },
    directive: c.directive,
    callsPerDay: e.callsPerDay,
    cheapest: e.cheapest ? { offerId: e.cheapest.offerId, savingPercent: e.savingPercent } : null,
    problems: e.problems,
  };
}

function offerJson(o: OfferEstimate): unknown {
  return {
    provider: o.provider,
    model: o.model,
    label: o.label,
    current: o.current,
    hardware: o.hardware,
    currency: o.currency,
    perCall: o.perCall,
    monthly: o.monthly,
    window: o.window,
    source: o.source,
    asOf: o.asOf,
    stale: o.stale,
    tokens: o.tokens,
    notes: o.notes,
  };
}
