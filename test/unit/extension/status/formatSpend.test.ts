import assert from 'node:assert/strict';
import { formatAmount, formatSpend } from '../../../../src/extension/status/formatSpend';

describe('formatSpend', () => {
  it('shows $0.00 before any run', () => {
    assert.equal(formatSpend({ runs: 0, byCurrency: { USD: 0, CNY: 0 } }, 'USD'), '$0.00');
    assert.equal(formatSpend({ runs: 0, byCurrency: { USD: 0, CNY: 0 } }, 'CNY'), '¥0.00');
  });

  it('adds the other currency only when something was billed in it', () => {
    assert.equal(formatSpend({ runs: 2, byCurrency: { USD: 0.12, CNY: 0.4 } }, 'USD'), '$0.12 + ¥0.40');
    assert.equal(formatSpend({ runs: 1, byCurrency: { USD: 1.5, CNY: 0 } }, 'CNY'), '¥0.00 + $1.50');
  });

  it('keeps small amounts visible with two significant digits', () => {
    assert.equal(formatAmount(0.0042, 'USD'), '$0.0042');
    assert.equal(formatAmount(0.00042, 'USD'), '$0.00042');
    assert.equal(formatAmount(0.0099, 'CNY'), '¥0.0099');
    assert.equal(formatAmount(0.012, 'USD'), '$0.01');
    assert.equal(formatAmount(1234.5, 'USD'), '$1234.50');
  });
});
