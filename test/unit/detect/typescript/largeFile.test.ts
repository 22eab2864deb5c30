import { strict as assert } from 'node:assert';
import { detect, largeSource } from './detectHelper';

/**
 * A 5,000-line file assembled from realistic service code: the detector must find every call in
 * it, at the right lines. (Speed is measured by a benchmark script, not asserted here.)
 */
describe('TS/JS detector: a large file', () => {
  it('finds all 69 calls of a 5,000+ line file with their constants resolved', async () => {
    const { text, callLines } = largeSource();
    assert.ok(text.split('\n').length >= 5000);
    const calls = await detect(text, 'big.ts');
    assert.equal(calls.length, 69);
    assert.deepEqual(calls.map((c) => c.line), callLines);
    assert.ok(calls.every((c) => c.provider === 'deepseek' && c.model?.startsWith('deepseek-')));
  });
});
