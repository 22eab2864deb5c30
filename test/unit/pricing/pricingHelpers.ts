/** Shared helpers of the pricing tests: price a usage on an offer named by provider and model. */
import * as assert from 'node:assert/strict';
import { findOffer } from '../../../src/core/catalog/findOffer';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import type { Currency, ProviderId, TokenUsage } from '../../../src/core/model';
import type { PriceQuote } from '../../../src/core/pricing/priceQuote';
import { priceUsage } from '../../../src/core/pricing/priceUsage';
import type { PriceOptions } from '../../../src/core/pricing/priceUsage';

export const catalog = loadCatalog();

/** 1M input tokens (none cached), 1M output tokens: the cost is input price + output price. */
export const ONE_M_EACH: TokenUsage = { inputTokens: 1_000_000, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 1_000_000, reasoningTokens: 0 };
/** 1M cache-hit tokens only: the cost is the cache-hit price. */
export const ONE_M_CACHED: TokenUsage = { inputTokens: 1_000_000, cachedInputTokens: 1_000_000, cacheWriteTokens: 0, outputTokens: 0, reasoningTokens: 0 };

/** A usage from partial counts. */
export function usage(u: Partial<TokenUsage>): TokenUsage {
  return { inputTokens: 0, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 0, reasoningTokens: 0, ...u };
}

/** Prices `u` on provider/model at the ISO instant `at`. */
export function quote(provider: ProviderId, model: string, at: string, u: TokenUsage = ONE_M_EACH, currency: Currency = 'USD', opts?: PriceOptions): PriceQuote {
  const offer = findOffer(catalog, provider, model);
  assert.ok(offer, `no offer ${provider}/${model}`);
  return priceUsage(catalog, offer, u, new Date(at), currency, opts);
}

/** [miss, hit, output] rates per 1M of a quote, as published. */
export function rates(q: PriceQuote): [number, number, number] {
  assert.ok(q.rates, `unpriced: ${q.unpricedReason}`);
  return [q.rates.input, q.rates.cachedInput, q.rates.output];
}
