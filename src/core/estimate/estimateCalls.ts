/**
 * Estimates what each detected call costs on the host it uses now and on every comparable offer:
 * low / typical / high per call at the given moment, and a monthly figure at the call's volume.
 */
import type { Catalog, Offer } from '../catalog/catalogSchema';
import type { DetectedCall, ProviderId } from '../model';
import type { TokenCount, TokenCounter } from '../tokens/tokenCounter';
import { tokenizerForModel } from '../tokens/tokenCounter';
import { callAssumptions, callTokens } from './callTokens';
import type { PromptCounter } from './callTokens';
import { estimateRun } from './estimateRun';
import type { EstimateRun } from './estimateRun';
import type { CallEstimate, EstimateAssumptions, OfferEstimate, TokenAssumption } from './estimateTypes';
import { offerEstimate } from './offerEstimate';

/**
 * Estimates every call; calls are independent. Tokenizers are shared through `counter`, and price
 * and catalog lookups through one EstimateRun (the calls of a workspace share most offers).
 */
export async function estimateCalls(
  calls: readonly DetectedCall[],
  catalog: Catalog,
  counter: TokenCounter,
  assumptions: EstimateAssumptions,
): Promise<CallEstimate[]> {
  const estimate = callEstimator(catalog, counter, assumptions);
  const out: CallEstimate[] = [];
  for (const call of calls) out.push(await estimate(call));
  return out;
}

/**
 * An estimator for calls that arrive one by one (a scan estimates each file's calls as it finds
 * them), sharing one EstimateRun like estimateCalls.
 */
export function callEstimator(catalog: Catalog, counter: TokenCounter, assumptions: EstimateAssumptions): (call: DetectedCall) => Promise<CallEstimate> {
  const run = estimateRun(catalog, assumptions);
  return (call) => estimateCallIn(run, call, counter);
}

/** Estimates one call. Never throws for unknown models or unpriced offers: it says so in `problems`. */
export async function estimateCall(
  call: DetectedCall,
  catalog: Catalog,
  counter: TokenCounter,
  assumptions: EstimateAssumptions,
): Promise<CallEstimate> {
  return estimateCallIn(estimateRun(catalog, assumptions), call, counter);
}

async function estimateCallIn(run: EstimateRun, call: DetectedCall, counter: TokenCounter): Promise<CallEstimate> {
  const { assumptions } = run;
  const problems: string[] = [];
  const { callsPerDay } = callAssumptions(call, assumptions);
  const current = currentOffer(call, run, problems);
  // Without an offer for the host the code uses, still show what the model would cost elsewhere.
  const others = current ? run.comparableTo(current) : call.model ? run.comparableToModel(call.model) : [];

  const tokensOn = memoisedTokens(run, call, counter);
  const estimate = async (offer: Offer, isCurrent: boolean): Promise<OfferEstimate> =>
    offerEstimate(run, offer, await tokensOn(offer), isCurrent, callsPerDay);
  const currentEstimate = current ? await estimate(current, true) : null;
  const comparable: OfferEstimate[] = [];
  for (const offer of others) comparable.push(await estimate(offer, false));
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

function currentOffer(call: DetectedCall, run: EstimateRun, problems: string[]): Offer | undefined {
  if (call.model === null) {
    problems.push('The model is not stated in this file, so the call cannot be priced. Name it in the call or in a constant in the same file.');
    return undefined;
  }
  const offer = run.findOffer(call.provider, call.model);
  if (!offer && call.provider === 'custom') {
    problems.push(`Custom endpoint ${call.baseUrl ?? ''}: its prices are not in the catalog (add them with llmCost.priceOverrides).`.replace('  ', ' '));
    return undefined;
  }
  if (!offer) {
    const near = run.nearestOfferIds(call.provider, call.model);
    problems.push(`Model "${call.model}" on ${call.provider} is not in the price catalog${near.length ? ` (nearest: ${near.join(', ')})` : ''}.`);
  }
  return offer;
}

/**
 * The call's token assumptions on an offer, worked out once per tokenizer and reasoning default:
 * they depend on the offer through nothing else, and a call has ~20 offers but a few tokenizers.
 */
function memoisedTokens(run: EstimateRun, call: DetectedCall, counter: TokenCounter): (offer: Offer) => Promise<TokenAssumption> {
  const prompts = memoisedCounter(counter);
  const memo = new Map<string, Promise<TokenAssumption>>();
  return (offer) => {
    const thinks = thinksByDefault(offer, call);
    const key = `${run.tokenizer(offer)}|${thinks}`;
    let pending = memo.get(key);
    if (!pending) memo.set(key, (pending = callTokens(call, offer.model, offer.provider as ProviderId, thinks, prompts, run.assumptions)));
    return pending;
  };
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
