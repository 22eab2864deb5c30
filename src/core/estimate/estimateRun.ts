/**
 * What estimating a batch of calls looks up again and again, looked up once: the prices each offer
 * charges at each instant, the offers comparable to each offer or model, offer lookups, labels and
 * price ages. A run belongs to one catalog and one set of assumptions and is dropped with them, so
 * a changed catalog or price override is always seen by the next run.
 */
import type { Catalog, Offer } from '../catalog/catalogSchema';
import { comparableOffers, rankComparableOffersForModel } from '../catalog/equivalence';
import { findOffer, nearestOfferIds } from '../catalog/findOffer';
import type { ProviderId, TokenUsage } from '../model';
import type { PriceQuote } from '../pricing/priceQuote';
import { pricesInForce } from '../pricing/pricesInForce';
import type { PricesInForce } from '../pricing/pricesInForce';
import { quoteInForce } from '../pricing/priceUsage';
import { costInForce } from '../pricing/usageCost';
import { assertValidUsage } from '../pricing/usageProblem';
import { tokenizerForModel } from '../tokens/tokenCounter';
import type { TokenizerId } from '../tokens/tokenCounter';
import { ageInDays, offerDisplayLabel } from './offerLabels';
import type { EstimateAssumptions } from './estimateTypes';

/** Memoised lookups and pricing for one catalog and one set of assumptions. */
export interface EstimateRun {
  readonly assumptions: EstimateAssumptions;
  /** The full quote of `usage` on `offer` at the estimate's moment (its notes and source are shown). */
  quote(offer: Offer, usage: TokenUsage): PriceQuote;
  /** Only the cost of `usage` on `offer` at `at` (default: the estimate's moment); null when unpriced. */
  cost(offer: Offer, usage: TokenUsage, at?: Date): number | null;
  /** The offer `model` names on `provider` (see findOffer). */
  findOffer(provider: ProviderId, model: string): Offer | undefined;
  /** Up to three known ids nearest to an unknown `model` (see nearestOfferIds). */
  nearestOfferIds(provider: ProviderId, model: string): readonly string[];
  /** Offers comparable to `offer` on the providers compared, best first (see comparableOffers). */
  comparableTo(offer: Offer): readonly Offer[];
  /** Offers comparable to a model that has no offer of its own, on the providers compared. */
  comparableToModel(model: string): readonly Offer[];
  /** `DeepSeek V4 Flash on Huawei MaaS`. */
  label(offer: Offer): string;
  /** The tokenizer that counts prompts for `offer` (see tokenizerForModel). */
  tokenizer(offer: Offer): TokenizerId;
  /** Whether prices as of `asOf` are older than the assumed staleness limit at the estimate's moment. */
  isStale(asOf: string): boolean;
}

/** Starts a run over `catalog` under `assumptions`. */
export function estimateRun(catalog: Catalog, assumptions: EstimateAssumptions): EstimateRun {
  const { at, currency, fxRate, compareWith, providers } = assumptions;
  const options = fxRate !== undefined ? { fxRate } : undefined;
  const allowed = (o: Offer): boolean => !providers || providers.includes(o.provider as ProviderId);
  const byOffer = memoised((offer: Offer) => memoised((time: number) => pricesInForce(catalog, offer, new Date(time), currency, options)));
  // An invalid date is not memoised: pricesInForce throws for it.
  const pricesAt = (offer: Offer, when: Date): PricesInForce =>
    Number.isNaN(when.getTime()) ? pricesInForce(catalog, offer, when, currency, options) : byOffer(offer)(when.getTime());
  const offers = memoised((provider: ProviderId) => memoised((model: string) => findOffer(catalog, provider, model)));
  const nearest = memoised((provider: ProviderId) => memoised((model: string) => nearestOfferIds(catalog, provider, model, 3)));
  return {
    assumptions,
    quote: (offer, usage) => {
      assertValidUsage(usage);
      return quoteInForce(catalog, offer, usage, at, currency, pricesAt(offer, at));
    },
    cost: (offer, usage, when = at) => costInForce(pricesAt(offer, when), usage),
    findOffer: (provider, model) => offers(provider)(model),
    nearestOfferIds: (provider, model) => nearest(provider)(model),
    comparableTo: memoised((offer: Offer) => comparableOffers(catalog, offer, compareWith).filter(allowed)),
    comparableToModel: memoised((model: string) => rankComparableOffersForModel(catalog, model, compareWith).map((c) => c.offer).filter(allowed)),
    label: memoised((offer: Offer) => offerDisplayLabel(catalog, offer)),
    tokenizer: memoised((offer: Offer) => tokenizerForModel(offer.model, offer.provider as ProviderId)),
    isStale: memoised((asOf: string) => ageInDays(asOf, at) > assumptions.staleAfterDays),
  };
}

/** `compute` with its results kept per key (undefined results too). */
function memoised<K, V>(compute: (key: K) => V): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as V;
    const value = compute(key);
    memo.set(key, value);
    return value;
  };
}
