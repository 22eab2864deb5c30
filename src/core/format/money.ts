/**
 * Money and token amounts for people: enough significant digits for tiny per-call costs,
 * compact thousands for monthly totals.
 */
import type { Currency } from '../model';

const SYMBOL: Readonly<Record<Currency, string>> = { USD: '$', CNY: '¥' };

/** A cost per call: `$0.012`, `$0.00091`, `¥0.0065`, `$0` — three significant digits below 1. */
export function formatCost(amount: number, currency: Currency): string {
  const sign = amount < 0 ? '-' : '';
  const value = Math.abs(amount);
  const symbol = SYMBOL[currency];
  if (value === 0) return `${symbol}0`;
  if (value >= 1000) return `${sign}${symbol}${compact(value)}`;
  if (value >= 1) return `${sign}${symbol}${trimZeros(value.toFixed(2))}`;
  const digits = Math.min(8, Math.max(2, 2 - Math.floor(Math.log10(value))));
  return `${sign}${symbol}${trimZeros(value.toFixed(digits))}`;
}

/** A monthly total: `$1.8k`, `$240`, `$3.5M`, `$0.42`. */
export function formatMonthly(amount: number, currency: Currency): string {
  const symbol = SYMBOL[currency];
  if (amount >= 1000) return `${symbol}${compact(amount)}`;
  if (amount >= 100) return `${symbol}${Math.round(amount)}`;
  return formatCost(amount, currency);
}

/** A token count: `1,200`, `45k`, `1.2M`. */
export function formatTokens(count: number): string {
  if (count >= 100_000) return compact(count);
  return Math.round(count).toLocaleString('en-US');
}

/** A saving: `−93%` (cheaper) or `+12%` (dearer). Uses the minus sign U+2212 like the lens. */
export function formatSaving(percent: number): string {
  const rounded = Math.round(percent);
  return rounded > 0 ? `\u2212${rounded}%` : `+${Math.abs(rounded)}%`;
}

function compact(value: number): string {
  const units: Array<[number, string]> = [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
  for (const [size, unit] of units) {
    if (value >= size) {
      const scaled = value / size;
      return `${trimZeros(scaled.toFixed(scaled >= 100 ? 0 : 1))}${unit}`;
    }
  }
  return String(value);
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
