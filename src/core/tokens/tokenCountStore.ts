/**
 * A place to keep exact token counts between runs. A count is a pure function of (tokenizer, text),
 * so a re-scan of unchanged code can skip loading the tokenizers (0.1-0.6 s each) altogether.
 * src/node/tokenCountCache.ts keeps them in a file; src/core only sees this interface.
 */
import type { ExactTokenizerId } from './tokenCounter';

/**
 * Exact counts by tokenizer and text. Only counts of a real encoder are stored, never calibrated
 * approximations. Implementations must not throw: a store that cannot read or write is just empty.
 */
export interface TokenCountStore {
  /** The stored count of `text` under `tokenizer`, or undefined when it is not known. */
  get(tokenizer: ExactTokenizerId, text: string): number | undefined;
  /** Remembers the exact count of `text` under `tokenizer`. */
  set(tokenizer: ExactTokenizerId, text: string, count: number): void;
}
