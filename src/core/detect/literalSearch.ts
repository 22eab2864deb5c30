/**
 * Finds any of a fixed set of ASCII literals in UTF-8 bytes, reading each text once and skipping
 * ahead by up to (shortest literal − 1) bytes at a time (Wu–Manber with two-byte blocks; a literal
 * matched in any letter case enters the tables in every case of its blocks). A window that ends in
 * a literal's block is compared with the literals only when it also starts with one's first block
 * (a bit table), which cuts the comparisons sixfold on code. This is the pre-filter's engine: most
 * files of a workspace contain none of the literals, so the cost of a scan is mostly the cost of
 * this loop over bytes that are then never decoded or parsed.
 */

/** Where a literal was found: its index in the list given to the constructor, and its byte offset. */
export interface LiteralHit {
  readonly index: number;
  readonly at: number;
}

/** A literal to look for. */
export interface Literal {
  readonly text: string;
  /** Match in any ASCII letter case (host names: `API.DeepSeek.com`). */
  readonly ignoreCase?: boolean;
}

const BLOCK = 2;

export class LiteralSearch {
  readonly #literals: readonly Uint8Array[];
  readonly #ignoreCase: readonly boolean[];
  /** Length of the shortest literal: the window every literal's prefix is matched in. */
  readonly #window: number;
  /** Per two-byte block: how far the window may move when the block ends it. */
  readonly #shift: Uint8Array;
  /** Per two-byte block that ends some literal's window prefix: those literals' indexes. */
  readonly #candidates: ReadonlyArray<readonly number[] | undefined>;
  /**
   * A bit per two-byte block that starts some literal: a window whose end block has candidates is
   * verified only when its first block is one of these (on the bench tree, 31 windows per KB end
   * in a candidate block; one in six also starts with a literal's first block).
   */
  readonly #heads = new Uint8Array((1 << 16) >> 3);

  constructor(literals: readonly Literal[]) {
    if (literals.length === 0) throw new Error('LiteralSearch needs at least one literal');
    this.#literals = literals.map(({ text, ignoreCase }) => {
      if (text.length < BLOCK || !/^[\t\n\r\x20-\x7e]+$/.test(text)) throw new Error(`not a printable ASCII literal of ${BLOCK}+ characters: ${JSON.stringify(text)}`);
      return Uint8Array.from(ignoreCase ? text.toLowerCase() : text, (c) => c.charCodeAt(0));
    });
    this.#ignoreCase = literals.map((l) => l.ignoreCase === true);
    this.#window = Math.min(...this.#literals.map((l) => l.length));
    const longest = this.#window - BLOCK + 1;
    this.#shift = new Uint8Array(1 << 16).fill(Math.min(longest, 255));
    const candidates: Array<number[] | undefined> = [];
    this.#literals.forEach((literal, index) => {
      const cases = (byte: number): number[] => (this.#ignoreCase[index] && byte >= 97 && byte <= 122 ? [byte, byte - 32] : [byte]);
      for (let end = BLOCK - 1; end < this.#window; end++) {
        const shift = this.#window - 1 - end;
        for (const first of cases(literal[end - 1])) {
          for (const second of cases(literal[end])) {
            const block = first | (second << 8);
            if (shift < this.#shift[block]) this.#shift[block] = shift;
            if (shift === 0) (candidates[block] ??= []).push(index);
          }
        }
      }
      for (const first of cases(literal[0])) {
        for (const second of cases(literal[1])) {
          const head = first | (second << 8);
          this.#heads[head >> 3] |= 1 << (head & 7);
        }
      }
    });
    this.#candidates = candidates;
  }

  /**
   * The first literal (by byte offset, from `from` on) that `enabled` allows, or null when none
   * occurs. Literals starting at the same offset are tried in list order.
   */
  find(bytes: Uint8Array, from = 0, enabled?: (index: number) => boolean): LiteralHit | null {
    const window = this.#window;
    const shifts = this.#shift;
    const heads = this.#heads;
    const end = bytes.length;
    let i = from + window - 1;
    while (i < end) {
      const block = bytes[i - 1] | (bytes[i] << 8);
      const shift = shifts[block];
      if (shift !== 0) {
        i += shift;
        continue;
      }
      const start = i - window + 1;
      const head = bytes[start] | (bytes[start + 1] << 8);
      if ((heads[head >> 3] & (1 << (head & 7))) !== 0) {
        const hit = this.#verify(bytes, start, block, enabled);
        if (hit) return hit;
      }
      i++;
    }
    return null;
  }

  /** The first candidate of a block that occurs at `start`, if any. */
  #verify(bytes: Uint8Array, start: number, block: number, enabled: ((index: number) => boolean) | undefined): LiteralHit | null {
    for (const index of this.#candidates[block]!) {
      if ((enabled === undefined || enabled(index)) && this.#occursAt(bytes, start, index)) return { index, at: start };
    }
    return null;
  }

  #occursAt(bytes: Uint8Array, start: number, index: number): boolean {
    const literal = this.#literals[index];
    if (start + literal.length > bytes.length) return false;
    if (this.#ignoreCase[index]) {
      for (let k = 0; k < literal.length; k++) if ((bytes[start + k] | (isUpper(bytes[start + k]) ? 32 : 0)) !== literal[k]) return false;
    } else {
      for (let k = 0; k < literal.length; k++) if (bytes[start + k] !== literal[k]) return false;
    }
    return true;
  }
}

function isUpper(byte: number): boolean {
  return byte >= 65 && byte <= 90;
}
