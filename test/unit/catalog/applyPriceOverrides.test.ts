import * as assert from 'node:assert/strict';
import { applyPriceOverrides } from '../../../src/core/catalog/applyPriceOverrides';
import { findOffer } from '../../../src/core/catalog/findOffer';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import { priceUsage } from '../../../src/core/pricing/priceUsage';

const catalog = loadCatalog();
const usage = { inputTokens: 1_000_000, cachedInputTokens: 0, cacheWriteTokens: 0, outputTokens: 1_000_000, reasoningTokens: 0 };
const at = new Date('2026-11-30T02:00:00Z'); // a weekday peak hour for DeepSeek

describe('applyPriceOverrides', () => {
  it('returns the catalog itself when there is nothing to apply', () => {
    assert.equal(applyPriceOverrides(catalog, [], '2026-11-29'), catalog);
  });

  it('replaces every price of a known offer, windows and history included', () => {
    const patched = applyPriceOverrides(catalog, [{ provider: 'deepseek', model: 'deepseek-flash', currency: 'USD', inputPerMTok: 0.1, outputPerMTok: 0.2 }], '2026-11-29');
    const offer = findOffer(patched, 'deepseek', 'deepseek-flash')!;
    const quote = priceUsage(patched, offer, usage, at, 'USD');
    assert.equal(quote.cost, 0.3);
    assert.equal(quote.window, null);
    assert.equal(quote.asOf, '2026-11-29');
    assert.match(quote.source, /llmCost\.priceOverrides/);
    // The bundled catalog is untouched.
    assert.equal(priceUsage(catalog, findOffer(catalog, 'deepseek', 'deepseek-flash')!, usage, at, 'USD').cost, 1.5);
  });

  it('adds a model the catalog does not know, on a custom endpoint too', () => {
    const patched = applyPriceOverrides(catalog, [
      { provider: 'openai', model: 'text-embedding-3-small', currency: 'USD', inputPerMTok: 0.02, outputPerMTok: 0 },
      { provider: 'custom', model: 'qwen3-32b', currency: 'CNY', inputPerMTok: 1, cachedInputPerMTok: 0.5, outputPerMTok: 4 },
    ], '2026-11-29');
    const embedding = findOffer(patched, 'openai', 'text-embedding-3-small')!;
    assert.equal(priceUsage(patched, embedding, { ...usage, outputTokens: 0 }, at, 'USD').cost, 0.02);
    const local = findOffer(patched, 'custom', 'qwen3-32b')!;
    assert.equal(priceUsage(patched, local, { ...usage, cachedInputTokens: 500_000 }, at, 'CNY').cost, 4.75);
  });
});
