/**
 * What `llm-cost run` prints at the end: a summary table (table mode) or the JSON contract of
 * issue 3 — one object per run, an array when several.
 */
import type { Currency } from '../core/model';
import { formatCost, formatTokens } from '../core/format/money';
import type { Align } from '../core/format/textTable';
import { textTable } from '../core/format/textTable';
import type { RunCost } from '../providers/runCost';
import type { RunResult } from '../providers/runPrompt';

/** One finished run with its price. */
export interface RunRow {
  readonly result: RunResult;
  readonly cost: RunCost;
  /** The engine's estimate for the same prompt (typical cost), when the caller supplies one. */
  readonly estimate: number | null;
}

/** The JSON object of one run (issue 3), plus `notes` (unpriced, retries, missing end marker). */
export interface RunJson {
  provider: string;
  model: string;
  output: string;
  reasoning: string;
  usage: { inputTokens: number; cachedInputTokens: number; outputTokens: number; reasoningTokens: number } | null;
  cost: number | null;
  currency: Currency | null;
  estimate: number | null;
  ttftMs: number | null;
  totalMs: number;
  finishReason: string | null;
  /** The fault's message (it names its kind in words), or null when the run completed. */
  error: string | null;
  notes: string[];
}

/** Maps a row to the JSON contract. */
export function runJson(row: RunRow): RunJson {
  const { result, cost } = row;
  const u = result.usage;
  return {
    provider: result.provider,
    model: result.model,
    output: result.output,
    reasoning: result.reasoning,
    usage: u ? { inputTokens: u.inputTokens, cachedInputTokens: u.cachedInputTokens, outputTokens: u.outputTokens, reasoningTokens: u.reasoningTokens } : null,
    cost: cost.cost,
    currency: cost.currency,
    estimate: row.estimate,
    ttftMs: result.timings.ttftMs,
    totalMs: result.timings.totalMs,
    finishReason: result.finishReason,
    error: result.error ? result.error.message : null,
    notes: [...notesOf(row)],
  };
}

/** The summary table under the transcript. */
export function runSummaryTable(rows: readonly RunRow[], currency: Currency): string {
  const header = ['provider', 'model', 'status', 'ttft', 'total', 'input', 'cached', 'output', 'reasoning', 'cost', 'estimate'];
  const align: Align[] = ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'];
  const body = rows.map(({ result: r, cost, estimate }) => [
    r.provider,
    r.model,
    r.error ? r.error.kind : `ok (${r.finishReason})`,
    r.timings.ttftMs === null ? '—' : seconds(r.timings.ttftMs),
    seconds(r.timings.totalMs),
    r.usage ? formatTokens(r.usage.inputTokens) : '—',
    r.usage ? formatTokens(r.usage.cachedInputTokens) : '—',
    r.usage ? formatTokens(r.usage.outputTokens) : '—',
    r.usage ? formatTokens(r.usage.reasoningTokens) : '—',
    cost.cost === null ? 'unpriced' : `${formatCost(cost.cost, cost.currency ?? currency)}${cost.window ? ` ${cost.window}` : ''}`,
    estimate === null ? '—' : formatCost(estimate, currency),
  ]);
  return textTable(header, body, align) + '\n';
}

/** Notes of a run: the client's and the pricing's, without repeats. */
export function notesOf(row: RunRow): string[] {
  return [...new Set([...row.result.notes, ...row.cost.notes])];
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
