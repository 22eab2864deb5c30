/** Levenshtein distance, and its bounded form that nearestOfferIds uses to skip far names early. */
import * as assert from 'node:assert/strict';
import { editDistance } from '../../../src/core/catalog/editDistance';

/** The textbook full table, as the reference. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('is the Levenshtein distance', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance('deepseek-chat', 'deepseek-chat'), 0);
    assert.equal(editDistance('gpt4o', 'gpt-4o'), 1);
  });

  it('agrees with the full table on 5,000 random pairs, and with a bound gives the distance or a number above it', () => {
    let seed = 7;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const word = (): string => Array.from({ length: random(10) }, () => 'abc-d4'[random(6)]).join('');
    for (let k = 0; k < 5000; k++) {
      const [a, b, max] = [word(), word(), random(6)];
      const exact = reference(a, b);
      assert.equal(editDistance(a, b), exact, `${a} / ${b}`);
      const bounded = editDistance(a, b, max);
      if (exact <= max) assert.equal(bounded, exact, `${a} / ${b} within ${max}`);
      else assert.ok(bounded > max, `${a} / ${b} beyond ${max}: ${bounded}`);
    }
  });
});
