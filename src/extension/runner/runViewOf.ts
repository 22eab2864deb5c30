/**
 * Turns what the provider layer returned into the panel's view of a run: status, texts, usage,
 * timings, the actual cost (priced at the start of the request) and the estimate, pre-formatted.
 */
import { formatCost } from '../../core/format/money';
import type { Currency, ProviderId } from '../../core/model';
import type { RunCost } from '../../providers/runCost';
import type { RunResult } from '../../providers/runPrompt';
import type { RunView } from '../../shared/panelModel';

/** The engine's estimate for a run, or why there is none. */
export interface RunEstimate {
  readonly value: number | null;
  readonly currency: Currency;
  readonly notes: readonly string[];
}

/** A run that has just started. */
export function startedRunView(id: string, provider: ProviderId, model: string, label: string): RunView {
  return {
    id, provider, model, label,
    status: 'running',
    output: '', reasoning: '', usage: null,
    ttftMs: null, totalMs: null, finishReason: null, error: null,
    cost: null, currency: null, costText: '—', estimate: null, estimateText: '—', window: null,
    notes: [],
  };
}

/** The finished run: `scrub` removes secrets from every text (defence in depth). */
export function finishedRunView(start: RunView, result: RunResult, cost: RunCost, estimate: RunEstimate, scrub: (text: string) => string): RunView {
  const status = result.error === null ? 'done' : result.error.kind === 'cancelled' ? 'cancelled' : 'failed';
  const costText = cost.cost !== null && cost.currency ? formatCost(cost.cost, cost.currency) : result.usage ? 'unpriced' : '—';
  return {
    ...start,
    status,
    output: scrub(result.output),
    reasoning: scrub(result.reasoning),
    usage: result.usage ? { ...result.usage } : null,
    ttftMs: result.timings.ttftMs,
    totalMs: result.timings.totalMs,
    finishReason: result.finishReason,
    error: result.error ? { kind: result.error.kind, message: scrub(result.error.message) } : null,
    cost: cost.cost,
    currency: cost.cost !== null ? cost.currency : null,
    costText,
    estimate: estimate.value,
    estimateText: estimate.value === null ? 'none' : formatCost(estimate.value, estimate.currency),
    window: cost.window,
    notes: [...new Set([...result.notes, ...cost.notes, ...estimate.notes])].map(scrub).slice(0, 50),
  };
}
