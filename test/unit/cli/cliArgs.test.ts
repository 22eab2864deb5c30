import * as assert from 'node:assert/strict';
import { parseChoice, parseCount, parseCurrency, parseInstant } from '../../../src/cli/cliArgs';
import { UsageError } from '../../../src/cli/cliIo';

describe('cliArgs', () => {
  it('reads --at as UTC unless a zone is given', () => {
    assert.equal(parseInstant('2026-08-18T02:30:00Z').toISOString(), '2026-08-18T02:30:00.000Z');
    assert.equal(parseInstant('2026-08-18T02:30').toISOString(), '2026-08-18T02:30:00.000Z');
    assert.equal(parseInstant('2026-08-18T10:30:00+08:00').toISOString(), '2026-08-18T02:30:00.000Z');
    assert.equal(parseInstant('2025-03-01').toISOString(), '2025-03-01T00:00:00.000Z');
    const now = new Date('2026-11-29T00:00:00Z');
    assert.equal(parseInstant(undefined, now), now);
    assert.throws(() => parseInstant('yesterday'), UsageError);
    assert.throws(() => parseInstant('2026-13-45T99:00:00Z'), UsageError);
  });

  it('checks choices, currencies and counts with messages naming the option', () => {
    assert.equal(parseChoice('--format', 'JSON', ['table', 'json'] as const), 'json');
    assert.throws(() => parseChoice('--format', 'xml', ['table', 'json'] as const), /--format must be one of table, json/);
    assert.equal(parseCurrency('cny'), 'CNY');
    assert.throws(() => parseCurrency('EUR'), /--currency must be one of USD, CNY/);
    assert.equal(parseCount('--input', '1_000_000'), 1_000_000);
    assert.throws(() => parseCount('--input', '-5'), /--input must be a whole number/);
    assert.throws(() => parseCount('--input', '1.5'), /--input must be a whole number/);
  });
});
