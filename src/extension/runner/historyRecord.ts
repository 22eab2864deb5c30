/**
 * A session as stored in the run history: the session view plus which window ran it and when that
 * window last wrote it (a heartbeat). A session still `running` whose window stopped writing was cut
 * off by a reload or a closed window: it is marked interrupted, with the output that had arrived.
 */
import * as z from 'zod';
import { formatCost } from '../../core/format/money';
import type { Currency } from '../../core/model';
import type { HistoryItem, SessionView } from '../../shared/panelModel';
import { sessionViewSchema } from '../../shared/panelModel';

/** Bump on incompatible changes; records of other versions are skipped, not deleted. */
export const HISTORY_RECORD_VERSION = 1;
/** The message of a run cut off by a reload (or a closed window). */
export const INTERRUPTED_MESSAGE = 'interrupted (window reloaded)';

export const historyRecordSchema = sessionViewSchema.extend({
  version: z.literal(HISTORY_RECORD_VERSION),
  /** Id of the extension host (window) that ran the session. */
  owner: z.string().min(1).max(100),
  /** Epoch ms of the last write by the owner. */
  updatedAt: z.number().nonnegative(),
});
export type HistoryRecord = z.infer<typeof historyRecordSchema>;

/** The record of `session` as written now by `owner`. */
export function toRecord(session: SessionView, owner: string, now: number): HistoryRecord {
  return { ...structuredClone(session), version: HISTORY_RECORD_VERSION, owner, updatedAt: now };
}

/** The session view of a record (without the bookkeeping fields). */
export function toSession(record: HistoryRecord): SessionView {
  const { version: _v, owner: _o, updatedAt: _u, ...session } = record;
  return structuredClone(session);
}

/** True when a run of the record is still marked running. */
export function isRunning(record: SessionView): boolean {
  return record.runs.some((r) => r.status === 'running');
}

/** The record with every running run marked interrupted; output and reasoning are kept. */
export function interrupt(record: HistoryRecord): HistoryRecord {
  return {
    ...record,
    runs: record.runs.map((run) => run.status !== 'running' ? run : {
      ...run,
      status: 'interrupted' as const,
      error: { kind: 'interrupted', message: `${INTERRUPTED_MESSAGE}: the output shown is what had arrived.` },
      notes: [...run.notes, 'The window reloaded or closed while this run was streaming; it was not finished and not priced.'],
    }),
  };
}

/** The history list line of a session. */
export function historyItemOf(session: SessionView): HistoryItem {
  const firstLine = session.params.prompt.trim().split('\n')[0] ?? '';
  const statuses = new Set(session.runs.map((r) => r.status));
  const totals = new Map<Currency, number>();
  for (const run of session.runs) {
    if (run.cost !== null && run.currency) totals.set(run.currency, (totals.get(run.currency) ?? 0) + run.cost);
  }
  return {
    id: session.id,
    startedAt: session.startedAt,
    title: firstLine.length > 120 ? `${firstLine.slice(0, 119)}…` : firstLine,
    targets: session.runs.map((r) => `${r.provider} · ${r.model}`).join(', ').slice(0, 2000),
    status: statuses.size === 1 ? [...statuses][0]! : statuses.has('running') ? 'running' : 'mixed',
    costText: totals.size === 0 ? '—' : [...totals].map(([c, amount]) => formatCost(amount, c)).join(' + '),
  };
}

/** One JSON line per run: the prompt, its parameters and everything the run returned (no keys). */
export function historyJsonl(sessions: readonly SessionView[]): string {
  const lines: string[] = [];
  for (const s of sessions) {
    for (const r of s.runs) {
      lines.push(JSON.stringify({
        sessionId: s.id,
        startedAt: s.startedAt,
        provider: r.provider,
        model: r.model,
        status: r.status,
        prompt: s.params.prompt,
        system: s.params.system,
        maxTokens: s.params.maxTokens,
        temperature: s.params.temperature,
        thinking: s.params.thinking,
        reasoningEffort: s.params.reasoningEffort,
        output: r.output,
        reasoning: r.reasoning,
        usage: r.usage,
        cost: r.cost,
        currency: r.currency,
        estimate: r.estimate,
        window: r.window,
        ttftMs: r.ttftMs,
        totalMs: r.totalMs,
        finishReason: r.finishReason,
        error: r.error?.message ?? null,
        errorKind: r.error?.kind ?? null,
        notes: r.notes,
      }));
    }
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}
