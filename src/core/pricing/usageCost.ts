/**
 * The arithmetic of a price: which rates one usage is billed at (a long-context tier bills the whole
 * request at its prices), the exact amount of each component, and the total. Shared by priceUsage
 * (every detail) and costInForce (the total only), so both give the same number to the last bit.
 */
import type { PriceSet, PriceTier } from '../catalog/catalogSchema';
import type { TokenUsage } from '../model';
import { amountToNumber, tokenCost } from './exactCost';
import type { ExactAmount } from './exactCost';
import type { PriceBreakdown } from './priceQuote';
import { inAskedCurrency } from './pricesInForce';
import type { PricesInForce } from './pricesInForce';
import { assertValidUsage } from './usageProblem';

/** The rates a usage is billed at. */
export interface Billing {
  /** The long-context tier applied, if any. */
  readonly tier: PriceTier | undefined;
  /** The tier, or the list itself when no tier applies. */
  readonly billed: PriceSet | PriceTier;
  /** Per 1M tokens, in the list's currency. */
  readonly rates: PriceBreakdown;
}

/** The rates of `set` for a request of `inputTokens` input tokens. */
export function billingFor(set: PriceSet, inputTokens: number): Billing {
  const tier = pickTier(set, inputTokens);
  const billed = tier ?? set;
  return {
    tier,
    billed,
    rates: {
      input: billed.input,
      cachedInput: billed.cachedInput ?? billed.input,
      cacheWrite: billed.cacheWrite ?? billed.input,
      output: billed.output,
      reasoning: set.reasoning ?? billed.output,
    },
  };
}

/** The exact amount of each component of `usage` at `rates`. */
export function exactAmounts(usage: TokenUsage, rates: PriceBreakdown): Record<keyof PriceBreakdown, ExactAmount> {
  return {
    input: tokenCost(usage.inputTokens - usage.cachedInputTokens - usage.cacheWriteTokens, rates.input),
    cachedInput: tokenCost(usage.cachedInputTokens, rates.cachedInput),
    cacheWrite: tokenCost(usage.cacheWriteTokens, rates.cacheWrite),
    output: tokenCost(usage.outputTokens - usage.reasoningTokens, rates.output),
    reasoning: tokenCost(usage.reasoningTokens, rates.reasoning),
  };
}

/** The sum of the amounts, exactly. */
export function exactTotal(amounts: Record<keyof PriceBreakdown, ExactAmount>): ExactAmount {
  return amounts.input + amounts.cachedInput + amounts.cacheWrite + amounts.output + amounts.reasoning;
}

/**
 * The cost of `usage` under prices already resolved, in the currency asked for: exactly the `cost`
 * priceUsage gives at the same instant, without the breakdown, notes and source it also builds.
 * Null when nothing is priced then. Throws a RangeError for an invalid usage.
 */
export function costInForce(inForce: PricesInForce, usage: TokenUsage): number | null {
  assertValidUsage(usage);
  if (inForce.kind !== 'period') return null;
  const { rates } = billingFor(inForce.set, usage.inputTokens);
  return inAskedCurrency(inForce, amountToNumber(exactTotal(exactAmounts(usage, rates))));
}

/** The highest long-context tier whose threshold the input exceeds. */
function pickTier(set: PriceSet, inputTokens: number): PriceTier | undefined {
  const tiers = set.tiers ?? [];
  for (let i = tiers.length - 1; i >= 0; i--) if (inputTokens > tiers[i].aboveInputTokens) return tiers[i];
  return undefined;
}
