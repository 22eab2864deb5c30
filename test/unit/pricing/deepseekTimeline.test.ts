import * as assert from 'node:assert/strict';
import { quote, rates } from './pricingHelpers';

/** Every step of DeepSeek's own price history (UTC), checked on both sides of each boundary. */
describe('DeepSeek price timeline', () => {
  describe('deepseek-chat', () => {
    it('has no price before the V3 launch (2024-12-26)', () => {
      const q = quote('deepseek', 'deepseek-chat', '2024-12-25T23:59:59.999Z');
      assert.equal(q.cost, null);
      assert.equal(q.breakdown, null);
      assert.match(q.unpricedReason ?? '', /No price known for deepseek-chat on deepseek before 2024-12-26T00:00:00Z/);
    });

    it('V3 launch promotion: the CNY list 1 / 0.1 / 2, converted for USD', () => {
      const cny = quote('deepseek', 'deepseek-chat', '2024-12-26T00:00:00Z', undefined, 'CNY');
      assert.deepEqual(rates(cny), [1, 0.1, 2]);
      assert.equal(cny.converted, false);
      assert.equal(cny.cost, 3);
      const usd = quote('deepseek', 'deepseek-chat', '2025-02-08T15:59:59.999Z');
      assert.equal(usd.converted, true);
      assert.equal(usd.fxRate, 7.0197);
      assert.equal(usd.cost, Number((3 / 7.0197).toPrecision(12)));
      assert.ok(usd.notes.some((n) => n.startsWith('converted from CNY at 7.0197')));
    });

    it('V3 list from 2025-02-08T16:00Z: $0.27 / $0.07 / $1.10 and CNY 2 / 0.5 / 8', () => {
      const q = quote('deepseek', 'deepseek-chat', '2025-02-08T16:00:00Z');
      assert.deepEqual(rates(q), [0.27, 0.07, 1.1]);
      assert.equal(q.cost, 1.37);
      assert.equal(q.window, null, 'no windows before the night discount');
      assert.deepEqual(rates(quote('deepseek', 'deepseek-chat', '2025-02-20T12:00:00Z', undefined, 'CNY')), [2, 0.5, 8]);
    });

    it('night discount from 2025-02-26: standard hours, first window at 16:30Z, 50 % off at DeepSeek figures', () => {
      const flat = quote('deepseek', 'deepseek-chat', '2025-02-25T23:59:59.999Z');
      assert.equal(flat.window, null);
      const start = quote('deepseek', 'deepseek-chat', '2025-02-26T00:00:00Z');
      assert.equal(start.window, 'standard');
      assert.equal(quote('deepseek', 'deepseek-chat', '2025-02-26T00:10:00Z').window, 'standard', 'no window opened on the 25th');
      const before = quote('deepseek', 'deepseek-chat', '2025-02-26T16:29:59.999Z');
      assert.equal(before.window, 'standard');
      assert.deepEqual(rates(before), [0.27, 0.07, 1.1]);
      const first = quote('deepseek', 'deepseek-chat', '2025-02-26T16:30:00Z');
      assert.equal(first.window, 'discount');
      assert.deepEqual(rates(first), [0.135, 0.035, 0.55]);
      assert.equal(quote('deepseek', 'deepseek-chat', '2025-02-27T00:10:00Z').window, 'discount');
      assert.deepEqual(rates(quote('deepseek', 'deepseek-chat', '2025-02-26T16:30:00Z', undefined, 'CNY')), [1, 0.25, 4]);
    });

    it('V3.1 from 2025-09-05T16:00Z, night discount cancelled; CNY converted', () => {
      const last = quote('deepseek', 'deepseek-chat', '2025-09-05T15:59:59.999Z');
      assert.deepEqual(rates(last), [0.27, 0.07, 1.1]);
      assert.equal(last.window, 'standard');
      const lastNight = quote('deepseek', 'deepseek-chat', '2025-09-05T00:29:59.999Z');
      assert.equal(lastNight.window, 'discount', 'the window opened on 4 Sep still runs until 00:30');
      const v31 = quote('deepseek', 'deepseek-chat', '2025-09-05T16:00:00Z');
      assert.deepEqual(rates(v31), [0.56, 0.07, 1.68]);
      assert.equal(v31.canonical, 'deepseek-v3.1');
      assert.equal(v31.window, null);
      assert.equal(quote('deepseek', 'deepseek-chat', '2025-09-05T16:30:00Z').window, null, 'no discount any more');
      const cny = quote('deepseek', 'deepseek-chat', '2025-09-10T00:00:00Z', undefined, 'CNY');
      assert.equal(cny.converted, true);
      assert.equal(cny.cost, Number(((0.56 + 1.68) * 7.0197).toPrecision(12)));
    });

    it('V3.2 from 2025-09-29: $0.28 / $0.028 / $0.42', () => {
      assert.deepEqual(rates(quote('deepseek', 'deepseek-chat', '2025-09-28T23:59:59.999Z')), [0.56, 0.07, 1.68]);
      const q = quote('deepseek', 'deepseek-chat', '2025-09-29T00:00:00Z');
      assert.deepEqual(rates(q), [0.28, 0.028, 0.42]);
      assert.equal(q.canonical, 'deepseek-v3.2');
      assert.equal(q.cost, 0.7);
    });

    it('alias of V4-Flash from 2026-04-24, cache-hit cut at 2026-04-26T12:15Z', () => {
      assert.deepEqual(rates(quote('deepseek', 'deepseek-chat', '2026-04-23T23:59:59.999Z')), [0.28, 0.028, 0.42]);
      const launch = quote('deepseek', 'deepseek-chat', '2026-04-24T00:00:00Z');
      assert.deepEqual(rates(launch), [0.14, 0.028, 0.28]);
      assert.equal(launch.canonical, 'deepseek-v4-flash');
      assert.deepEqual(rates(quote('deepseek', 'deepseek-chat', '2026-04-24T00:00:00Z', undefined, 'CNY')), [1, 0.2, 2]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-chat', '2026-04-26T12:14:59.999Z')), [0.14, 0.028, 0.28]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-chat', '2026-04-26T12:15:00Z')), [0.14, 0.0028, 0.28]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-chat', '2026-05-01T00:00:00Z', undefined, 'CNY')), [1, 0.02, 2]);
    });

    it('is retired from 2026-07-24T15:59Z: a clear result, not a number', () => {
      assert.equal(quote('deepseek', 'deepseek-chat', '2026-07-24T15:58:59.999Z').cost, 0.42);
      const q = quote('deepseek', 'deepseek-chat', '2026-07-24T15:59:00Z');
      assert.equal(q.cost, null);
      assert.match(q.unpricedReason ?? '', /retired at 2026-07-24T15:59:00Z; use deepseek-v4-flash/);
      assert.equal(quote('deepseek', 'deepseek-chat', '2026-11-16T02:00:00Z').cost, null);
    });
  });

  describe('deepseek-reasoner', () => {
    it('R1 from 2025-01-20: $0.55 / $0.14 / $2.19 and CNY 4 / 1 / 16', () => {
      assert.equal(quote('deepseek', 'deepseek-reasoner', '2025-01-19T23:59:59.999Z').cost, null);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-reasoner', '2025-01-20T00:00:00Z')), [0.55, 0.14, 2.19]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-reasoner', '2025-01-20T00:00:00Z', undefined, 'CNY')), [4, 1, 16]);
    });

    it('night discount 75 % off at the published figures $0.135 / $0.035 / $0.55', () => {
      const q = quote('deepseek', 'deepseek-reasoner', '2025-05-10T20:00:00Z');
      assert.equal(q.window, 'discount');
      assert.deepEqual(rates(q), [0.135, 0.035, 0.55]);
      assert.equal(q.cost, 0.685);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-reasoner', '2025-05-10T20:00:00Z', undefined, 'CNY')), [1, 0.25, 4]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-reasoner', '2025-05-10T12:00:00Z')), [0.55, 0.14, 2.19]);
    });

    it('follows deepseek-chat from V3.1 and is retired at the same instant', () => {
      assert.deepEqual(rates(quote('deepseek', 'deepseek-reasoner', '2025-09-05T16:00:00Z')), [0.56, 0.07, 1.68]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-reasoner', '2026-01-01T00:00:00Z')), [0.28, 0.028, 0.42]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-reasoner', '2026-06-01T00:00:00Z')), [0.14, 0.0028, 0.28]);
      assert.match(quote('deepseek', 'deepseek-reasoner', '2026-07-24T15:59:00Z').unpricedReason ?? '', /retired/);
    });
  });

  describe('deepseek-v4-flash', () => {
    it('has no price before 2026-04-24', () => {
      assert.match(quote('deepseek', 'deepseek-v4-flash', '2026-04-23T23:59:59.999Z').unpricedReason ?? '', /before 2026-04-24T00:00:00Z/);
    });

    it('is flat until 2026-08-16T16:00Z, then off-peak / weekday peak', () => {
      const flat = quote('deepseek', 'deepseek-v4-flash', '2026-08-16T15:59:59.999Z');
      assert.deepEqual(rates(flat), [0.14, 0.0028, 0.28]);
      assert.equal(flat.window, null);
      const sunday = quote('deepseek', 'deepseek-v4-flash', '2026-08-16T16:00:00Z');
      assert.equal(sunday.window, 'off-peak');
      assert.deepEqual(rates(sunday), [0.22, 0.007, 0.66]);
      const monday = quote('deepseek', 'deepseek-v4-flash', '2026-08-17T01:00:00Z');
      assert.equal(monday.window, 'peak');
      assert.deepEqual(rates(monday), [0.44, 0.014, 1.32]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-flash', '2026-08-17T01:00:00Z', undefined, 'CNY')), [3, 0.1, 9]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-flash', '2026-08-17T00:00:00Z', undefined, 'CNY')), [1.5, 0.05, 4.5]);
    });

    it('bills as deepseek-flash (V4.1-Flash) from 2026-09-10', () => {
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-flash', '2026-09-09T23:59:59.999Z')), [0.22, 0.007, 0.66]);
      const q = quote('deepseek', 'deepseek-v4-flash', '2026-09-10T00:00:00Z');
      assert.deepEqual(rates(q), [0.15, 0.003, 0.6]);
      assert.equal(q.canonical, 'deepseek-v4.1-flash');
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-flash', '2026-09-10T02:00:00Z')), [0.3, 0.006, 1.2]);
    });
  });

  describe('deepseek-flash and deepseek-v4-pro', () => {
    it('deepseek-flash is priced from 2026-09-10: peak $0.30 / $0.006 / $1.20, CNY 2 / 0.04 / 8, off-peak half', () => {
      assert.equal(quote('deepseek', 'deepseek-flash', '2026-09-09T12:00:00Z').cost, null);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-flash', '2026-11-16T02:00:00Z')), [0.3, 0.006, 1.2]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-flash', '2026-11-16T02:00:00Z', undefined, 'CNY')), [2, 0.04, 8]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-flash', '2026-11-15T02:00:00Z')), [0.15, 0.003, 0.6]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-flash', '2026-11-15T02:00:00Z', undefined, 'CNY')), [1, 0.02, 4]);
    });

    it('deepseek-v4-pro: launch list, 75 % off, then peak / off-peak', () => {
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-pro', '2026-04-24T00:00:00Z')), [1.74, 0.145, 3.48]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-pro', '2026-04-25T00:00:00Z', undefined, 'CNY')), [12, 1, 24]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-pro', '2026-04-26T00:00:00Z')), [0.435, 0.003625, 0.87]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-pro', '2026-06-01T00:00:00Z', undefined, 'CNY')), [3, 0.025, 6]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-pro', '2026-08-16T16:00:00Z')), [0.66, 0.022, 1.98]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-pro', '2026-11-16T09:59:59.999Z')), [1.32, 0.044, 3.96]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-pro', '2026-11-16T09:00:00Z', undefined, 'CNY')), [9, 0.3, 27]);
      assert.deepEqual(rates(quote('deepseek', 'deepseek-v4-pro', '2026-11-16T10:00:00Z', undefined, 'CNY')), [4.5, 0.15, 13.5]);
    });

    it('1 cache-hit token at $0.003625/1M is priced exactly', () => {
      const q = quote('deepseek', 'deepseek-v4-pro', '2026-06-01T00:00:00Z', { inputTokens: 1, cachedInputTokens: 1, cacheWriteTokens: 0, outputTokens: 0, reasoningTokens: 0 });
      assert.equal(q.cost, 0.000000003625);
    });
  });
});
