/**
 * "Peak / off-peak in force now": which window applies to an offer at an instant, since when, and
 * when (and into what) it next changes — looking a week either way.
 */
import type { Offer } from '../catalog/catalogSchema';
import type { PeriodLookup, QuoteWindow } from './pricePeriod';
import { activeWindow, describeWindow, periodAt, timeOfDayMs, windowLabel } from './pricePeriod';

const DAY_MS = 86_400_000;
const HORIZON_DAYS = 8;

/** What follows the current window. */
export interface NextWindow {
  readonly window: QuoteWindow;
  /** Label of the price period then in force, or null when there is none (retired, unpriced). */
  readonly period: string | null;
  readonly status: PeriodLookup['kind'];
}

/** The window in force at an instant and when it changes. */
export interface WindowInForce {
  readonly window: QuoteWindow;
  /** e.g. "peak: Mon–Fri 01:00–04:00, 06:00–10:00 UTC", "off-peak (outside …)", "flat price". */
  readonly description: string;
  readonly status: PeriodLookup['kind'];
  readonly period: string | null;
  /** Start of the current window or period (ISO), if within a week. */
  readonly since: string | null;
  /** Next change (ISO), if within a week. */
  readonly until: string | null;
  readonly next: NextWindow | null;
}

/** Describes which price window of `offer` is in force at `at` and when it next changes. */
export function priceWindowAt(offer: Offer, at: Date): WindowInForce {
  const now = stateAt(offer, at);
  const boundaries = boundariesAround(offer, at.getTime());
  let since: number | null = null;
  let until: number | null = null;
  for (const b of boundaries) {
    if (b <= at.getTime() && stateAt(offer, new Date(b - 1)).key !== stateAt(offer, new Date(b)).key) since = b;
    if (b > at.getTime() && until === null && stateAt(offer, new Date(b)).key !== now.key) until = b;
  }
  const next = until === null ? null : stateAt(offer, new Date(until));
  return {
    window: now.window,
    description: now.description,
    status: now.status,
    period: now.period,
    since: since === null ? null : new Date(since).toISOString(),
    until: until === null ? null : new Date(until).toISOString(),
    next: next ? { window: next.window, period: next.period, status: next.status } : null,
  };
}

interface State {
  readonly key: string;
  readonly window: QuoteWindow;
  readonly description: string;
  readonly status: PeriodLookup['kind'];
  readonly period: string | null;
}

function stateAt(offer: Offer, at: Date): State {
  const found = periodAt(offer, at);
  if (found.kind !== 'period') {
    return { key: found.kind, window: null, description: found.kind, status: found.kind, period: null };
  }
  const { period, index } = found;
  const label = windowLabel(period, at);
  const active = activeWindow(period, at);
  const reference = active ?? period.windows?.[0];
  let description = 'flat price';
  if (active) description = `${active.kind}: ${describeWindow(active)}`;
  else if (reference) description = `${label ?? 'standard'} (outside the ${reference.kind} hours ${describeWindow(reference)})`;
  return { key: `${index}:${label}`, window: label, description, status: 'period', period: period.label };
}

/** Every instant within the horizon at which the state may change, sorted. */
function boundariesAround(offer: Offer, t: number): number[] {
  const out = new Set<number>();
  const lo = t - HORIZON_DAYS * DAY_MS;
  const hi = t + HORIZON_DAYS * DAY_MS;
  const add = (ms: number): void => {
    if (ms >= lo && ms <= hi) out.add(ms);
  };
  if (offer.retired) add(Date.parse(offer.retired.at));
  const firstDay = Math.floor(lo / DAY_MS) * DAY_MS;
  for (const p of offer.periods) {
    if (p.from) add(Date.parse(p.from));
    if (p.to) add(Date.parse(p.to));
    for (const w of p.windows ?? []) {
      for (let day = firstDay; day <= hi; day += DAY_MS) {
        for (const [s, e] of w.ranges) {
          add(day + timeOfDayMs(s));
          add(day + timeOfDayMs(e));
        }
      }
    }
  }
  return [...out].sort((a, b) => a - b);
}
