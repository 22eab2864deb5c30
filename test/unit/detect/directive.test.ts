import * as assert from 'node:assert/strict';
import { parseDirective } from '../../../src/core/detect/directive';

describe('parseDirective', () => {
  it('reads the keys of DESIGN 2A from Python and JS comments', () => {
    assert.deepEqual(parseDirective('# llm-cost: calls/day=5000 input=1200 output=300 cache-hit=0.6'), {
      callsPerDay: 5000, inputTokens: 1200, outputTokens: 300, cacheHit: 0.6,
    });
    assert.deepEqual(parseDirective('// llm-cost: calls/day=5k, cache-hit=60%, reasoning=0.25'), {
      callsPerDay: 5000, cacheHit: 0.6, reasoningShare: 0.25,
    });
    assert.deepEqual(parseDirective('/* llm-cost: output=1.2M */'), { outputTokens: 1_200_000 });
  });

  it('keeps what it did not understand, to report it', () => {
    assert.deepEqual(parseDirective('# llm-cost: calls/day=lots cache-hit=1.5 model=x'), {
      unknownKeys: ['calls/day=lots', 'cache-hit=1.5', 'model=x'],
    });
  });

  it('ignores ordinary comments', () => {
    assert.equal(parseDirective('# compute the llm cost later'), null);
    assert.equal(parseDirective('// TODO'), null);
  });
});
