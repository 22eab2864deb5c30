/**
 * A quote as plain text readable at a glance: one line per component (tokens × rate = amount),
 * the total, the window in force and when it changes, the source and its as-of date, and notes.
 */
import type { Currency } from '../model';
import type { PriceBreakdown, PriceQuote } from './priceQuote';
import type { WindowInForce } from './priceWindowAt';

const SYMBOL: Record<Currency, string> = { USD: '$', CNY: '¥' };
const COMPONENTS: readonly [keyof PriceBreakdown, string][] = [
  ['input', 'input (cache miss)'],
  ['cachedInput', 'cached input (hit)'],
  ['cacheWrite', 'cache write'],
  ['output', 'output'],
  ['reasoning', 'reasoning'],
];

/** "$0.0012", "¥5.608": at most 10 decimals, trailing zeros dropped. */
export function formatMoney(amount: number, currency: Currency): string {
  const text = amount.toFixed(10).replace(/\.?0+$/, '');
  return `${SYMBOL[currency]}${text === '-0' ? '0' : text}`;
}

/** The quote as a small text table; `label` names the offer, `inForce` adds when the window changes. */
export function formatQuoteTable(quote: PriceQuote, label: string, inForce?: WindowInForce): string {
  const lines = [`${quote.provider} · ${quote.model} — ${label}`, `priced at ${quote.pricedAt} in ${quote.currency}`];
  if (quote.cost === null || !quote.breakdown || !quote.rates) {
    lines.push('', `no price: ${quote.unpricedReason ?? 'unknown'}`, `source: ${quote.source} (as of ${quote.asOf})`);
    return lines.join('\n') + '\n';
  }
  const u = quote.usage;
  const tokens: PriceBreakdown = {
    input: u.inputTokens - u.cachedInputTokens - u.cacheWriteTokens,
    cachedInput: u.cachedInputTokens,
    cacheWrite: u.cacheWriteTokens,
    output: u.outputTokens - u.reasoningTokens,
    reasoning: u.reasoningTokens,
  };
  const rows = COMPONENTS.filter(([key]) => key === 'input' || key === 'output' || tokens[key] > 0).map(([key, name]) => [
    name,
    tokens[key].toLocaleString('en-US'),
    `× ${formatMoney(quote.rates![key], quote.currency)}/1M`,
    '=',
    formatMoney(quote.breakdown![key], quote.currency),
  ]);
  rows.push(['total', '', '', '=', formatMoney(quote.cost, quote.currency)]);
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length)));
  lines.push('');
  for (const r of rows) {
    lines.push(`  ${r[0].padEnd(widths[0])}  ${r[1].padStart(widths[1])} ${r[2].padEnd(widths[2])} ${r[3]} ${r[4].padStart(widths[4])}`);
  }
  lines.push('');
  lines.push(`window:  ${windowText(quote, inForce)}`);
  lines.push(`period:  ${quote.period ?? '-'}`);
  lines.push(`source:  ${quote.source}`);
  lines.push(`as of:   ${quote.asOf} · confidence ${quote.confidence} · hardware ${quote.hardware}`);
  if (quote.converted) lines.push(`fx:      converted at ${quote.fxRate} CNY per USD`);
  if (quote.notes.length > 0) lines.push('notes:', ...quote.notes.map((n) => `  - ${n}`));
  return lines.join('\n') + '\n';
}

function windowText(quote: PriceQuote, inForce: WindowInForce | undefined): string {
  if (!inForce) return quote.window ?? 'flat price (no time windows)';
  const now = quote.window === null ? 'flat price (no time windows)' : inForce.description;
  if (!inForce.until || !inForce.next) return now;
  const next = inForce.next.status === 'period' ? (inForce.next.window ?? 'new flat price') : inForce.next.status;
  return `${now}; until ${inForce.until}, then ${next}`;
}
