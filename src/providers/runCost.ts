/**
 * The actual cost of a run: the usage the host returned, priced on the catalog offer at the moment
 * the request was started (so DeepSeek's peak/off-peak window is the one in force then).
 */
import type { Catalog } from '../core/catalog/catalogSchema';
import { findOffer } from '../core/catalog/findOffer';
import type { Currency } from '../core/model';
import type { QuoteWindow } from '../core/pricing/pricePeriod';
import { priceUsage } from '../core/pricing/priceUsage';
import type { RunResult } from './runPrompt';

export interface RunCost {
  /** null when unpriced or when the host returned no usage (see notes). */
  readonly cost: number | null;
  readonly currency: Currency | null;
  /** Price window in force at the start of the request (peak, off-peak, …). */
  readonly window: QuoteWindow;
  readonly notes: readonly string[];
}

/** Prices `result.usage` on the offer the catalog has for its provider and model. */
export function priceRun(catalog: Catalog | null, result: RunResult, currency: Currency, fxRate?: number): RunCost {
  const none = (note: string): RunCost => ({ cost: null, currency: null, window: null, notes: [note] });
  if (!result.usage) {
    // A failed run says why in its error; a completed one without usage needs the note.
    return result.error ? { cost: null, currency: null, window: null, notes: [] } : none('no usage returned by the host: actual cost unknown');
  }
  if (!catalog) return none('unpriced: the price catalog could not be loaded');
  const offer = result.provider === 'custom' ? undefined : findOffer(catalog, result.provider, result.model);
  if (!offer) return none(`unpriced: the catalog has no price for "${result.model}" on ${result.provider}`);
  let quote;
  try {
    quote = priceUsage(catalog, offer, result.usage, result.startedAt, currency, fxRate !== undefined ? { fxRate } : undefined);
  } catch (err) {
    return none(`unpriced: the usage the host returned cannot be priced (${(err as Error).message})`);
  }
  const notes = [...quote.notes];
  if (quote.cost === null) notes.unshift(`unpriced: ${quote.unpricedReason ?? 'no price in force at the time of the request'}`);
  return { cost: quote.cost, currency: quote.cost === null ? null : quote.currency, window: quote.window, notes };
}
