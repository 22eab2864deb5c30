/** How an estimate names an offer, and how old its prices are. */
import type { Catalog, Offer } from '../catalog/catalogSchema';
import { hostShortLabel } from '../format/hostLabels';
import type { ProviderId } from '../model';

const DAY = 86_400_000;

/** `DeepSeek V4 Flash on Huawei MaaS`: the canonical model's name and the host's short name. */
export function offerDisplayLabel(catalog: Catalog, offer: Offer): string {
  const model = catalog.canonicalModels.find((c) => c.id === offer.canonical)?.label ?? offer.label;
  return `${model} on ${hostShortLabel(offer.provider as ProviderId)}`;
}

/** Days from `asOf` (a date or an instant) to `at`; 0 when `asOf` is not a date. */
export function ageInDays(asOf: string, at: Date): number {
  const t = Date.parse(asOf.length === 10 ? `${asOf}T00:00:00Z` : asOf);
  return Number.isNaN(t) ? 0 : (at.getTime() - t) / DAY;
}
