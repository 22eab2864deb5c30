/** The result of pricing one token usage on one offer at one instant. */
import type { Confidence } from '../catalog/catalogSchema';
import type { Currency, Hardware, ProviderId, TokenUsage } from '../model';
import type { QuoteWindow } from './pricePeriod';

/** Cost per component, in the quote's currency. */
export interface PriceBreakdown {
  /** Cache-miss input tokens (input − cached − cache write). */
  readonly input: number;
  readonly cachedInput: number;
  readonly cacheWrite: number;
  /** Output tokens that are not reasoning. */
  readonly output: number;
  readonly reasoning: number;
}

/** The rate applied to each component, per 1M tokens, in the quote's currency. */
export type QuoteRates = PriceBreakdown;

/** A priced (or knowingly unpriced) usage. */
export interface PriceQuote {
  readonly provider: ProviderId;
  /** The model id as the host names it. */
  readonly model: string;
  readonly offerId: string;
  readonly currency: Currency;
  /** Total cost, or null when the offer has no price at that instant (see `unpricedReason`). */
  readonly cost: number | null;
  /** Null exactly when `cost` is null. */
  readonly breakdown: PriceBreakdown | null;
  readonly rates: QuoteRates | null;
  /** The token counts priced (as given). */
  readonly usage: TokenUsage;
  /** The instant priced, ISO 8601 UTC. */
  readonly pricedAt: string;
  readonly window: QuoteWindow;
  /** Label of the price period used (e.g. "DeepSeek-V3 list price with the daily night discount"). */
  readonly period: string | null;
  /** The canonical model served at that instant. */
  readonly canonical: string;
  /** Title (and address) of the price source. */
  readonly source: string;
  readonly sourceId: string;
  /** As-of date of the prices used. */
  readonly asOf: string;
  /** True when the prices were converted from the host's other currency. */
  readonly converted: boolean;
  /** CNY per USD, present when `converted`. */
  readonly fxRate?: number;
  /** Input-token threshold of the long-context tier applied, if any. */
  readonly tierAboveInputTokens?: number;
  readonly notes: readonly string[];
  readonly unpricedReason?: string;
  readonly hardware: Hardware;
  readonly confidence: Confidence;
}
