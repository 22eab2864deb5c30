/**
 * USD/CNY conversion. The catalog carries one dated default rate (CNY per USD); settings or
 * `--fx-rate` override it. Conversion is only used where a host publishes no list in the currency
 * asked for: DeepSeek's own CNY list always wins over a converted USD price.
 */
import type { Currency } from '../model';
import type { Catalog } from './catalogSchema';

/** A USD/CNY rate and where it comes from. */
export interface FxRate {
  /** CNY per USD. */
  readonly rate: number;
  /** Date of the rate, or null for a rate the user supplied. */
  readonly date: string | null;
  readonly source: string;
}

/** The catalog's default rate, or the user's `override` (CNY per USD) when given. */
export function fxRate(catalog: Catalog, override?: number): FxRate {
  if (override !== undefined) {
    if (!Number.isFinite(override) || override <= 0) throw new RangeError(`The exchange rate must be a positive number of CNY per USD (got ${override}).`);
    return { rate: override, date: null, source: 'user setting' };
  }
  const src = catalog.sources[catalog.fx.source];
  return { rate: catalog.fx.rate, date: catalog.fx.date, source: src ? src.title : catalog.fx.source };
}

/** Converts an amount between USD and CNY at `rate` (CNY per USD), rounded to 12 significant digits. */
export function convertAmount(amount: number, from: Currency, to: Currency, rate: number): number {
  if (from === to) return amount;
  const value = from === 'USD' ? amount * rate : amount / rate;
  return Number(value.toPrecision(12));
}
