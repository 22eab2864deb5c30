/**
 * Prices one call's token assumptions on one offer: low / typical / high at the estimate's moment,
 * and a monthly figure that averages the offer's price windows over a week (DeepSeek's peak hours
 * are 35 of the week's 168), so a monthly total does not depend on the hour it was computed.
 */
import type { Offer } from '../catalog/catalogSchema';
import type { Hardware, ProviderId, TokenUsage } from '../model';
import { periodAt, windowLabel } from '../pricing/pricePeriod';
import { DAYS_PER_MONTH } from './defaults';
import type { EstimateRun } from './estimateRun';
import type { OfferEstimate, Range, TokenAssumption } from './estimateTypes';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/**
 * Builds the OfferEstimate of `offer` for the given tokens. Only the typical cost at the estimate's
 * moment is quoted in full (its notes, source and window are shown); low, high and the week's
 * other windows need the cost alone.
 */
export function offerEstimate(
  run: EstimateRun,
  offer: Offer,
  tokens: TokenAssumption,
  current: boolean,
  callsPerDay: number,
): OfferEstimate {
  const a = run.assumptions;
  const typicalUsage = usageOf(tokens, 'typical');
  const typical = run.quote(offer, typicalUsage);
  const low = run.cost(offer, usageOf(tokens, 'low'));
  const high = run.cost(offer, usageOf(tokens, 'high'));
  const priced = typical.cost !== null && low !== null && high !== null;
  const notes = [...typical.notes];
  if (typical.unpricedReason) notes.unshift(typical.unpricedReason);
  if (tokens.approximate) notes.push(`input tokens approximated (${tokens.tokenizer})`);
  return {
    offerId: offer.id,
    provider: offer.provider as ProviderId,
    model: offer.model,
    label: run.label(offer),
    hardware: offer.hardware as Hardware,
    currency: a.currency,
    current,
    perCall: priced ? { low: low as number, typical: typical.cost as number, high: high as number } : null,
    monthly: priced ? withoutFloatNoise(monthlyPerCall(run, offer, typicalUsage, typical.cost as number) * callsPerDay * DAYS_PER_MONTH) : null,
    window: typical.window,
    source: typical.source,
    asOf: typical.asOf,
    stale: typical.asOf !== '' && run.isStale(typical.asOf),
    tokens,
    notes: [...new Set(notes)],
  };
}

/** The per-call cost a month is made of: the weekly average where the offer has time windows. */
function monthlyPerCall(run: EstimateRun, offer: Offer, usage: TokenUsage, costNow: number): number {
  if (!offer.periods.some((p) => (p.windows?.length ?? 0) > 0)) return costNow;
  let sum = 0;
  let hours = 0;
  for (const { at: instant, hours: weight } of weekWindows(offer, run.assumptions.at)) {
    const cost = run.cost(offer, usage, instant);
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

/**
 * A monthly figure to 12 significant digits: the weekly average and the multiplications are done in
 * doubles (per-call costs are exact decimals), and `728.9999999999999` should read `729`.
 */
function withoutFloatNoise(value: number): number {
  return Number(value.toPrecision(12));
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
