import * as assert from 'node:assert/strict';
import { findOffer } from '../../../src/core/catalog/findOffer';
import { HOLIDAY_NOTE } from '../../../src/core/pricing/priceUsage';
import { priceWindowAt } from '../../../src/core/pricing/priceWindowAt';
import { catalog, quote } from './pricingHelpers';

/** 2026-11-16 is a Monday, 2026-11-20 a Friday. Peak: Mon–Fri 01:00–04:00 and 06:00–10:00 UTC. */
describe('DeepSeek weekday peak windows (UTC, from 2026-08-16T16:00Z)', () => {
  const windowAt = (at: string): string | null => quote('deepseek', 'deepseek-flash', at).window;
  const boundaries: [string, string][] = [
    ['2026-11-16T00:59:59.999Z', 'off-peak'],
    ['2026-11-16T01:00:00.000Z', 'peak'],
    ['2026-11-16T03:59:59.999Z', 'peak'],
    ['2026-11-16T04:00:00.000Z', 'off-peak'],
    ['2026-11-16T05:59:59.999Z', 'off-peak'],
    ['2026-11-16T06:00:00.000Z', 'peak'],
    ['2026-11-16T09:59:59.999Z', 'peak'],
    ['2026-11-16T10:00:00.000Z', 'off-peak'],
    ['2026-11-16T23:00:00.000Z', 'off-peak'],
    ['2026-11-20T09:30:00.000Z', 'peak'],
    ['2026-11-21T02:00:00.000Z', 'off-peak'],
    ['2026-11-21T07:00:00.000Z', 'off-peak'],
    ['2026-11-22T08:00:00.000Z', 'off-peak'],
    ['2026-11-22T23:59:59.999Z', 'off-peak'],
    ['2026-11-23T00:59:59.999Z', 'off-peak'],
    ['2026-11-23T01:00:00.000Z', 'peak'],
  ];
  for (const [at, expected] of boundaries) {
    it(`${at} (${new Date(at).toUTCString().slice(0, 3)}) is ${expected}`, () => assert.equal(windowAt(at), expected));
  }

  it('off-peak is exactly half of peak, cache hits included', () => {
    const u = { inputTokens: 1_234_567, cachedInputTokens: 234_567, cacheWriteTokens: 0, outputTokens: 89_012, reasoningTokens: 9_012 };
    const peak = quote('deepseek', 'deepseek-flash', '2026-11-16T02:00:00Z', u);
    const off = quote('deepseek', 'deepseek-flash', '2026-11-16T04:00:00Z', u);
    // 1,000,000 × 0.30 + 234,567 × 0.006 + 80,000 × 1.20 + 9,012 × 1.20 per 1M
    assert.equal(peak.cost, 0.408221802);
    assert.equal(off.cost, 0.204110901);
  });

  it('notes the working-day assumption on peak results only', () => {
    assert.ok(quote('deepseek', 'deepseek-flash', '2026-11-16T02:00:00Z').notes.includes(HOLIDAY_NOTE));
    assert.ok(!quote('deepseek', 'deepseek-flash', '2026-11-21T02:00:00Z').notes.includes(HOLIDAY_NOTE));
  });
});

describe('DeepSeek 2025 night discount (daily 16:30–00:30 UTC, crossing midnight)', () => {
  const windowAt = (at: string): string | null => quote('deepseek', 'deepseek-chat', at).window;
  const boundaries: [string, string][] = [
    ['2025-06-14T16:29:59.999Z', 'standard'],
    ['2025-06-14T16:30:00.000Z', 'discount'],
    ['2025-06-14T23:59:59.999Z', 'discount'],
    ['2025-06-15T00:00:00.000Z', 'discount'],
    ['2025-06-15T00:29:59.999Z', 'discount'],
    ['2025-06-15T00:30:00.000Z', 'standard'],
    ['2025-06-15T12:00:00.000Z', 'standard'],
  ];
  for (const [at, expected] of boundaries) {
    it(`${at} is ${expected}`, () => assert.equal(windowAt(at), expected));
  }

  it('prices V3 at half in the window: 1M in + 1M out = $0.685 vs $1.37', () => {
    assert.equal(quote('deepseek', 'deepseek-chat', '2025-06-15T00:10:00Z').cost, 0.685);
    assert.equal(quote('deepseek', 'deepseek-chat', '2025-06-15T00:30:00Z').cost, 1.37);
  });
});

describe('priceWindowAt', () => {
  const offer = (model: string) => {
    const o = findOffer(catalog, 'deepseek', model);
    assert.ok(o);
    return o;
  };

  it('tells the peak window in force and when it ends', () => {
    const w = priceWindowAt(offer('deepseek-flash'), new Date('2026-11-16T02:30:00Z'));
    assert.equal(w.window, 'peak');
    assert.equal(w.description, 'peak: Mon–Fri 01:00–04:00, 06:00–10:00 UTC');
    assert.equal(w.since, '2026-11-16T01:00:00.000Z');
    assert.equal(w.until, '2026-11-16T04:00:00.000Z');
    assert.equal(w.next?.window, 'off-peak');
  });

  it('runs off-peak from Friday 10:00 to Monday 01:00', () => {
    const w = priceWindowAt(offer('deepseek-flash'), new Date('2026-11-21T12:00:00Z'));
    assert.equal(w.window, 'off-peak');
    assert.match(w.description, /^off-peak \(outside the peak hours Mon–Fri/);
    assert.equal(w.since, '2026-11-20T10:00:00.000Z');
    assert.equal(w.until, '2026-11-23T01:00:00.000Z');
    assert.equal(w.next?.window, 'peak');
  });

  it('handles the discount window across midnight', () => {
    const w = priceWindowAt(offer('deepseek-chat'), new Date('2025-06-14T23:00:00Z'));
    assert.equal(w.window, 'discount');
    assert.equal(w.since, '2025-06-14T16:30:00.000Z');
    assert.equal(w.until, '2025-06-15T00:30:00.000Z');
    assert.equal(w.next?.window, 'standard');
  });

  it('announces period changes and retirement', () => {
    const beforePeak = priceWindowAt(offer('deepseek-v4-flash'), new Date('2026-08-16T12:00:00Z'));
    assert.equal(beforePeak.window, null);
    assert.equal(beforePeak.until, '2026-08-16T16:00:00.000Z');
    assert.equal(beforePeak.next?.window, 'off-peak');
    const lastNight = priceWindowAt(offer('deepseek-chat'), new Date('2025-09-05T12:00:00Z'));
    assert.equal(lastNight.until, '2025-09-05T16:00:00.000Z');
    assert.equal(lastNight.next?.window, null);
    const retiring = priceWindowAt(offer('deepseek-chat'), new Date('2026-07-24T12:00:00Z'));
    assert.equal(retiring.next?.status, 'retired');
    assert.equal(retiring.until, '2026-07-24T15:59:00.000Z');
  });

  it('has no change within a week for a flat price', () => {
    const o = findOffer(catalog, 'openai', 'gpt-4o');
    assert.ok(o);
    const w = priceWindowAt(o, new Date('2026-11-16T02:00:00Z'));
    assert.deepEqual([w.window, w.description, w.until, w.next], [null, 'flat price', null, null]);
  });
});
