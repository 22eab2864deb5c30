/**
 * Finds a host's offer from the model id as code writes it, and suggests the nearest known ids
 * when it is unknown.
 */
import type { ProviderId } from '../model';
import type { Catalog, Offer } from './catalogSchema';
import { editDistance } from './editDistance';
import { modelIdCandidates } from './modelIdCandidates';

/** Every offer of one provider, in catalog order. */
export function offersFor(catalog: Catalog, provider: string): Offer[] {
  return catalog.offers.filter((o) => o.provider === provider);
}

/** True when `provider` is a provider id the catalog has offers for. */
export function isCatalogProvider(catalog: Catalog, provider: string): provider is ProviderId {
  return catalog.providers.some((p) => p.id === provider);
}

/**
 * The offer of `provider` that `model` names: the id as the host names it or one of its aliases,
 * case-insensitively, also behind LiteLLM prefixes, Bedrock region/profile prefixes, dated
 * snapshot suffixes and SiliconFlow `Pro/`. Undefined when nothing matches.
 */
export function findOffer(catalog: Catalog, provider: ProviderId, model: string): Offer | undefined {
  const offers = offersFor(catalog, provider);
  if (offers.length === 0) return undefined;
  const exact = offers.find((o) => o.model === model || o.aliases.includes(model));
  if (exact) return exact;
  for (const candidate of modelIdCandidates(model)) {
    const wanted = candidate.name.toLowerCase();
    const matches = offers.filter((o) => o.model.toLowerCase() === wanted || o.aliases.some((a) => a.toLowerCase() === wanted));
    if (matches.length === 0) continue;
    const { region } = candidate;
    return (region && matches.find((o) => regionMatches(o.region, region))) || matches[0];
  }
  return undefined;
}

/**
 * Up to `limit` known model ids nearest to `model` by edit distance: among `provider`'s offers
 * when the provider is known, else among all offers as `provider/model`.
 */
export function nearestOfferIds(catalog: Catalog, provider: string, model: string, limit = 5): string[] {
  const known = isCatalogProvider(catalog, provider);
  const names = known
    ? offersFor(catalog, provider).map((o) => o.model)
    : catalog.offers.map((o) => `${o.provider}/${o.model}`);
  const tried = modelIdCandidates(model).map((c) => c.name.toLowerCase());
  if (!known) tried.push(`${provider}/${model}`.toLowerCase());
  // The best `limit` so far; a name further than the last of them is not measured to the end.
  const best: Array<{ name: string; distance: number }> = [];
  let bound = Infinity;
  for (const name of new Set(names)) {
    const lower = name.toLowerCase();
    let distance = Infinity;
    for (const t of tried) distance = Math.min(distance, editDistance(t, lower, Math.min(bound, distance)));
    if (distance > bound) continue;
    best.push({ name, distance });
    if (best.length > limit) {
      best.sort(nearestFirst);
      best.length = limit;
      bound = best[limit - 1]!.distance;
    }
  }
  return best.sort(nearestFirst).slice(0, limit).map((s) => s.name);
}

function nearestFirst(a: { name: string; distance: number }, b: { name: string; distance: number }): number {
  return a.distance - b.distance || a.name.localeCompare(b.name);
}

/** `us-*` matches `us-east-1`; a plain token must equal the region. */
function regionMatches(offerRegion: string | undefined, region: string): boolean {
  if (!offerRegion) return false;
  return offerRegion
    .split(/[\s,]+/)
    .some((token) => (token.endsWith('*') ? region.startsWith(token.slice(0, -1)) : token === region));
}
