/**
 * Prices a token usage on one offer at one instant, in USD or CNY:
 * cost = (input − cached − cacheWrite) × input price + cached × cache-hit price
 *      + cacheWrite × cache-write price + (output − reasoning) × output price
 *      + reasoning × (reasoning price ?? output price), prices per 1M tokens.
 * The host's own list in the asked currency wins; otherwise the other list is converted.
 */
import type { Catalog, Confidence, Offer } from '../catalog/catalogSchema';
import type { Currency, TokenUsage } from '../model';
import { amountToNumber } from './exactCost';
import type { ExactAmount } from './exactCost';
import type { PriceQuote } from './priceQuote';
import { inAskedCurrency, pricesInForce } from './pricesInForce';
import type { NoPriceInForce, PricedInForce, PriceOptions, PricesInForce } from './pricesInForce';
import { billingFor, exactAmounts, exactTotal } from './usageCost';
import type { Billing } from './usageCost';
import { assertValidUsage } from './usageProblem';

export type { PriceOptions } from './pricesInForce';

export const HOLIDAY_NOTE = 'assumed a working day (Chinese public holidays are off-peak)';
const CONFIDENCE_ORDER: readonly Confidence[] = ['low', 'medium', 'high'];

/** Prices `usage` on `offer` at `at` in `currency`. Throws a RangeError for an invalid usage or date. */
export function priceUsage(
  catalog: Catalog,
  offer: Offer,
  usage: TokenUsage,
  at: Date,
  currency: Currency,
  opts: PriceOptions = {},
): PriceQuote {
  assertValidUsage(usage);
  return quoteInForce(catalog, offer, usage, at, currency, pricesInForce(catalog, offer, at, currency, opts));
}

/**
 * The quote of a valid `usage` (see usageProblem) under `inForce`, the prices of `offer` resolved
 * at `at` in `currency` by pricesInForce: what priceUsage gives, for callers that resolve once.
 * Quotes are built as plain literals, not object spreads, which cost microseconds each in V8.
 */
export function quoteInForce(catalog: Catalog, offer: Offer, usage: TokenUsage, at: Date, currency: Currency, inForce: PricesInForce): PriceQuote {
  const pricedAt = isoString(at);
  if (inForce.kind !== 'period') {
    const sourceId = inForce.kind === 'retired' && offer.retired ? offer.retired.source : offer.source;
    return {
      provider: offer.provider, model: offer.model, offerId: offer.id, currency, usage, pricedAt, hardware: offer.hardware, converted: false,
      cost: null, breakdown: null, rates: null, window: null, period: null, canonical: offer.canonical,
      source: sourceText(catalog, sourceId), sourceId, asOf: offer.asOf, notes: [], unpricedReason: unpricedReason(offer, inForce, pricedAt),
      confidence: offer.confidence,
    };
  }

  const { period, window, set, fx } = inForce;
  const billing = billingFor(set, usage.inputTokens);
  const { tier, billed, rates } = billing;
  const amounts = exactAmounts(usage, rates);
  const confidence = lowest(offer.confidence, set.confidence);
  const quote: QuoteFields = {
    provider: offer.provider, model: offer.model, offerId: offer.id, currency, usage, pricedAt, hardware: offer.hardware, converted: fx !== undefined,
    cost: money(inForce, exactTotal(amounts)),
    breakdown: {
      input: money(inForce, amounts.input),
      cachedInput: money(inForce, amounts.cachedInput),
      cacheWrite: money(inForce, amounts.cacheWrite),
      output: money(inForce, amounts.output),
      reasoning: money(inForce, amounts.reasoning),
    },
    rates: {
      input: inAskedCurrency(inForce, rates.input),
      cachedInput: inAskedCurrency(inForce, rates.cachedInput),
      cacheWrite: inAskedCurrency(inForce, rates.cacheWrite),
      output: inAskedCurrency(inForce, rates.output),
      reasoning: inAskedCurrency(inForce, rates.reasoning),
    },
    window,
    period: period.label,
    canonical: period.canonical ?? offer.canonical,
    source: sourceText(catalog, billed.source),
    sourceId: billed.source,
    asOf: billed.asOf,
  };
  // Added in this order, which JSON output (`price --json`) shows.
  if (fx) quote.fxRate = fx.rate;
  if (tier) quote.tierAboveInputTokens = tier.aboveInputTokens;
  quote.notes = quoteNotes(offer, usage, at, inForce, billing, confidence);
  quote.confidence = confidence;
  return quote as PriceQuote;
}

/** A PriceQuote under construction. */
type QuoteFields = { -readonly [K in keyof PriceQuote]?: PriceQuote[K] };

/** Why nothing is priced, in words. */
function unpricedReason(offer: Offer, lookup: NoPriceInForce, pricedAt: string): string {
  switch (lookup.kind) {
    case 'retired':
      return `${offer.model} on ${offer.provider} was retired at ${offer.retired?.at}` +
        (offer.retired?.replacement ? `; use ${offer.retired.replacement} instead.` : '.');
    case 'unpriced':
      return offer.unpricedReason ?? 'No price is known for this offer.';
    case 'before':
      return `No price known for ${offer.model} on ${offer.provider} before ${lookup.firstFrom}.`;
    case 'gap':
      return `No price known for ${offer.model} on ${offer.provider} at ${pricedAt}.`;
  }
}

/** The notes of a priced quote: conversions, tiers, prices billed in place of missing ones, dates, confidence. */
function quoteNotes(offer: Offer, usage: TokenUsage, at: Date, inForce: PricedInForce, billing: Billing, confidence: Confidence): string[] {
  const { period, window, set, setCurrency, currency, fx } = inForce;
  const { tier, billed } = billing;
  const notes: string[] = [];
  if (window === 'peak') notes.push(HOLIDAY_NOTE);
  if (fx) {
    const origin = fx.date ? `the default rate of ${fx.date}; override it in settings or with --fx-rate` : 'the rate given';
    notes.push(`converted from ${setCurrency} at ${fx.rate} CNY per USD (${origin}): no ${currency} list is known for this price`);
  }
  if (tier) notes.push(`long-context tier: more than ${tier.aboveInputTokens} input tokens, so the whole request is billed at the tier prices`);
  if (usage.cachedInputTokens > 0 && billed.cachedInput === null) {
    notes.push('no cache-hit price is published for this offer: cache hits are billed at the input price');
  }
  if (usage.cacheWriteTokens > 0 && billed.cacheWrite === undefined) {
    notes.push('no cache-write price is published for this offer: cache writes are billed at the input price');
  }
  if (usage.reasoningTokens > 0 && set.reasoning === undefined) notes.push('reasoning tokens are billed at the output price');
  if (period.from === undefined && at.getTime() < Date.parse(`${set.asOf}T00:00:00Z`)) {
    notes.push(`price as of ${set.asOf}; assumed unchanged at ${isoString(at).slice(0, 10)} (earlier prices unknown)`);
  }
  if (offer.deprecated && at.getTime() >= Date.parse(offer.deprecated.at)) notes.push(`${offer.model} is deprecated since ${offer.deprecated.at.slice(0, 10)}`);
  if (confidence === 'low') notes.push("price confidence low: third-party figure, not the host's own price page");
  else if (confidence === 'medium') notes.push('price from a second-hand source (price aggregator or third-party tool)');
  return notes;
}

let lastInstant = NaN;
let lastIso = '';

/** `at.toISOString()`, kept for the last instant seen: an estimate quotes thousands of times at one moment. */
function isoString(at: Date): string {
  if (at.getTime() !== lastInstant) {
    lastIso = at.toISOString();
    lastInstant = at.getTime();
  }
  return lastIso;
}

/** An exact amount as a number in the currency asked for. */
function money(inForce: PricedInForce, amount: ExactAmount): number {
  return inAskedCurrency(inForce, amountToNumber(amount));
}

function lowest(a: Confidence, b: Confidence | undefined): Confidence {
  if (!b) return a;
  return CONFIDENCE_ORDER.indexOf(a) <= CONFIDENCE_ORDER.indexOf(b) ? a : b;
}

/** "Title <url>" of a source id, or the id itself when unknown. */
export function sourceText(catalog: Catalog, id: string): string {
  const src = catalog.sources[id];
  if (!src) return id;
  return src.url ? `${src.title} <${src.url}>` : src.title;
}
