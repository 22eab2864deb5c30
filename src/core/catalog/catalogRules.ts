/**
 * Whole-catalog rules that a per-field schema cannot express: every source id is defined, offer ids
 * are unique, canonical models and groups exist, and each offer's periods are ordered and disjoint.
 */
import type { Catalog, PricesByCurrency } from './catalogSchema';

/** One broken rule, with the path of the offending value. */
export interface RuleProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** Checks the cross-references of an already schema-valid catalog; returns every problem found. */
export function checkCatalogRules(catalog: Catalog): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (path: (string | number)[], message: string): void => {
    problems.push({ path, message });
  };
  const knownSource = (path: (string | number)[], id: string): void => {
    if (!(id in catalog.sources)) add(path, `unknown source id "${id}" (not in "sources")`);
  };
  const checkPrices = (path: (string | number)[], prices: PricesByCurrency): void => {
    for (const cur of ['USD', 'CNY'] as const) {
      const set = prices[cur];
      if (!set) continue;
      knownSource([...path, cur, 'source'], set.source);
      let last = 0;
      set.tiers?.forEach((tier, i) => {
        knownSource([...path, cur, 'tiers', i, 'source'], tier.source);
        if (tier.aboveInputTokens <= last) add([...path, cur, 'tiers', i], 'tiers must be in increasing order of aboveInputTokens');
        last = tier.aboveInputTokens;
      });
    }
  };

  knownSource(['fx', 'source'], catalog.fx.source);
  const groupIds = new Set(catalog.groups.map((g) => g.id));
  const canonicalIds = new Set(catalog.canonicalModels.map((c) => c.id));
  const providerIds = new Set(catalog.providers.map((p) => p.id));
  catalog.canonicalModels.forEach((c, i) =>
    c.groups.forEach((g, j) => {
      if (!groupIds.has(g)) add(['canonicalModels', i, 'groups', j], `unknown group "${g}"`);
    }),
  );

  const offerIds = new Set<string>();
  catalog.offers.forEach((offer, i) => {
    const at = (...rest: (string | number)[]): (string | number)[] => ['offers', i, ...rest];
    if (offerIds.has(offer.id)) add(at('id'), `duplicate offer id "${offer.id}"`);
    offerIds.add(offer.id);
    if (!providerIds.has(offer.provider)) add(at('provider'), `provider "${offer.provider}" is not in "providers"`);
    if (!canonicalIds.has(offer.canonical)) add(at('canonical'), `unknown canonical model "${offer.canonical}"`);
    knownSource(at('source'), offer.source);
    if (offer.retired) knownSource(at('retired', 'source'), offer.retired.source);
    if (offer.deprecated) knownSource(at('deprecated', 'source'), offer.deprecated.source);
    if (offer.periods.length === 0 && !offer.unpricedReason) add(at('periods'), 'an offer without periods needs an unpricedReason');
    if (offer.periods.length > 0 && offer.unpricedReason) add(at('unpricedReason'), 'a priced offer must not have an unpricedReason');

    offer.periods.forEach((p, j) => {
      if (p.canonical !== undefined && !canonicalIds.has(p.canonical)) add(at('periods', j, 'canonical'), `unknown canonical model "${p.canonical}"`);
      if (p.from && p.to && Date.parse(p.from) >= Date.parse(p.to)) add(at('periods', j), `"from" ${p.from} must be before "to" ${p.to}`);
      if (j > 0) {
        const prev = offer.periods[j - 1];
        if (!prev.to || !p.from) add(at('periods', j), 'only the first period may omit "from" and only the last may omit "to"');
        else if (Date.parse(prev.to) > Date.parse(p.from)) add(at('periods', j, 'from'), `overlaps the previous period (which ends ${prev.to})`);
      }
      checkPrices(at('periods', j, 'prices'), p.prices);
      p.windows?.forEach((w, k) => {
        checkPrices(at('periods', j, 'windows', k, 'prices'), w.prices);
        w.ranges.forEach(([start, end], r) => {
          if (start === end) add(at('periods', j, 'windows', k, 'ranges', r), 'a window range must not be empty');
        });
      });
    });
  });
  return problems;
}
