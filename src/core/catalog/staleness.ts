/** How old an offer's prices are: stale offers are shown as stale, never silently. */
import type { Offer } from './catalogSchema';

const DAY_MS = 86_400_000;

/** Whole days from the offer's as-of date (00:00 UTC) to `now`; negative when `now` is earlier. */
export function offerAge(offer: Offer, now: Date): number {
  return Math.floor((now.getTime() - Date.parse(`${offer.asOf}T00:00:00Z`)) / DAY_MS);
}

/** True when the offer's prices are older than `maxAgeDays`. */
export function isStale(offer: Offer, now: Date, maxAgeDays: number): boolean {
  return offerAge(offer, now) > maxAgeDays;
}
