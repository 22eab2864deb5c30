/**
 * The prices an offer charges at one instant in one currency, resolved before any usage is applied:
 * the period and window in force and the price list used (the host's own list in that currency wins;
 * otherwise the other list, converted at the fx rate). Resolving is the costly part of pricing, so a
 * caller that prices many usages at the same instant (an estimate) resolves once and applies often.
 */
import type { Catalog, Offer, PricePeriod, PriceSet } from '../catalog/catalogSchema';
import { convertAmount, fxRate } from '../catalog/fx';
import type { FxRate } from '../catalog/fx';
import type { Currency } from '../model';
import { activeWindow, periodAt } from './pricePeriod';
import type { PeriodLookup, QuoteWindow } from './pricePeriod';

/** Options of priceUsage. */
export interface PriceOptions {
  /** CNY per USD, overriding the catalog's dated default. */
  readonly fxRate?: number;
}

/** A price list in force. */
export interface PricedInForce {
  readonly kind: 'period';
  readonly period: PricePeriod;
  /** The window label: the active window's kind, else the period's base label, else null (flat). */
  readonly window: QuoteWindow;
  /** The list the usage is billed at, in `setCurrency`. */
  readonly set: PriceSet;
  readonly setCurrency: Currency;
  /** The currency asked for. */
  readonly currency: Currency;
  /** The rate `set` is converted at, when `setCurrency` is not `currency`. */
  readonly fx: FxRate | undefined;
}

/** No price list in force (retired, unpriced, before the first price or between periods). */
export type NoPriceInForce = Exclude<PeriodLookup, { kind: 'period' }>;

/** What an offer charges at an instant, or why nothing is known. */
export type PricesInForce = PricedInForce | NoPriceInForce;

/** Resolves the prices of `offer` at `at` in `currency`. Throws a RangeError for an invalid date or fx rate. */
export function pricesInForce(catalog: Catalog, offer: Offer, at: Date, currency: Currency, opts: PriceOptions = {}): PricesInForce {
  if (Number.isNaN(at.getTime())) throw new RangeError('The instant to price at is not a valid date.');
  const found = periodAt(offer, at);
  if (found.kind !== 'period') return found;
  const { period } = found;
  const active = activeWindow(period, at);
  const prices = (active ?? period).prices;
  const own = prices[currency];
  const setCurrency: Currency = own ? currency : currency === 'USD' ? 'CNY' : 'USD';
  return {
    kind: 'period',
    period,
    window: active?.kind ?? period.baseWindow ?? null,
    set: (own ?? prices[setCurrency]) as PriceSet,
    setCurrency,
    currency,
    fx: setCurrency === currency ? undefined : fxRate(catalog, opts.fxRate),
  };
}

/** An amount of the list's currency in the currency asked for (zero stays zero, without a conversion). */
export function inAskedCurrency(inForce: PricedInForce, amount: number): number {
  if (!inForce.fx) return amount;
  return amount === 0 ? 0 : convertAmount(amount, inForce.setCurrency, inForce.currency, inForce.fx.rate);
}
