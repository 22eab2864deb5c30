/** The scan as a Markdown report (for pull requests, wikis, the extension's export). */
import { formatCost, formatMonthly, formatSaving } from './money';
import type { ScanReport } from './scanJson';
import { callLocation, offerLabel } from './scanTable';

/** The whole report as Markdown. */
export function scanMarkdown(report: ScanReport): string {
  const cur = report.currency;
  const lines = [
    '# LLM calls and their cost',
    '',
    `Prices in ${cur} at ${report.pricedAt}. Per call = typical estimate; per month = 30 days at each call's calls/day.`,
    '',
    '| Call | Family | Model | Provider | Per call | Per month | Cheapest comparable | Saving |',
    '|---|---|---|---|---:|---:|---|---:|',
  ];
  for (const e of report.estimates) {
    const now = e.current;
    lines.push(
      `| ${escape(callLocation(e))} | ${e.call.family} | ${escape(e.call.model ?? '(unknown)')} | ${e.call.provider} | ` +
        `${now?.perCall ? formatCost(now.perCall.typical, cur) : '—'} | ${now?.monthly != null ? formatMonthly(now.monthly, cur) : '—'} | ` +
        `${e.cheapest?.perCall ? `${escape(offerLabel(e.cheapest))} ${formatCost(e.cheapest.perCall.typical, cur)}` : '—'} | ` +
        `${e.savingPercent !== null ? formatSaving(e.savingPercent) : ''} |`,
    );
  }
  const notes = report.estimates.flatMap((e) => e.problems.map((p) => `- ${escape(callLocation(e))}: ${escape(p)}`));
  if (notes.length > 0) lines.push('', '## Notes', '', ...notes);
  if (report.skipped.length > 0) lines.push('', '## Skipped files', '', ...report.skipped.map((s) => `- ${escape(s.file)}: ${escape(s.reason)}`));
  return lines.join('\n') + '\n';
}

/** Text from scanned code shown literally: no links, HTML or code spans can be smuggled in. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
