/**
 * Estimates what each detected call costs on the host it uses now and on every comparable offer:
 * low / typical / high per call at the given moment, and a monthly figure at the call's volume.
 */
import type { Catalog, Offer } from '../catalog/catalogSchema';
import { comparableOffers, rankComparableOffersForModel } from '../catalog/equivalence';
import { findOffer, nearestOfferIds } from '../catalog/findOffer';
import type { DetectedCall, ProviderId } from '../model';
import { priceUsage } from '../pricing/priceUsage';
import type { TokenCount, TokenCounter } from '../tokens/tokenCounter';
import { tokenizerForModel } from '../tokens/tokenCounter';
import { callAssumptions, callTokens } from './callTokens';
import type { PromptCounter } from './callTokens';
import type { CallEstimate, EstimateAssumptions, OfferEstimate } from './estimateTypes';
import { offerEstimate } from './offerEstimate';

/** Estimates every call; calls are independent, tokenizers are shared through `counter`. */
export async function estimateCalls(
  calls: readonly DetectedCall[],
  catalog: Catalog,
  counter: TokenCounter,
  assumptions: EstimateAssumptions,
): Promise<CallEstimate[]> {
  const out: CallEstimate[] = [];
  for (const call of calls) out.push(await estimateCall(call, catalog, counter, assumptions));
  return out;
}

/** Estimates one call. Never throws for unknown models or unpriced offers: it says so in `problems`. */
export async function estimateCall(
  call: DetectedCall,
  catalog: Catalog,
  counter: TokenCounter,
  assumptions: EstimateAssumptions,
): Promise<CallEstimate> {
  const problems: string[] = [];
  const { callsPerDay } = callAssumptions(call, assumptions);
  const current = currentOffer(call, catalog, problems);
  // Without an offer for the host the code uses, still show what the model would cost elsewhere.
  const others = current
    ? comparableOffers(catalog, current, assumptions.compareWith)
    : call.model
      ? rankComparableOffersForModel(catalog, call.model, assumptions.compareWith).map((c) => c.offer)
      : [];
  const allowed = (o: Offer): boolean => !assumptions.providers || assumptions.providers.includes(o.provider as ProviderId);

  const prompts = memoisedCounter(counter);
  const estimate = async (offer: Offer, isCurrent: boolean): Promise<OfferEstimate> => {
    const tokens = await callTokens(call, offer.model, offer.provider as ProviderId, thinksByDefault(offer, call), prompts, assumptions);
    return offerEstimate(catalog, offer, tokens, isCurrent, callsPerDay, assumptions, priceUsage);
  };
  const currentEstimate = current ? await estimate(current, true) : null;
  const comparable: OfferEstimate[] = [];
  for (const offer of others.filter(allowed)) comparable.push(await estimate(offer, false));
  comparable.sort((a, b) => (a.perCall?.typical ?? Infinity) - (b.perCall?.typical ?? Infinity));

  if (currentEstimate) {
    if (!currentEstimate.perCall) problems.push(`${currentEstimate.label}: not priced (${currentEstimate.notes.join('; ') || 'no price known'}).`);
    else if (currentEstimate.stale) problems.push(`${currentEstimate.label}: prices are from ${currentEstimate.asOf}, older than ${assumptions.staleAfterDays} days.`);
  }
  const cheapest = comparable.find((o) => o.perCall !== null) ?? null;
  const savingPercent =
    currentEstimate?.perCall && cheapest?.perCall && currentEstimate.perCall.typical > 0
      ? ((currentEstimate.perCall.typical - cheapest.perCall.typical) / currentEstimate.perCall.typical) * 100
      : null;
  return {
    call,
    callsPerDay,
    current: currentEstimate,
    cheapest,
    savingPercent,
    offers: currentEstimate ? [currentEstimate, ...comparable] : comparable,
    problems,
  };
}

function currentOffer(call: DetectedCall, catalog: Catalog, problems: string[]): Offer | undefined {
  if (call.model === null) {
    problems.push('The model is not stated in this file, so the call cannot be priced. Name it in the call or in a constant in the same file.');
    return undefined;
  }
  const offer = findOffer(catalog, call.provider, call.model);
  if (!offer && call.provider === 'custom') {
    problems.push(`Custom endpoint ${call.baseUrl ?? ''}: its prices are not in the catalog (add them with llmCost.priceOverrides).`.replace('  ', ' '));
    return undefined;
  }
  if (!offer) {
    const near = nearestOfferIds(catalog, call.provider, call.model, 3);
    problems.push(`Model "${call.model}" on ${call.provider} is not in the price catalog${near.length ? ` (nearest: ${near.join(', ')})` : ''}.`);
  }
  return offer;
}

/**
 * Counts one call's prompt once per tokenizer, not once per offer: the ~20 offers of a call share
 * a handful of tokenizers (o200k, DeepSeek V3, the calibrated ratios).
 */
function memoisedCounter(counter: TokenCounter): PromptCounter {
  const memo = new Map<string, Promise<TokenCount>>();
  const once = (kind: string, model: string | null, provider: ProviderId | undefined, run: () => Promise<TokenCount>): Promise<TokenCount> => {
    const key = `${kind}|${tokenizerForModel(model, provider)}`;
    let pending = memo.get(key);
    if (!pending) memo.set(key, (pending = run()));
    return pending;
  };
  return {
    count: (text, model, provider) => once(`t:${text}`, model, provider, () => counter.count(text, model, provider)),
    countMessages: (messages, model, provider) => once('m', model, provider, () => counter.countMessages(messages, model, provider)),
  };
}

/** Whether a model spends reasoning tokens unless told not to. */
function thinksByDefault(offer: Offer, call: DetectedCall): boolean {
  const effort = call.reasoningEffort?.toLowerCase();
  if (effort === 'none' || effort === 'minimal' || effort === 'disabled') return false;
  if (effort) return offer.reasoning;
  // Anthropic models think only when asked (extended thinking is opt-in).
  return offer.reasoning && offer.provider !== 'anthropic';
}
