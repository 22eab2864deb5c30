/**
 * Equivalence: which canonical model a host's id stands for, and which offers on other hosts are
 * comparable to a call (same model, same model line, same group, or a user's own mapping).
 */
import type { CanonicalModel, Catalog, Offer } from './catalogSchema';
import { findOffer } from './findOffer';
import { modelIdCandidates } from './modelIdCandidates';

/**
 * User settings that map a model (by id as written, or its canonical id; case-insensitive) to more
 * comparisons. A list mixes group ids (added to the model's groups) and canonical model ids (treated
 * as equivalent); the object form replaces the groups instead.
 */
export interface EquivalenceOverrides {
  readonly [model: string]:
    | readonly string[]
    | {
        /** Replaces the catalog's groups for this model. */
        readonly groups?: readonly string[];
        /** Canonical model ids to treat as equivalent. */
        readonly canonical?: readonly string[];
      };
}

/** How an offer relates to the one being compared, best first. */
export type Relation = 'same-model' | 'user-mapping' | 'same-line' | 'same-group';
const RANK: Record<Relation, number> = { 'same-model': 0, 'user-mapping': 1, 'same-line': 2, 'same-group': 3 };

/** An offer comparable to a call, with why it is comparable (`via`: canonical, line or group id). */
export interface ComparableOffer {
  readonly offer: Offer;
  readonly relation: Relation;
  readonly via: string;
}

/**
 * The canonical model a model id stands for, whichever host's spelling it uses ("gpt-4o-mini",
 * "deepseek-ai/DeepSeek-V3", "us.deepseek.r1-v1:0", "claude-sonnet-4-5-20250929"). Canonical ids
 * and their aliases win over host ids; a host id maps to its offer's current canonical model.
 */
export function canonicalForModel(catalog: Catalog, modelName: string): CanonicalModel | undefined {
  const byId = (id: string): CanonicalModel | undefined => catalog.canonicalModels.find((c) => c.id === id);
  const names = modelIdCandidates(modelName).flatMap((c) => vendorSpellings(c.name));
  for (const name of names) {
    const lower = name.toLowerCase();
    const direct = catalog.canonicalModels.find((c) => c.id === lower || c.aliases.some((a) => a.toLowerCase() === lower));
    if (direct) return direct;
  }
  for (const provider of catalog.providers) {
    for (const name of names) {
      const offer = findOffer(catalog, provider.id, name);
      if (offer) return byId(offer.canonical);
    }
  }
  return undefined;
}

/**
 * Offers comparable to `offer` on any host, best first: the same canonical model, the user's
 * mapped models, models of the same line, then models sharing a group. Retired offers and `offer`
 * itself are left out; unpriced offers stay in (callers show them as unpriced).
 */
export function comparableOffers(catalog: Catalog, offer: Offer, overrides?: EquivalenceOverrides): Offer[] {
  return rankComparableOffers(catalog, offer, overrides).map((c) => c.offer);
}

/** Like comparableOffers, with why each offer is comparable. */
export function rankComparableOffers(catalog: Catalog, offer: Offer, overrides?: EquivalenceOverrides): ComparableOffer[] {
  return comparableByCanonical(catalog, offer.canonical, [offer.model, offer.canonical], overrides).filter(
    (c) => c.offer.id !== offer.id,
  );
}

/** Like rankComparableOffers, for a model id that may have no offer of its own (e.g. an unknown host). */
export function rankComparableOffersForModel(catalog: Catalog, modelName: string, overrides?: EquivalenceOverrides): ComparableOffer[] {
  const canonical = canonicalForModel(catalog, modelName);
  return comparableByCanonical(catalog, canonical?.id, [modelName], overrides);
}

function comparableByCanonical(
  catalog: Catalog,
  canonicalId: string | undefined,
  names: readonly string[],
  overrides: EquivalenceOverrides | undefined,
): ComparableOffer[] {
  const canonical = catalog.canonicalModels.find((c) => c.id === canonicalId);
  const override = findOverride(catalog, overrides, [...names, ...(canonicalId ? [canonicalId] : [])]);
  const groups = override.groups ?? canonical?.groups ?? [];
  const mapped = new Set(override.canonical);
  const best = new Map<string, ComparableOffer>();
  for (const candidate of catalog.offers) {
    if (candidate.retired) continue;
    const other = catalog.canonicalModels.find((c) => c.id === candidate.canonical);
    let found: ComparableOffer | undefined;
    if (candidate.canonical === canonicalId) found = { offer: candidate, relation: 'same-model', via: candidate.canonical };
    else if (mapped.has(candidate.canonical)) found = { offer: candidate, relation: 'user-mapping', via: candidate.canonical };
    else if (canonical?.line && other?.line === canonical.line) found = { offer: candidate, relation: 'same-line', via: canonical.line };
    else {
      const group = groups.find((g) => other?.groups.includes(g));
      if (group) found = { offer: candidate, relation: 'same-group', via: group };
    }
    const previous = best.get(candidate.id);
    if (found && (!previous || RANK[found.relation] < RANK[previous.relation])) best.set(candidate.id, found);
  }
  return [...best.values()].sort((a, b) => RANK[a.relation] - RANK[b.relation]);
}

interface ResolvedOverride {
  /** Replacement groups, or undefined to keep the catalog's (plus `extraGroups`). */
  readonly groups?: readonly string[];
  readonly canonical: readonly string[];
}

function findOverride(catalog: Catalog, overrides: EquivalenceOverrides | undefined, names: readonly string[]): ResolvedOverride {
  const lower = names.map((n) => n.toLowerCase());
  const key = overrides ? Object.keys(overrides).find((k) => lower.includes(k.toLowerCase())) : undefined;
  if (!overrides || key === undefined) return { canonical: [] };
  const value = overrides[key];
  if (!isIdList(value)) return { groups: value.groups, canonical: value.canonical ?? [] };
  const groupIds = new Set(catalog.groups.map((g) => g.id));
  const extraGroups = value.filter((id) => groupIds.has(id));
  const base = catalog.canonicalModels.find((c) => lower.includes(c.id))?.groups ?? [];
  return {
    groups: extraGroups.length > 0 ? [...base, ...extraGroups] : undefined,
    canonical: value.filter((id) => !groupIds.has(id)),
  };
}

function isIdList(value: EquivalenceOverrides[string]): value is readonly string[] {
  return Array.isArray(value);
}

/** Vendor spellings seen on other clouds: `anthropic.claude-sonnet-4-5-20250929-v1:0` -> `claude-sonnet-4-5`. */
function vendorSpellings(name: string): string[] {
  const out = [name];
  const bare = name.replace(/^(?:anthropic|deepseek|openai|google)\./i, '').replace(/-v\d+(?::\d+)?$/i, '');
  if (bare !== name) out.push(bare, bare.replace(/-(?:\d{4}-\d{2}-\d{2}|\d{8})$/, ''));
  return out;
}
