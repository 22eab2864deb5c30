/**
 * Applies `llmCost.comparison` to an estimate: the call is compared with exactly the named offers
 * and the offers of the named equivalence groups, instead of its own group. No `vscode` here, so
 * unit tests run it directly.
 */
import type { Catalog } from '../../core/catalog/catalogSchema';
import type { EquivalenceOverrides } from '../../core/catalog/equivalence';
import { findOffer } from '../../core/catalog/findOffer';
import type { CallEstimate, OfferEstimate } from '../../core/estimate/estimateTypes';
import type { ComparisonEntries } from '../../core/settings/comparisonEntries';

/**
 * Equivalence overrides that make the catalog's comparison search reach every entry for `model`:
 * the groups replace the model's own, named offers count as user mappings.
 */
export function comparisonOverrides(catalog: Catalog, entries: ComparisonEntries, model: string): EquivalenceOverrides {
  const canonical = entries.offers
    .map((e) => findOffer(catalog, e.provider, e.model)?.canonical)
    .filter((c): c is string => c !== undefined);
  return { [model]: { groups: [...entries.groups], canonical: [...new Set(canonical)] } };
}

/** Keeps only the comparable offers the entries name, and recomputes the cheapest one and the saving. */
export function restrictToComparison(e: CallEstimate, entries: ComparisonEntries, catalog: Catalog): CallEstimate {
  const named = new Set(entries.offers.map((x) => findOffer(catalog, x.provider, x.model)?.id).filter((id) => id !== undefined));
  const groups = new Set(entries.groups);
  const inGroup = (o: OfferEstimate): boolean => {
    const canonical = catalog.offers.find((x) => x.id === o.offerId)?.canonical;
    return catalog.canonicalModels.some((c) => c.id === canonical && c.groups.some((g) => groups.has(g)));
  };
  const comparable = e.offers.filter((o) => !o.current && (named.has(o.offerId) || inGroup(o)));
  const current = e.current;
  const cheapest = comparable.find((o) => o.perCall !== null) ?? null;
  const savingPercent = current?.perCall && cheapest?.perCall && current.perCall.typical > 0
    ? ((current.perCall.typical - cheapest.perCall.typical) / current.perCall.typical) * 100
    : null;
  return { ...e, offers: current ? [current, ...comparable] : comparable, cheapest, savingPercent };
}
