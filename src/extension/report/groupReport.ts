/**
 * The workspace report as the tree shows it: files, then providers within a file, then calls,
 * each level sorted by monthly cost (dearest first), with totals. No `vscode` here, so the
 * grouping and the totals are unit-tested directly.
 */
import type { CallEstimate } from '../../core/estimate/estimateTypes';
import type { Currency, ProviderId } from '../../core/model';

/** Monthly cost and counts of a group of calls. */
export interface GroupCost {
  /** Sum of the priced calls' monthly cost on the host they use now. */
  readonly monthly: number;
  readonly calls: number;
  /** Calls that could not be priced (unknown model, unpriced offer, custom endpoint). */
  readonly unpriced: number;
}

/** The calls of one provider within one file. */
export interface ProviderGroup extends GroupCost {
  readonly provider: ProviderId;
  readonly estimates: readonly CallEstimate[];
}

/** One file's calls by provider. */
export interface FileGroup extends GroupCost {
  readonly file: string;
  readonly providers: readonly ProviderGroup[];
}

/** Totals over the whole report. */
export interface ReportTotals extends GroupCost {
  readonly files: number;
  /** Monthly cost if every call used its cheapest comparable offer (calls without one keep their own). */
  readonly cheapestMonthly: number;
  /** Saving of `cheapestMonthly` against `monthly`, in percent; null when nothing is priced. */
  readonly savingPercent: number | null;
  readonly currency: Currency | null;
}

/** The grouped report. */
export interface GroupedReport {
  readonly files: readonly FileGroup[];
  readonly totals: ReportTotals;
}

/** Groups estimates by file and provider and adds up the totals. */
export function groupReport(estimates: readonly CallEstimate[]): GroupedReport {
  const byFile = new Map<string, CallEstimate[]>();
  for (const e of estimates) byFile.set(e.call.file, [...(byFile.get(e.call.file) ?? []), e]);
  const files = [...byFile].map(([file, list]): FileGroup => {
    const byProvider = new Map<ProviderId, CallEstimate[]>();
    for (const e of list) byProvider.set(e.call.provider, [...(byProvider.get(e.call.provider) ?? []), e]);
    const providers = [...byProvider].map(([provider, calls]): ProviderGroup => ({ provider, ...costOf(calls), estimates: calls.sort(byMonthly) }));
    return { file, ...costOf(list), providers: providers.sort((a, b) => b.monthly - a.monthly || a.provider.localeCompare(b.provider)) };
  });
  files.sort((a, b) => b.monthly - a.monthly || a.file.localeCompare(b.file));
  const total = costOf(estimates);
  const cheapestMonthly = estimates.reduce((sum, e) => {
    const now = e.current?.monthly;
    return now == null ? sum : sum + Math.min(now, e.cheapest?.monthly ?? Infinity);
  }, 0);
  return {
    files,
    totals: {
      ...total,
      files: files.length,
      cheapestMonthly,
      savingPercent: total.monthly > 0 ? ((total.monthly - cheapestMonthly) / total.monthly) * 100 : null,
      currency: estimates.find((e) => e.offers.length > 0)?.offers[0].currency ?? null,
    },
  };
}

/** The monthly cost of one call on its current host, or null when it is not priced. */
export function monthlyOf(e: CallEstimate): number | null {
  return e.current?.monthly ?? null;
}

function costOf(list: readonly CallEstimate[]): GroupCost {
  let monthly = 0;
  let unpriced = 0;
  for (const e of list) {
    const m = monthlyOf(e);
    if (m === null) unpriced++;
    else monthly += m;
  }
  return { monthly, calls: list.length, unpriced };
}

function byMonthly(a: CallEstimate, b: CallEstimate): number {
  return (monthlyOf(b) ?? -1) - (monthlyOf(a) ?? -1) || (a.call.cell ?? -1) - (b.call.cell ?? -1) || a.call.line - b.call.line;
}
