/** The binary string → index maps the tokenizers load their vocabularies from. */
import * as assert from 'node:assert/strict';
import { readFrozenTables, writeFrozenTables } from '../../../src/node/tokenizers/frozenTables';

describe('frozen string maps', () => {
  const keys = ['a', 'ab', undefined, 'Ġthe', '你好', '😀', 'a b', '["x","y"]', undefined];
  const roundTrip = () => readFrozenTables<{ note: string }>(writeFrozenTables({ note: 'meta' }, [keys, ['only']]));

  it('maps every key to its index, and nothing else', () => {
    const { meta, maps } = roundTrip();
    assert.deepEqual(meta, { note: 'meta' });
    const [map, other] = maps;
    keys.forEach((key, index) => key !== undefined && assert.equal(map!.get(key), index));
    for (const missing of ['', 'A', 'abc', 'b', '你', '\ud83d', 'only', 'Ġth']) assert.equal(map!.get(missing), undefined, missing);
    assert.equal(map!.size, 7);
    assert.equal(map!.count, 9);
    assert.equal(other!.get('only'), 0);
    assert.equal(other!.has('a'), false);
  });

  it('gives each index its key back, holes as undefined, and iterates like a Map', () => {
    const { maps } = roundTrip();
    const map = maps[0]!;
    assert.deepEqual(Array.from({ length: 10 }, (_, i) => map.keyAt(i)), [...keys, undefined]);
    assert.equal(map.keyAt(-1), undefined);
    const expected = keys.flatMap((key, index) => (key === undefined ? [] : [[key, index] as const]));
    assert.deepEqual([...map], expected);
    assert.deepEqual(new Map(map), new Map(expected));
    assert.deepEqual([...map.keys()], expected.map(([key]) => key));
  });

  it('holds 200,000 keys and long keys', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `k${i.toString(36)}`);
    many.push('x'.repeat(10_000));
    const map = readFrozenTables(writeFrozenTables(null, [many])).maps[0]!;
    for (let i = 0; i < many.length; i += 997) assert.equal(map.get(many[i]!), i);
    assert.equal(map.get('x'.repeat(10_000)), 200_000);
    assert.equal(map.keyAt(200_000), 'x'.repeat(10_000));
    assert.equal(map.get('k'), undefined);
  });

  it('refuses repeated or empty keys when writing, and malformed files when reading', () => {
    assert.throws(() => writeFrozenTables(null, [['a', 'b', 'a']]), /"a" is stored twice \(indices 0 and 2\)/);
    assert.throws(() => writeFrozenTables(null, [['']]), /empty key/);
    const bytes = writeFrozenTables({ a: 1 }, [keys]);
    assert.throws(() => readFrozenTables(bytes.subarray(0, bytes.length - 8)), /truncated/);
    assert.throws(() => readFrozenTables(new Uint8Array(16)), /not a tables file/);
    assert.throws(() => readFrozenTables(new Uint8Array(2)), /truncated/);
  });
});
