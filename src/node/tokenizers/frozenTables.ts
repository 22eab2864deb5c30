/**
 * Read-only string → index maps that load without being built. A tokenizer library keeps its
 * vocabulary and merges in JavaScript Maps that it fills at load time from JSON: for o200k and
 * DeepSeek V3 that is 200,000–255,000 entries, ~0.1 s each of parsing JSON and inserting into Maps,
 * on every first scan. The build writes the same keys once as a hash table in one binary file, and
 * loading is reading the file: the maps here are views of its bytes.
 *
 * Only the library's lookups are replaced (`get`/`has`, and iteration for completeness); tokenising
 * stays the library's. The loaders check the result against a count the library's own build gave
 * at build time, and build the library's way when it differs (deepseekTables.ts, gptEncoding.ts).
 *
 * File layout, little-endian, every section 4-byte aligned:
 *   "LCT1", metaBytes u32, mapCount u32, meta (UTF-8 JSON, padded),
 *   per map: count u32, slotCount u32, charCount u32, 0 u32,
 *            offsets u32[count + 1] (into chars), slots u32[slotCount] (index + 1, 0 = empty),
 *            chars u16[charCount] (UTF-16 code units, padded).
 * A key's value is its index; an index without a key (a hole) has an empty span.
 */

/**
 * The text whose count by the library's own build a tables file records, to check a tokenizer
 * loaded from it. It covers the pre-tokenisers' paths: digits, CJK, kana, punctuation runs,
 * whitespace, a special token, and byte-level pieces (emoji, ½).
 */
export const PROBE_TEXT =
  'def add(a, b):\n    return a + b  # 12345 ½ — "quoted" \\ back\\slash\n你好，世界 こんにちは カタカナ <｜User｜> <|endoftext|> émoji 😀\t\r\n';

const MAGIC = 0x3154434c; // "LCT1" read as a little-endian u32
const HEADER_BYTES = 12;
const MAP_HEADER_BYTES = 16;

/** True where typed arrays are little-endian, as the file is (every platform VS Code runs on). */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** A string → index map over the typed arrays of one section of a tables file. */
export class FrozenStringMap implements ReadonlyMap<string, number> {
  readonly #offsets: Uint32Array;
  readonly #slots: Uint32Array;
  readonly #chars: Uint16Array;
  readonly #mask: number;
  readonly size: number;

  constructor(offsets: Uint32Array, slots: Uint32Array, chars: Uint16Array) {
    this.#offsets = offsets;
    this.#slots = slots;
    this.#chars = chars;
    this.#mask = slots.length - 1;
    let size = 0;
    for (let i = 0; i + 1 < offsets.length; i++) if (offsets[i + 1]! > offsets[i]!) size++;
    this.size = size;
  }

  /** Number of indices, holes included: the highest value + 1. */
  get count(): number {
    return this.#offsets.length - 1;
  }

  get(key: string): number | undefined {
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) return undefined;
      if (this.#keyIs(entry - 1, key)) return entry - 1;
    }
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  /** The key whose value is `index`, if any. */
  keyAt(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const start = this.#offsets[index]!;
    const end = this.#offsets[index + 1]!;
    if (end === start) return undefined;
    let key = '';
    for (let at = start; at < end; at += 4096) key += String.fromCharCode(...this.#chars.subarray(at, Math.min(end, at + 4096)));
    return key;
  }

  *entries(): MapIterator<[string, number]> {
    for (let index = 0; index < this.count; index++) {
      const key = this.keyAt(index);
      if (key !== undefined) yield [key, index];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<number> {
    for (const [, index] of this.entries()) yield index;
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    for (const [key, index] of this.entries()) callback(index, key, this);
  }

  #keyIs(index: number, key: string): boolean {
    const start = this.#offsets[index]!;
    if (this.#offsets[index + 1]! - start !== key.length) return false;
    const chars = this.#chars;
    for (let i = 0; i < key.length; i++) if (chars[start + i] !== key.charCodeAt(i)) return false;
    return true;
  }
}

/**
 * Gives `target` a field `key` that is worked out by `compute` on first read (a library's array
 * that only decoding reads, rebuilt from the tables) and can be assigned as usual.
 */
export function defineLazyField<T>(target: object, key: string, compute: () => T): void {
  let value: T | undefined;
  Object.defineProperty(target, key, {
    configurable: true,
    enumerable: true,
    get: () => (value ??= compute()),
    set: (assigned: T) => (value = assigned),
  });
}

/** What a tables file holds: its JSON meta and its maps, in the order they were written. */
export interface FrozenTables<Meta> {
  readonly meta: Meta;
  readonly maps: readonly FrozenStringMap[];
}

/**
 * The bytes of a tables file: `meta` as JSON, and per list a map from each key to its index
 * (undefined entries are holes). Throws on an empty or repeated key.
 */
export function writeFrozenTables(meta: unknown, keyLists: ReadonlyArray<ReadonlyArray<string | undefined>>): Uint8Array {
  const metaBytes = new TextEncoder().encode(JSON.stringify(meta));
  const parts: Uint8Array[] = [u32s([MAGIC, metaBytes.length, keyLists.length]), padded(metaBytes)];
  for (const keys of keyLists) parts.push(...mapSections(keys));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The meta and maps of a tables file (views of `bytes`, which must stay unchanged). Throws on a file of another shape. */
export function readFrozenTables<Meta>(bytes: Uint8Array): FrozenTables<Meta> {
  if (!LITTLE_ENDIAN) throw new Error('tables files are little-endian; this platform is not');
  // Typed-array views need 4-byte alignment: copy bytes that lack it (a Buffer's slice() is a view).
  const data = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const word = (at: number): number => {
    if (at + 4 > data.byteLength) throw new Error('tables file is truncated');
    return view.getUint32(at, true);
  };
  if (word(0) !== MAGIC) throw new Error('not a tables file');
  const metaLength = word(4);
  const mapCount = word(8);
  let at = HEADER_BYTES;
  if (at + metaLength > data.byteLength) throw new Error('tables file is truncated');
  const meta = JSON.parse(new TextDecoder().decode(data.subarray(at, at + metaLength))) as Meta;
  at += align4(metaLength);
  const maps: FrozenStringMap[] = [];
  for (let m = 0; m < mapCount; m++) {
    const count = word(at);
    const slotCount = word(at + 4);
    const charCount = word(at + 8);
    at += MAP_HEADER_BYTES;
    const end = at + 4 * (count + 1) + 4 * slotCount + align4(2 * charCount);
    if (end > data.byteLength || slotCount === 0 || (slotCount & (slotCount - 1)) !== 0) throw new Error('tables file is truncated or malformed');
    const offsets = new Uint32Array(data.buffer, data.byteOffset + at, count + 1);
    at += 4 * (count + 1);
    const slots = new Uint32Array(data.buffer, data.byteOffset + at, slotCount);
    at += 4 * slotCount;
    const chars = new Uint16Array(data.buffer, data.byteOffset + at, charCount);
    at += align4(2 * charCount);
    if (offsets[count] !== charCount || !slotsAreSound(slots, count)) throw new Error('tables file is malformed');
    maps.push(new FrozenStringMap(offsets, slots, chars));
  }
  return { meta, maps };
}

/** Every slot names an index below `count` or is empty, and some slot is empty (a lookup stops there). */
function slotsAreSound(slots: Uint32Array, count: number): boolean {
  let empty = false;
  for (let i = 0; i < slots.length; i++) {
    const entry = slots[i]!;
    if (entry === 0) empty = true;
    else if (entry > count) return false;
  }
  return empty;
}

/** FNV-1a over UTF-16 code units, then MurmurHash3's finaliser so that the low bits index well. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function mapSections(keys: ReadonlyArray<string | undefined>): Uint8Array[] {
  let present = 0;
  let charCount = 0;
  for (const key of keys) {
    if (key === undefined) continue;
    if (key === '') throw new Error('an empty key cannot be stored');
    present++;
    charCount += key.length;
  }
  // A power of two at least twice the keys: linear probing stays short, misses included.
  let slotCount = 2;
  while (slotCount < 2 * present) slotCount *= 2;
  const offsets = new Uint32Array(keys.length + 1);
  const slots = new Uint32Array(slotCount);
  const chars = new Uint16Array(charCount + (charCount % 2));
  let at = 0;
  // By index, not forEach: a hole in a sparse array is an index without a key too.
  for (let index = 0; index < keys.length; index++) {
    offsets[index] = at;
    const key = keys[index];
    if (key === undefined) continue;
    for (let i = 0; i < key.length; i++) chars[at + i] = key.charCodeAt(i);
    at += key.length;
    let slot = hashOf(key) & (slotCount - 1);
    while (slots[slot] !== 0) {
      const other = slots[slot]! - 1;
      if (keys[other] === key) throw new Error(`the key ${JSON.stringify(key)} is stored twice (indices ${other} and ${index})`);
      slot = (slot + 1) & (slotCount - 1);
    }
    slots[slot] = index + 1;
  }
  offsets[keys.length] = at;
  return [u32s([keys.length, slotCount, charCount, 0]), bytesOf(offsets), bytesOf(slots), bytesOf(chars)];
}

function u32s(words: readonly number[]): Uint8Array {
  const view = new DataView(new ArrayBuffer(4 * words.length));
  words.forEach((w, i) => view.setUint32(4 * i, w, true));
  return new Uint8Array(view.buffer);
}

function bytesOf(array: Uint32Array | Uint16Array): Uint8Array {
  if (!LITTLE_ENDIAN) throw new Error('tables files are written on little-endian platforms only');
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function padded(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(align4(bytes.length));
  out.set(bytes);
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
