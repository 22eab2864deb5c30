/**
 * Which price period and which time-of-day window are in force at an instant. Periods are
 * half-open [from, to) and windows are UTC ranges on the listed weekdays, so an instant on a
 * boundary belongs to the new period or window.
 */
import type { Offer, PricePeriod, PriceWindow } from '../catalog/catalogSchema';
import { WEEKDAYS } from '../catalog/catalogSchema';

const DAY_MS = 86_400_000;

/** The window label of a quote: a window's kind, the period's base label, or null for flat prices. */
export type QuoteWindow = 'peak' | 'off-peak' | 'discount' | 'standard' | null;

/** The period in force, or why there is none. */
export type PeriodLookup =
  | { readonly kind: 'period'; readonly period: PricePeriod; readonly index: number }
  | { readonly kind: 'retired'; readonly at: string }
  | { readonly kind: 'unpriced' }
  | { readonly kind: 'before'; readonly firstFrom: string }
  | { readonly kind: 'gap'; readonly after: string; readonly until: string | null };

/** Finds the price period of `offer` in force at `at`. */
export function periodAt(offer: Offer, at: Date): PeriodLookup {
  const t = at.getTime();
  if (offer.retired && t >= Date.parse(offer.retired.at)) return { kind: 'retired', at: offer.retired.at };
  if (offer.periods.length === 0) return { kind: 'unpriced' };
  const index = offer.periods.findIndex(
    (p) => (p.from === undefined || Date.parse(p.from) <= t) && (p.to === undefined || t < Date.parse(p.to)),
  );
  if (index >= 0) return { kind: 'period', period: offer.periods[index], index };
  const first = offer.periods[0];
  if (first.from !== undefined && t < Date.parse(first.from)) return { kind: 'before', firstFrom: first.from };
  const previous = [...offer.periods].reverse().find((p) => p.to !== undefined && Date.parse(p.to) <= t);
  const next = offer.periods.find((p) => p.from !== undefined && Date.parse(p.from) > t);
  return { kind: 'gap', after: previous?.to ?? '', until: next?.from ?? null };
}

/** The window of `period` in force at `at`, if any (only occurrences that start within the period count). */
export function activeWindow(period: PricePeriod, at: Date): PriceWindow | undefined {
  const notBefore = period.from === undefined ? undefined : Date.parse(period.from);
  return period.windows?.find((w) => windowContains(w, at, notBefore));
}

/** The window label in force at `at` within `period`. */
export function windowLabel(period: PricePeriod, at: Date): QuoteWindow {
  return activeWindow(period, at)?.kind ?? period.baseWindow ?? null;
}

/**
 * True when `at` falls in one of the window's UTC ranges (a range whose end is before its start
 * crosses midnight). An occurrence that started before `notBefore` (the period's start) does not count.
 */
export function windowContains(window: PriceWindow, at: Date, notBefore = -Infinity): boolean {
  const msOfDay = ((at.getTime() % DAY_MS) + DAY_MS) % DAY_MS;
  const startOfYesterday = at.getTime() - msOfDay - DAY_MS;
  const today = WEEKDAYS[at.getUTCDay()];
  const yesterday = WEEKDAYS[(at.getUTCDay() + 6) % 7];
  return window.ranges.some(([start, end]) => {
    const s = timeOfDayMs(start);
    const e = timeOfDayMs(end);
    if (s < e) return window.days.includes(today) && msOfDay >= s && msOfDay < e;
    if (window.days.includes(today) && msOfDay >= s) return true;
    return window.days.includes(yesterday) && msOfDay < e && startOfYesterday + s >= notBefore;
  });
}

/** Milliseconds after 00:00 UTC of an `HH:MM` time. */
export function timeOfDayMs(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h * 60 + m) * 60_000;
}

/** "Mon–Fri 01:00–04:00, 06:00–10:00 UTC" or "daily 16:30–00:30 UTC". */
export function describeWindow(window: PriceWindow): string {
  const days = window.days.length === 7 ? 'daily' : describeDays(window.days);
  return `${days} ${window.ranges.map(([s, e]) => `${s}–${e}`).join(', ')} UTC`;
}

function describeDays(days: readonly string[]): string {
  const order = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const idx = days.map((d) => order.indexOf(d)).sort((a, b) => a - b);
  const cap = (d: string): string => d[0].toUpperCase() + d.slice(1);
  const contiguous = idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (contiguous && idx.length > 2) return `${cap(order[idx[0]])}–${cap(order[idx[idx.length - 1]])}`;
  return idx.map((i) => cap(order[i])).join(', ');
}
