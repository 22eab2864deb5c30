/**
 * The scan as a terminal table, readable at a glance: one row per call with its cost per call and
 * per month on the host the code uses, and the cheapest comparable offer with its saving.
 * Ascend-backed hosts are marked, stale or unpriced offers say so.
 */
import type { CallEstimate, OfferEstimate } from '../estimate/estimateTypes';
import { formatCost, formatMonthly, formatSaving } from './money';
import type { ScanReport } from './scanJson';
import { textTable } from './textTable';

/** Where a call stands: `src/app.ts:12:5` or `nb.ipynb#3:2:1` for a notebook cell. */
export function callLocation(e: CallEstimate): string {
  const c = e.call;
  return c.cell !== undefined ? `${c.file}#${c.cell}:${c.line}:${c.column}` : `${c.file}:${c.line}:${c.column}`;
}

/** A short offer label with hardware, e.g. `DeepSeek V4 Flash on Huawei MaaS (Ascend)`. */
export function offerLabel(o: OfferEstimate): string {
  return o.hardware === 'ascend' ? `${o.label} (Ascend)` : o.label;
}

/** The whole report as text. */
export function scanTable(report: ScanReport): string {
  const cur = report.currency;
  const rows = report.estimates.map((e) => {
    const now = e.current;
    const perCall = now?.perCall ? formatCost(now.perCall.typical, cur) + (now.stale ? ' (stale)' : '') : '—';
    const monthly = now?.monthly != null ? formatMonthly(now.monthly, cur) : '—';
    const cheaper = e.savingPercent !== null && e.savingPercent >= 0.5;
    const best = e.cheapest?.perCall
      ? cheaper || !now?.perCall
        ? `${offerLabel(e.cheapest)} ${formatCost(e.cheapest.perCall.typical, cur)}`
        : 'none cheaper'
      : e.offers.length > 0 ? 'no priced alternative' : '—';
    const saving = cheaper ? formatSaving(e.savingPercent as number) : '';
    return [callLocation(e), e.call.family, e.call.model ?? '(unknown)', e.call.provider, perCall, monthly, saving, best];
  });
  const lines: string[] = [];
  if (rows.length === 0) {
    lines.push('No LLM API calls found.');
  } else {
    lines.push(textTable(['Call', 'Family', 'Model', 'Provider', 'Per call', 'Per month', 'Saving', 'Cheapest comparable'], rows,
      ['left', 'left', 'left', 'left', 'right', 'right', 'right', 'left']));
    lines.push('', totalsLine(report));
  }
  const problems = report.estimates.flatMap((e) => e.problems.map((p) => `  ${callLocation(e)}: ${p}`));
  if (problems.length > 0) lines.push('', 'Notes:', ...problems);
  if (report.skipped.length > 0) lines.push('', `Skipped ${report.skipped.length} file(s):`, ...report.skipped.map((s) => `  ${s.file}: ${s.reason}`));
  lines.push('', `Prices in ${cur} at ${report.pricedAt}; per call = typical estimate, per month = 30 days at each call's calls/day.`);
  return lines.join('\n') + '\n';
}

function totalsLine(report: ScanReport): string {
  const cur = report.currency;
  let now = 0;
  let best = 0;
  let unpriced = 0;
  for (const e of report.estimates) {
    if (e.current?.monthly == null) {
      unpriced++;
      continue;
    }
    now += e.current.monthly;
    best += Math.min(e.current.monthly, e.cheapest?.monthly ?? Infinity);
  }
  const calls = `${report.estimates.length} call(s)`;
  const tail = unpriced > 0 ? `; ${unpriced} call(s) not priced (see notes)` : '';
  const saving = now > 0 ? ` (${formatSaving(((now - best) / now) * 100)})` : '';
  return `${calls}: ${formatMonthly(now, cur)}/month as written; ${formatMonthly(best, cur)}/month on the cheapest comparable offers${saving}${tail}.`;
}
