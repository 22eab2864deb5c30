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
    // Misses of every length, the same length as a key among them (one code unit off, first or last).
    for (const missing of ['', 'A', 'abc', 'b', 'ac', 'bb', 'Ġthf', 'Ġtha', 'ġthe', '你', '你们', '\ud83d', '\ud83d\ude01', 'only', 'Ġth', 'a c', '["x","z"]']) {
      assert.equal(map!.get(missing), undefined, missing);
    }
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

  it('treats a hole of a sparse array as an index without a key', () => {
    const sparse: Array<string | undefined> = ['a'];
    sparse[2] = 'b';
    const map = readFrozenTables(writeFrozenTables(null, [sparse])).maps[0]!;
    assert.deepEqual([map.get('a'), map.get('b'), map.keyAt(0), map.keyAt(1), map.keyAt(2)], [0, 2, 'a', undefined, 'b']);
  });

  it('reads a file from an unaligned Buffer (what a read of a small file can give)', () => {
    const bytes = writeFrozenTables({ n: 1 }, [keys]);
    const unaligned = Buffer.alloc(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    assert.equal(unaligned.byteOffset % 4, 1);
    assert.equal(readFrozenTables(unaligned).maps[0]!.get('你好'), 4);
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
    // A slot table without an empty slot would make a miss probe forever; one naming an index past the map is wrong.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const metaBytes = view.getUint32(4, true);
    const mapAt = 12 + ((metaBytes + 3) & ~3);
    const [count, slotCount] = [view.getUint32(mapAt, true), view.getUint32(mapAt + 4, true)];
    const slotsAt = mapAt + 16 + 4 * (count + 1);
    const full = bytes.slice();
    for (let i = 0; i < slotCount; i++) new DataView(full.buffer).setUint32(slotsAt + 4 * i, 1, true);
    assert.throws(() => readFrozenTables(full), /malformed/);
    const pastEnd = bytes.slice();
    new DataView(pastEnd.buffer).setUint32(slotsAt, count + 1, true);
    assert.throws(() => readFrozenTables(pastEnd), /malformed/);
  });
});
