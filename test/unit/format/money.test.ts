import * as assert from 'node:assert/strict';
import { formatCost, formatMonthly, formatSaving, formatTokens } from '../../../src/core/format/money';

describe('money formatting', () => {
  it('shows tiny per-call costs with three significant digits', () => {
    assert.equal(formatCost(0.0123, 'USD'), '$0.0123');
    assert.equal(formatCost(0.000912, 'USD'), '$0.000912');
    assert.equal(formatCost(0.00000123, 'CNY'), '¥0.00000123');
    assert.equal(formatCost(0.000000001, 'USD'), '$0');
    assert.equal(formatCost(0, 'USD'), '$0');
    assert.equal(formatCost(2.5, 'USD'), '$2.5');
    assert.equal(formatCost(1234, 'USD'), '$1.2k');
  });

  it('compacts monthly totals and token counts', () => {
    assert.equal(formatMonthly(1800, 'USD'), '$1.8k');
    assert.equal(formatMonthly(240.4, 'USD'), '$240');
    assert.equal(formatMonthly(3_500_000, 'CNY'), '¥3.5M');
    assert.equal(formatMonthly(0.42, 'USD'), '$0.42');
    assert.equal(formatTokens(1200), '1,200');
    assert.equal(formatTokens(1_200_000), '1.2M');
  });

  it('signs savings like the lens does', () => {
    assert.equal(formatSaving(92.6), '\u221293%');
    assert.equal(formatSaving(-12.2), '+12%');
  });
});
