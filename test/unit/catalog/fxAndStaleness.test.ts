import * as assert from 'node:assert/strict';
import { findOffer } from '../../../src/core/catalog/findOffer';
import { convertAmount, fxRate } from '../../../src/core/catalog/fx';
import { loadCatalog } from '../../../src/core/catalog/loadCatalog';
import { isStale, offerAge } from '../../../src/core/catalog/staleness';

const catalog = loadCatalog();

describe('fxRate and convertAmount', () => {
  it('uses the catalog default with its date, or the user override', () => {
    assert.deepEqual({ ...fxRate(catalog), source: '' }, { rate: 7.0197, date: '2026-01-08', source: '' });
    assert.deepEqual(fxRate(catalog, 7.25), { rate: 7.25, date: null, source: 'user setting' });
    assert.throws(() => fxRate(catalog, 0), /positive/);
    assert.throws(() => fxRate(catalog, Number.NaN), /positive/);
  });

  it('converts both ways and rounds float noise away', () => {
    assert.equal(convertAmount(1, 'USD', 'CNY', 7.0197), 7.0197);
    assert.equal(convertAmount(7.0197, 'CNY', 'USD', 7.0197), 1);
    assert.equal(convertAmount(0.1, 'USD', 'CNY', 3), 0.3);
    assert.equal(convertAmount(5, 'USD', 'USD', 7), 5);
  });
});

describe('offerAge and isStale', () => {
  const offer = findOffer(catalog, 'siliconflow-cn', 'deepseek-ai/DeepSeek-V3');
  assert.ok(offer);

  it('counts whole days from the as-of date', () => {
    assert.equal(offer.asOf, '2026-07-21');
    assert.equal(offerAge(offer, new Date('2026-07-21T23:59:59Z')), 0);
    assert.equal(offerAge(offer, new Date('2026-07-22T00:00:00Z')), 1);
    assert.equal(offerAge(offer, new Date('2026-11-15T12:00:00Z')), 117);
    assert.equal(offerAge(offer, new Date('2026-07-20T00:00:00Z')), -1);
  });

  it('is stale only beyond the maximum age', () => {
    assert.equal(isStale(offer, new Date('2026-11-15T12:00:00Z'), 117), false);
    assert.equal(isStale(offer, new Date('2026-11-15T12:00:00Z'), 90), true);
  });
});
