import * as assert from 'node:assert/strict';
import { usageProblem } from '../../../src/core/pricing/usageProblem';
import { ONE_M_CACHED, quote, usage } from './pricingHelpers';

describe('priceUsage arithmetic', () => {
  it('bills cache hits at the cache-hit price and the rest at the input price', () => {
    // gpt-4o: $2.50 miss, $1.25 hit, $10 output
    const q = quote('openai', 'gpt-4o', '2026-11-16T00:00:00Z', usage({ inputTokens: 10_000, cachedInputTokens: 4_000, outputTokens: 500 }));
    assert.deepEqual(q.breakdown, { input: 0.015, cachedInput: 0.005, cacheWrite: 0, output: 0.005, reasoning: 0 });
    assert.equal(q.cost, 0.025);
    assert.equal(q.source.includes('LiteLLM'), true);
    assert.equal(q.asOf, '2026-07-24');
  });

  it('is free of float noise (3 tokens at $0.28 is 8.4e-7, not 8.400000000000001e-7)', () => {
    const q = quote('deepseek', 'deepseek-chat', '2026-01-01T00:00:00Z', usage({ inputTokens: 3 }));
    assert.equal(q.cost, 8.4e-7);
    const big = quote('deepseek', 'deepseek-chat', '2026-01-01T00:00:00Z', usage({ inputTokens: 123_456_789, outputTokens: 98_765_432 }));
    assert.equal(big.cost, 76.04938236); // 123.456789 × 0.28 + 98.765432 × 0.42
  });

  it('bills cache hits at the input price where none is published, and says so', () => {
    const q = quote('azure-foundry', 'DeepSeek-V3.2', '2026-11-16T00:00:00Z', ONE_M_CACHED);
    assert.equal(q.cost, 0.58);
    assert.ok(q.notes.some((n) => n.includes('cache hits are billed at the input price')));
    assert.ok(!quote('openai', 'gpt-4o', '2026-11-16T00:00:00Z', ONE_M_CACHED).notes.some((n) => n.includes('cache hits')));
  });

  it('prices Anthropic cache writes at the 5-minute cache-write price', () => {
    // claude-sonnet-4-5: $3 in, $0.30 hit, $3.75 cache write, $15 out
    const u = usage({ inputTokens: 100_000, cachedInputTokens: 20_000, cacheWriteTokens: 30_000, outputTokens: 1_000 });
    const q = quote('anthropic', 'claude-sonnet-4-5', '2026-11-16T00:00:00Z', u);
    assert.deepEqual(q.breakdown, { input: 0.15, cachedInput: 0.006, cacheWrite: 0.1125, output: 0.015, reasoning: 0 });
    assert.equal(q.cost, 0.2835);
    const opus = quote('anthropic', 'claude-opus-4-1', '2026-11-16T00:00:00Z', usage({ inputTokens: 1_000_000, cacheWriteTokens: 1_000_000 }));
    assert.equal(opus.cost, 18.75);
  });

  it('bills cache writes at the input price where no cache-write price exists', () => {
    const q = quote('openai', 'gpt-4o', '2026-11-16T00:00:00Z', usage({ inputTokens: 1_000_000, cacheWriteTokens: 1_000_000 }));
    assert.equal(q.cost, 2.5);
    assert.ok(q.notes.some((n) => n.includes('cache writes are billed at the input price')));
  });

  it('bills reasoning tokens at the output price (they are part of output)', () => {
    const q = quote('openai', 'o3', '2026-11-16T00:00:00Z', usage({ inputTokens: 0, outputTokens: 1_000_000, reasoningTokens: 750_000 }));
    assert.deepEqual(q.breakdown, { input: 0, cachedInput: 0, cacheWrite: 0, output: 2, reasoning: 6 });
    assert.equal(q.cost, 8);
  });

  it('applies a long-context tier to the whole request when input exceeds the threshold', () => {
    const at = '2026-11-16T00:00:00Z';
    const at272k = quote('openai', 'gpt-5.4', at, usage({ inputTokens: 272_000, outputTokens: 1_000 }));
    assert.equal(at272k.cost, 0.695); // 0.272 × 2.5 + 0.001 × 15
    assert.equal(at272k.tierAboveInputTokens, undefined);
    const above = quote('openai', 'gpt-5.4', at, usage({ inputTokens: 272_001, cachedInputTokens: 1, outputTokens: 1_000 }));
    assert.equal(above.tierAboveInputTokens, 272_000);
    assert.equal(above.cost, 1.3825005); // 0.272 × 5 + 1 × 0.5/1M + 0.001 × 22.5
    assert.ok(above.notes.some((n) => n.startsWith('long-context tier')));
    const gemini = quote('google', 'gemini-2.5-pro', at, usage({ inputTokens: 300_000, outputTokens: 10_000 }));
    assert.equal(gemini.cost, 0.9); // 0.3 × 2.50 + 0.01 × 15
    const sonnet = quote('anthropic', 'claude-sonnet-4-5', at, usage({ inputTokens: 250_000, cacheWriteTokens: 50_000 }));
    assert.equal(sonnet.cost, 1.575); // 0.2 × 6 + 0.05 × 7.5
  });

  it('uses the CNY list of a CNY host and converts it to USD only on request', () => {
    const cny = quote('siliconflow-cn', 'deepseek-ai/DeepSeek-V3.2', '2026-11-16T00:00:00Z', undefined, 'CNY');
    assert.equal(cny.cost, 10);
    assert.equal(cny.converted, false);
    const usd = quote('siliconflow-cn', 'deepseek-ai/DeepSeek-V3.2', '2026-11-16T00:00:00Z', undefined, 'USD');
    assert.equal(usd.converted, true);
    assert.equal(usd.cost, Number((10 / 7.0197).toPrecision(12)));
    const custom = quote('siliconflow-cn', 'deepseek-ai/DeepSeek-V3.2', '2026-11-16T00:00:00Z', undefined, 'USD', { fxRate: 8 });
    assert.equal(custom.cost, 1.25);
    assert.equal(custom.fxRate, 8);
    assert.ok(custom.notes.some((n) => n.includes('the rate given')));
  });

  it("uses DeepSeek's own CNY list instead of converting", () => {
    const q = quote('deepseek', 'deepseek-flash', '2026-11-16T02:00:00Z', undefined, 'CNY', { fxRate: 100 });
    assert.equal(q.cost, 10);
    assert.equal(q.converted, false);
    assert.equal(q.fxRate, undefined);
    const usdToCny = quote('openai', 'gpt-4o', '2026-11-16T00:00:00Z', usage({ inputTokens: 1_000_000 }), 'CNY');
    assert.equal(usdToCny.cost, 17.54925); // 2.5 × 7.0197
  });

  it('returns an unpriced quote for a listed offer without a price', () => {
    const q = quote('huawei-maas', 'deepseek-v4-pro', '2026-11-16T00:00:00Z');
    assert.equal(q.cost, null);
    assert.equal(q.hardware, 'ascend');
    assert.match(q.unpricedReason ?? '', /no price was found/);
  });

  it('marks low-confidence and second-hand prices, deprecations and prices assumed from a later as-of date', () => {
    const huawei = quote('huawei-maas', 'deepseek-v4-flash', '2026-11-16T00:00:00Z');
    assert.equal(huawei.cost, 0.9);
    assert.equal(huawei.confidence, 'low');
    assert.ok(huawei.notes.some((n) => n.startsWith('price confidence low')));
    const cnyPlugin = quote('deepseek', 'deepseek-v4-flash', '2026-08-20T02:00:00Z', undefined, 'CNY');
    assert.equal(cnyPlugin.confidence, 'medium');
    assert.ok(quote('google', 'gemini-2.0-flash', '2026-11-16T00:00:00Z').notes.some((n) => n.includes('deprecated since 2026-06-01')));
    assert.ok(!quote('google', 'gemini-2.0-flash', '2026-05-16T00:00:00Z').notes.some((n) => n.includes('deprecated')));
    const early = quote('siliconflow-cn', 'deepseek-ai/DeepSeek-V3', '2026-01-01T00:00:00Z', undefined, 'CNY');
    assert.ok(early.notes.some((n) => n.startsWith('price as of 2026-07-21; assumed unchanged at 2026-01-01')));
  });

  it('prices o3 at its launch price before the 2025-06-10 cut', () => {
    assert.equal(quote('openai', 'o3', '2025-05-01T00:00:00Z').cost, 50);
    assert.equal(quote('openai', 'o3', '2025-06-10T00:00:00Z').cost, 10);
    assert.match(quote('openai', 'o3', '2025-04-15T00:00:00Z').unpricedReason ?? '', /before 2025-04-16/);
  });

  it('rejects usages that break the token convention', () => {
    assert.throws(() => quote('openai', 'gpt-4o', '2026-11-16T00:00:00Z', usage({ inputTokens: 10, cachedInputTokens: 11 })), /input counts ALL input tokens/);
    assert.throws(() => quote('openai', 'gpt-4o', '2026-11-16T00:00:00Z', usage({ outputTokens: 5, reasoningTokens: 6 })), /output counts ALL/);
    assert.throws(() => quote('openai', 'gpt-4o', '2026-11-16T00:00:00Z', usage({ inputTokens: -1 })), /non-negative whole number/);
    assert.throws(() => quote('openai', 'gpt-4o', 'not a date'), /not a valid date/);
    assert.equal(usageProblem(usage({ inputTokens: 10, cachedInputTokens: 5, cacheWriteTokens: 5, outputTokens: 3, reasoningTokens: 3 })), null);
    assert.match(usageProblem(usage({ inputTokens: 1.5 })) ?? '', /whole number/);
  });
});
