/**
 * The lean pricing path estimates use gives exactly what priceUsage gives: costInForce (prices
 * resolved once, cost only) equals priceUsage's `cost` to the last bit for every catalog offer, at
 * instants across the price history and DeepSeek's windows, in both currencies, with and without a
 * user fx rate, for usages that cross long-context tiers and use cache hits, cache writes and
 * reasoning; it rejects the same invalid usages. And amountToNumber's shortcut (one division for
 * amounts that fit a double's integers) gives the same double as parsing the exact decimal text.
 */
import * as assert from 'node:assert/strict';
import type { Currency } from '../../../src/core/model';
import { amountToNumber, decimalTextToNumber, tokenCost } from '../../../src/core/pricing/exactCost';
import { pricesInForce } from '../../../src/core/pricing/pricesInForce';
import { priceUsage } from '../../../src/core/pricing/priceUsage';
import { costInForce } from '../../../src/core/pricing/usageCost';
import { catalog, usage } from './pricingHelpers';

const INSTANTS = [
  '2024-06-01T00:00:00Z', // before several offers were priced
  '2025-03-01T17:00:00Z', // DeepSeek's 2025 night discount era, standard hours
  '2025-03-01T17:30:00Z', // ... inside the discount window
  '2026-08-18T02:00:00Z', // a 2026 weekday peak hour
  '2026-08-22T12:00:00Z', // a 2026 weekend
  '2027-06-01T00:00:00Z', // after retirements
].map((t) => new Date(t));

const USAGES = [
  usage({}),
  usage({ inputTokens: 3 }),
  usage({ inputTokens: 823, outputTokens: 400, reasoningTokens: 200 }),
  usage({ inputTokens: 10_000, cachedInputTokens: 4_000, cacheWriteTokens: 3_000, outputTokens: 500 }),
  usage({ inputTokens: 300_000, cachedInputTokens: 100_000, outputTokens: 8_000, reasoningTokens: 8_000 }),
  usage({ inputTokens: 123_456_789, outputTokens: 98_765_432, reasoningTokens: 1 }),
];

function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  assert.fail('no error thrown');
}

describe('costInForce', () => {
  it('equals priceUsage().cost bit for bit on every offer, instant, currency and fx rate', () => {
    let priced = 0;
    for (const offer of catalog.offers) {
      for (const at of INSTANTS) {
        for (const currency of ['USD', 'CNY'] as Currency[]) {
          for (const opts of [{}, { fxRate: 7.1 }]) {
            const inForce = pricesInForce(catalog, offer, at, currency, opts);
            for (const u of USAGES) {
              const expected = priceUsage(catalog, offer, u, at, currency, opts).cost;
              const cost = costInForce(inForce, u);
              assert.ok(Object.is(cost, expected), `${offer.id} at ${at.toISOString()} in ${currency}: ${cost} ≠ ${expected}`);
              if (cost !== null) priced++;
            }
          }
        }
      }
    }
    assert.ok(priced > 1000, `only ${priced} priced quotes compared`);
  });

  it('rejects the usages priceUsage rejects, with the same message', () => {
    const offer = catalog.offers.find((o) => o.id === 'openai/gpt-4o');
    assert.ok(offer);
    const at = INSTANTS[3];
    const inForce = pricesInForce(catalog, offer, at, 'USD');
    for (const bad of [usage({ inputTokens: -1 }), usage({ outputTokens: 1.5 }), usage({ inputTokens: 5, cachedInputTokens: 6 }), usage({ reasoningTokens: 1 })]) {
      const expected = thrown(() => priceUsage(catalog, offer, bad, at, 'USD'));
      assert.ok(expected instanceof RangeError);
      assert.throws(() => costInForce(inForce, bad), { name: 'RangeError', message: expected.message });
    }
  });
});

describe('amountToNumber', () => {
  it('gives the double nearest to the exact decimal amount, as parsing its text does', () => {
    const safe = BigInt(Number.MAX_SAFE_INTEGER);
    const amounts = [0n, 1n, 10n ** 18n, safe, safe + 1n, safe * 10n, safe * 10n + 1n, (safe + 2n) * 10n ** 5n, 10n ** 40n + 7n, -safe - 3n];
    let seed = 42;
    const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const prices = [0.28, 0.42, 2.5, 1.25, 15, 3.75, 0.075, 1.1, 2.19, 0.000001, 123.456789012345];
    for (let i = 0; i < 20_000; i++) {
      let a = 0n;
      for (let k = 0; k < 5; k++) a += tokenCost(Math.floor(random() * 10 ** Math.floor(random() * 10)), prices[Math.floor(random() * prices.length)]);
      amounts.push(a, BigInt(Math.floor(random() * 2 ** 53)) * 10n ** BigInt(Math.floor(random() * 12)));
    }
    for (const a of amounts) assert.ok(Object.is(amountToNumber(a), decimalTextToNumber(a)), `${a}`);
    assert.equal(amountToNumber(tokenCost(3, 0.28)), 8.4e-7);
  });
});
