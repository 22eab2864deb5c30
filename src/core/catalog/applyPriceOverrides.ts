/**
 * The user's own prices (setting `llmCost.priceOverrides`: negotiated rates, models the catalog
 * does not list) laid over the catalog. An override replaces every price of the matching offer
 * with one open-ended period; an unknown model becomes a new offer of its own.
 */
import type { Currency, ProviderId } from '../model';
import type { Catalog, Offer, PriceSet } from './catalogSchema';
import { canonicalForModel } from './equivalence';
import { findOffer } from './findOffer';

/** One user price, per 1M tokens, in one currency. */
export interface PriceOverride {
  readonly provider: ProviderId;
  readonly model: string;
  readonly currency: Currency;
  readonly inputPerMTok: number;
  readonly cachedInputPerMTok?: number;
  readonly outputPerMTok: number;
}

/** Source id every overridden price points at. */
export const OVERRIDE_SOURCE = 'USER_PRICE_OVERRIDE';

/**
 * A copy of `catalog` with the overrides applied; `today` (YYYY-MM-DD) is their as-of date. The
 * catalog is returned unchanged when there are none. Overrides for `custom` add custom offers.
 */
export function applyPriceOverrides(catalog: Catalog, overrides: readonly PriceOverride[], today: string): Catalog {
  if (overrides.length === 0) return catalog;
  const offers = [...catalog.offers];
  const canonicalModels = [...catalog.canonicalModels];
  const providers = [...catalog.providers];
  for (const o of overrides) {
    const prices: PriceSet = {
      input: o.inputPerMTok,
      cachedInput: o.cachedInputPerMTok ?? null,
      output: o.outputPerMTok,
      source: OVERRIDE_SOURCE,
      asOf: today,
      confidence: 'high',
    };
    const period = { label: 'your price (llmCost.priceOverrides)', prices: { [o.currency]: prices } };
    const existing = o.provider === 'custom' ? undefined : findOffer({ ...catalog, offers }, o.provider, o.model);
    if (existing) {
      const replaced: Offer = { ...existing, periods: [period], retired: undefined, unpricedReason: undefined, notes: [...existing.notes, 'prices from your llmCost.priceOverrides setting'] };
      offers[offers.indexOf(existing)] = replaced;
      continue;
    }
    let canonical = canonicalForModel(catalog, o.model)?.id;
    if (!canonical) {
      canonical = `user:${o.model.toLowerCase()}`;
      if (!canonicalModels.some((c) => c.id === canonical)) canonicalModels.push({ id: canonical, label: o.model, vendor: o.provider, groups: [], aliases: [] });
    }
    if (!providers.some((p) => p.id === o.provider)) providers.push({ id: o.provider as Catalog['providers'][number]['id'], label: o.provider });
    offers.push({
      id: `${o.provider}/${o.model}@user`,
      provider: o.provider as Offer['provider'],
      model: o.model,
      aliases: [],
      label: o.model,
      canonical,
      hardware: 'unknown',
      contextWindow: null,
      maxOutput: null,
      reasoning: false,
      confidence: 'high',
      source: OVERRIDE_SOURCE,
      asOf: today,
      notes: ['prices from your llmCost.priceOverrides setting'],
      periods: [period],
    });
  }
  return {
    ...catalog,
    sources: { ...catalog.sources, [OVERRIDE_SOURCE]: { title: 'Your price (setting llmCost.priceOverrides)', url: null } },
    providers,
    canonicalModels,
    offers,
  };
}
