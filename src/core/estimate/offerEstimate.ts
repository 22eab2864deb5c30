/**
 * Prices one call's token assumptions on one offer: low / typical / high at the estimate's moment,
 * and a monthly figure that averages the offer's price windows over a week (DeepSeek's peak hours
 * are 35 of the week's 168), so a monthly total does not depend on the hour it was computed.
 */
import type { Catalog, Offer } from '../catalog/catalogSchema';
import type { Hardware, ProviderId, TokenUsage } from '../model';
import type { priceUsage as PriceUsage } from '../pricing/priceUsage';
import { hostShortLabel } from '../format/hostLabels';
import { periodAt, windowLabel } from '../pricing/pricePeriod';
import { DAYS_PER_MONTH } from './defaults';
import type { EstimateAssumptions, OfferEstimate, Range, TokenAssumption } from './estimateTypes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Builds the OfferEstimate of `offer` for the given tokens. */
export function offerEstimate(
  catalog: Catalog,
  offer: Offer,
  tokens: TokenAssumption,
  current: boolean,
  callsPerDay: number,
  a: EstimateAssumptions,
  price: typeof PriceUsage,
): OfferEstimate {
  const quoteFor = (pick: keyof Range, at: Date) =>
    price(catalog, offer, usageOf(tokens, pick), at, a.currency, a.fxRate !== undefined ? { fxRate: a.fxRate } : undefined);
  const typical = quoteFor('typical', a.at);
  const low = quoteFor('low', a.at);
  const high = quoteFor('high', a.at);
  const priced = typical.cost !== null && low.cost !== null && high.cost !== null;
  const notes = [...typical.notes];
  if (typical.unpricedReason) notes.unshift(typical.unpricedReason);
  if (tokens.approximate) notes.push(`input tokens approximated (${tokens.tokenizer})`);
  return {
    offerId: offer.id,
    provider: offer.provider as ProviderId,
    model: offer.model,
    label: offerDisplayLabel(catalog, offer),
    hardware: offer.hardware as Hardware,
    currency: a.currency,
    current,
    perCall: priced ? { low: low.cost as number, typical: typical.cost as number, high: high.cost as number } : null,
    monthly: priced ? monthlyPerCall(offer, typical.cost as number, (at) => quoteFor('typical', at).cost, a.at) * callsPerDay * DAYS_PER_MONTH : null,
    window: typical.window,
    source: typical.source,
    asOf: typical.asOf,
    stale: typical.asOf !== '' && ageInDays(typical.asOf, a.at) > a.staleAfterDays,
    tokens,
    notes: [...new Set(notes)],
  };
}

/** `DeepSeek V4 Flash on Huawei MaaS`: the canonical model's name and the host's short name. */
export function offerDisplayLabel(catalog: Catalog, offer: Offer): string {
  const model = catalog.canonicalModels.find((c) => c.id === offer.canonical)?.label ?? offer.label;
  return `${model} on ${hostShortLabel(offer.provider as ProviderId)}`;
}

/** The per-call cost a month is made of: the weekly average where the offer has time windows. */
function monthlyPerCall(offer: Offer, costNow: number, costAt: (at: Date) => number | null, at: Date): number {
  if (!offer.periods.some((p) => (p.windows?.length ?? 0) > 0)) return costNow;
  let sum = 0;
  let hours = 0;
  for (const { at: instant, hours: weight } of weekWindows(offer, at)) {
    const cost = costAt(instant);
    if (cost === null) continue;
    sum += cost * weight;
    hours += weight;
  }
  return hours > 0 ? sum / hours : costNow;
}

interface WindowShare {
  /** An instant inside the window (the first hour of the week it covers). */
  readonly at: Date;
  /** How many of the week's 168 hours it covers. */
  readonly hours: number;
}

const weekCache = new WeakMap<Offer, Map<number, readonly WindowShare[]>>();

/**
 * The price windows in force over the week (Monday 00:00 UTC onwards) that contains `at`, each
 * with the hours it covers: at most a few entries, so a monthly figure costs a few quotes, not 168.
 */
function weekWindows(offer: Offer, at: Date): readonly WindowShare[] {
  const monday = Math.floor(at.getTime() / DAY) * DAY - ((at.getUTCDay() + 6) % 7) * DAY;
  let byWeek = weekCache.get(offer);
  if (!byWeek) weekCache.set(offer, (byWeek = new Map()));
  const cached = byWeek.get(monday);
  if (cached) return cached;
  const shares = new Map<string, { at: Date; hours: number }>();
  for (let h = 0; h < 168; h++) {
    const instant = new Date(monday + h * HOUR + HOUR / 2);
    const lookup = periodAt(offer, instant);
    const key = lookup.kind === 'period' ? `${lookup.index}|${windowLabel(lookup.period, instant)}` : lookup.kind;
    const share = shares.get(key);
    if (share) share.hours++;
    else shares.set(key, { at: instant, hours: 1 });
  }
  const result = [...shares.values()];
  byWeek.set(monday, result);
  return result;
}

function usageOf(tokens: TokenAssumption, pick: keyof Range): TokenUsage {
  return {
    inputTokens: tokens.input[pick],
    cachedInputTokens: tokens.cachedInput[pick],
    cacheWriteTokens: 0,
    outputTokens: tokens.output[pick],
    reasoningTokens: tokens.reasoning[pick],
  };
}

function ageInDays(asOf: string, at: Date): number {
  const t = Date.parse(asOf.length === 10 ? `${asOf}T00:00:00Z` : asOf);
  return Number.isNaN(t) ? 0 : (at.getTime() - t) / DAY;
}
