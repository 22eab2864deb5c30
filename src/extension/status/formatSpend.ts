import type { Currency } from '../../core/model';
import type { SpendTotals } from './sessionSpend';

const SYMBOL: Readonly<Record<Currency, string>> = { USD: '$', CNY: '¥' };

/**
 * Session spend for the status bar: `$0.00` before any run, small amounts with enough digits to
 * be non-zero (`$0.0042`), both currencies only when runs were billed in both (`$0.12 + ¥0.40`).
 */
export function formatSpend(totals: SpendTotals, preferred: Currency): string {
  const other: Currency = preferred === 'USD' ? 'CNY' : 'USD';
  const parts = [formatAmount(totals.byCurrency[preferred], preferred)];
  if (totals.byCurrency[other] > 0) parts.push(formatAmount(totals.byCurrency[other], other));
  return parts.join(' + ');
}

/** One amount with its currency symbol: 2 decimals, or 2 significant digits below 0.01. */
export function formatAmount(amount: number, currency: Currency): string {
  const digits = amount === 0 || amount >= 0.01 ? 2 : Math.min(8, 1 - Math.floor(Math.log10(amount)));
  return `${SYMBOL[currency]}${amount.toFixed(digits)}`;
}
