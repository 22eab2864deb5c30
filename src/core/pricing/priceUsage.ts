/**
 * Prices a token usage on one offer at one instant, in USD or CNY:
 * cost = (input − cached − cacheWrite) × input price + cached × cache-hit price
 *      + cacheWrite × cache-write price + (output − reasoning) × output price
 *      + reasoning × (reasoning price ?? output price), prices per 1M tokens.
 * The host's own list in the asked currency wins; otherwise the other list is converted.
 */
import type { Catalog, Confidence, Offer, PriceSet, PriceTier } from '../catalog/catalogSchema';
import { convertAmount, fxRate } from '../catalog/fx';
import type { Currency, TokenUsage } from '../model';
import { amountToNumber, tokenCost } from './exactCost';
import type { ExactAmount } from './exactCost';
import { activeWindow, periodAt, windowLabel } from './pricePeriod';
import type { PriceBreakdown, PriceQuote } from './priceQuote';
import { usageProblem } from './usageProblem';

/** Options of priceUsage. */
export interface PriceOptions {
  /** CNY per USD, overriding the catalog's dated default. */
  readonly fxRate?: number;
}

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
  const problem = usageProblem(usage);
  if (problem) throw new RangeError(problem);
  if (Number.isNaN(at.getTime())) throw new RangeError('The instant to price at is not a valid date.');
  const common = {
    provider: offer.provider,
    model: offer.model,
    offerId: offer.id,
    currency,
    usage,
    pricedAt: at.toISOString(),
    hardware: offer.hardware,
    converted: false,
  };
  const found = periodAt(offer, at);
  if (found.kind !== 'period') {
    const reasons = {
      retired: `${offer.model} on ${offer.provider} was retired at ${offer.retired?.at}` +
        (offer.retired?.replacement ? `; use ${offer.retired.replacement} instead.` : '.'),
      unpriced: offer.unpricedReason ?? 'No price is known for this offer.',
      before: `No price known for ${offer.model} on ${offer.provider} before ${found.kind === 'before' ? found.firstFrom : ''}.`,
      gap: `No price known for ${offer.model} on ${offer.provider} at ${at.toISOString()}.`,
    };
    const sourceId = found.kind === 'retired' && offer.retired ? offer.retired.source : offer.source;
    return {
      ...common, cost: null, breakdown: null, rates: null, window: null, period: null, canonical: offer.canonical,
      source: sourceText(catalog, sourceId), sourceId, asOf: offer.asOf, notes: [], unpricedReason: reasons[found.kind],
      confidence: offer.confidence,
    };
  }

  const { period } = found;
  const prices = (activeWindow(period, at) ?? period).prices;
  const window = windowLabel(period, at);
  const own = prices[currency];
  const setCurrency: Currency = own ? currency : currency === 'USD' ? 'CNY' : 'USD';
  const set = (own ?? prices[setCurrency]) as PriceSet;
  const tier = pickTier(set, usage.inputTokens);
  const rates: PriceBreakdown = {
    input: (tier ?? set).input,
    cachedInput: (tier ?? set).cachedInput ?? (tier ?? set).input,
    cacheWrite: (tier ?? set).cacheWrite ?? (tier ?? set).input,
    output: (tier ?? set).output,
    reasoning: set.reasoning ?? (tier ?? set).output,
  };
  const amounts: Record<keyof PriceBreakdown, ExactAmount> = {
    input: tokenCost(usage.inputTokens - usage.cachedInputTokens - usage.cacheWriteTokens, rates.input),
    cachedInput: tokenCost(usage.cachedInputTokens, rates.cachedInput),
    cacheWrite: tokenCost(usage.cacheWriteTokens, rates.cacheWrite),
    output: tokenCost(usage.outputTokens - usage.reasoningTokens, rates.output),
    reasoning: tokenCost(usage.reasoningTokens, rates.reasoning),
  };
  const total = Object.values(amounts).reduce((a, b) => a + b, 0n);

  const notes: string[] = [];
  const fx = setCurrency === currency ? undefined : fxRate(catalog, opts.fxRate);
  const money = (amount: number): number => (fx ? convertAmount(amount, setCurrency, currency, fx.rate) : amount);
  if (window === 'peak') notes.push(HOLIDAY_NOTE);
  if (fx) {
    const origin = fx.date ? `the default rate of ${fx.date}; override it in settings or with --fx-rate` : 'the rate given';
    notes.push(`converted from ${setCurrency} at ${fx.rate} CNY per USD (${origin}): no ${currency} list is known for this price`);
  }
  if (tier) notes.push(`long-context tier: more than ${tier.aboveInputTokens} input tokens, so the whole request is billed at the tier prices`);
  if (usage.cachedInputTokens > 0 && (tier ?? set).cachedInput === null) {
    notes.push('no cache-hit price is published for this offer: cache hits are billed at the input price');
  }
  if (usage.cacheWriteTokens > 0 && (tier ?? set).cacheWrite === undefined) {
    notes.push('no cache-write price is published for this offer: cache writes are billed at the input price');
  }
  if (usage.reasoningTokens > 0 && set.reasoning === undefined) notes.push('reasoning tokens are billed at the output price');
  if (period.from === undefined && at.getTime() < Date.parse(`${set.asOf}T00:00:00Z`)) {
    notes.push(`price as of ${set.asOf}; assumed unchanged at ${at.toISOString().slice(0, 10)} (earlier prices unknown)`);
  }
  if (offer.deprecated && at.getTime() >= Date.parse(offer.deprecated.at)) notes.push(`${offer.model} is deprecated since ${offer.deprecated.at.slice(0, 10)}`);
  const confidence = lowest(offer.confidence, set.confidence);
  if (confidence === 'low') notes.push("price confidence low: third-party figure, not the host's own price page");
  else if (confidence === 'medium') notes.push('price from a second-hand source (price aggregator or third-party tool)');

  const sourceId = (tier ?? set).source;
  return {
    ...common,
    cost: money(amountToNumber(total)),
    breakdown: mapBreakdown(amounts, (a) => money(amountToNumber(a))),
    rates: mapBreakdown(rates, money),
    window,
    period: period.label,
    canonical: period.canonical ?? offer.canonical,
    source: sourceText(catalog, sourceId),
    sourceId,
    asOf: (tier ?? set).asOf,
    converted: fx !== undefined,
    ...(fx ? { fxRate: fx.rate } : {}),
    ...(tier ? { tierAboveInputTokens: tier.aboveInputTokens } : {}),
    notes,
    confidence,
  };
}

/** The highest long-context tier whose threshold the input exceeds. */
function pickTier(set: PriceSet, inputTokens: number): PriceTier | undefined {
  return [...(set.tiers ?? [])].reverse().find((t) => inputTokens > t.aboveInputTokens);
}

function mapBreakdown<T>(values: Record<keyof PriceBreakdown, T>, f: (v: T) => number): PriceBreakdown {
  return {
    input: f(values.input),
    cachedInput: f(values.cachedInput),
    cacheWrite: f(values.cacheWrite),
    output: f(values.output),
    reasoning: f(values.reasoning),
  };
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
