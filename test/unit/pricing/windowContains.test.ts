import * as assert from 'node:assert/strict';
import type { PriceWindow } from '../../../src/core/catalog/catalogSchema';
import { describeWindow, windowContains } from '../../../src/core/pricing/pricePeriod';

/** A made-up Friday-night window, 22:00 Fri – 02:00 Sat UTC, to test midnight crossing on one weekday. */
const fridayNight: PriceWindow = {
  kind: 'discount',
  days: ['fri'],
  ranges: [['22:00', '02:00']],
  prices: { USD: { input: 1, cachedInput: null, output: 1, source: 'X', asOf: '2026-01-01' } },
};

describe('windowContains', () => {
  const cases: [string, boolean][] = [
    ['2026-11-20T21:59:59.999Z', false], // Friday
    ['2026-11-20T22:00:00.000Z', true],
    ['2026-11-21T01:59:59.999Z', true], // Saturday, carried over from Friday
    ['2026-11-21T02:00:00.000Z', false],
    ['2026-11-21T22:30:00.000Z', false], // Saturday night is not a start day
    ['2026-11-20T01:00:00.000Z', false], // Friday early hours belong to Thursday, not a start day
  ];
  for (const [at, expected] of cases) {
    it(`${at} -> ${expected}`, () => assert.equal(windowContains(fridayNight, new Date(at)), expected));
  }

  it('ignores an occurrence that started before the period', () => {
    const periodStart = Date.parse('2026-11-21T00:00:00Z');
    assert.equal(windowContains(fridayNight, new Date('2026-11-21T01:00:00Z'), periodStart), false);
    assert.equal(windowContains(fridayNight, new Date('2026-11-21T01:00:00Z'), Date.parse('2026-11-20T22:00:00Z')), true);
  });

  it('describes windows for people', () => {
    assert.equal(describeWindow(fridayNight), 'Fri 22:00–02:00 UTC');
  });
});
